// <il-crisis-resources> as the measure form's entry defines it (register.js: no schema on the
// page), so vendor resources can only be checked by a store client. This file never imports
// define.js, which installs the schema check.
import { expect, fixture, html } from '@open-wc/testing';
import type { CrisisResourceSet } from '@interlude/core';
import { testClient } from '../shared/testing/test-client.js';
import './register.js';
import type { IlCrisisResources } from './crisis-resources.js';

function calls(el: IlCrisisResources): string[] {
  return [...el.shadowRoot!.querySelectorAll('a[part="call"]')].map((a) => a.getAttribute('href')!);
}

const CLINIC: CrisisResourceSet = {
  region: 'GB',
  resources: [{ id: 'clinic', name: { en: 'Harbor Health on-call' }, phone: '020 7946 0000' }],
};

describe('il-crisis-resources without the schema on the page', () => {
  it('checks the vendor’s resources through the store client', async () => {
    const el = await fixture<IlCrisisResources>(
      html`<il-crisis-resources
        crisis-region="GB"
        .client=${testClient()}
        .crisisResources=${CLINIC}
      ></il-crisis-resources>`,
    );
    expect(calls(el)).to.deep.equal(['tel:02079460000']);
    el.crisisResources = { region: 'GB', resources: [{ id: 'x', name: { en: 'X' } }] } as never;
    await el.updateComplete;
    expect(calls(el)).to.deep.equal(['tel:999', 'tel:116123']);
    await expect(el).to.be.accessible();
  });

  it('never shows resources it cannot check: the shipped default for the region at once', async () => {
    const el = await fixture<IlCrisisResources>(
      html`<il-crisis-resources crisis-region="GB" .crisisResources=${CLINIC}></il-crisis-resources>`,
    );
    expect(calls(el)).to.deep.equal(['tel:999', 'tel:116123']);
    expect(el.resources.resources.every((resource) => resource.source !== undefined)).to.equal(true);
  });
});
