import { expect, fixture, html } from '@open-wc/testing';
import type { CrisisResourceSet } from '@interlude/core';
import '../provider/define.js';
import { testClient } from '../shared/testing/test-client.js';
import { until } from '../shared/testing/interaction.js';
import './define.js';
import type { IlCrisisResources } from './crisis-resources.js';

function links(el: IlCrisisResources, part: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(`a[part="${part}"]`)].map((a) => a.getAttribute('href')!);
}

const CLINIC: CrisisResourceSet = {
  region: 'GB',
  resources: [{ id: 'clinic', name: { en: 'Harbor Health on-call' }, phone: '020 7946 0000' }],
};

describe('il-crisis-resources', () => {
  it('lists a region’s resources, emergency first, as call, text and web links; passes axe', async () => {
    const el = await fixture<IlCrisisResources>(
      html`<il-crisis-resources crisis-region="US"></il-crisis-resources>`,
    );
    expect(links(el, 'call')).to.deep.equal(['tel:911', 'tel:988']);
    expect(links(el, 'text')).to.deep.equal(['sms:988']);
    expect(links(el, 'website')).to.deep.equal(['https://988lifeline.org']);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.include('If you need help now');
    await expect(el).to.be.accessible();
  });

  it('needs no client and names no number for a region it has none for', async () => {
    const el = await fixture<IlCrisisResources>(
      html`<il-crisis-resources crisis-region="FR"></il-crisis-resources>`,
    );
    expect(links(el, 'call')).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.include('call your local emergency number');
  });

  it('takes the provider’s resources, and falls back to the default when they are invalid', async () => {
    const provider = await fixture<HTMLElement & { crisisResources?: unknown }>(
      html`<il-provider .crisisResources=${CLINIC}
        ><il-crisis-resources crisis-region="GB"></il-crisis-resources
      ></il-provider>`,
    );
    const el = provider.querySelector('il-crisis-resources')!;
    await el.updateComplete;
    expect(links(el, 'call')).to.deep.equal(['tel:02079460000']);
    provider.crisisResources = {
      region: 'GB',
      resources: [{ id: 'x', name: { en: 'X' }, phone: 'javascript:1' }],
    };
    await until(() => links(el, 'call').join() === 'tel:999,tel:116123');
  });

  it('follows the region of the user’s locale, and speaks German and Arabic', async () => {
    const client = testClient({ locale: 'de-DE' });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de">
        <il-provider .client=${client}><il-crisis-resources></il-crisis-resources></il-provider>
      </div>`,
    );
    const el = wrapper.querySelector('il-crisis-resources')!;
    await until(() => el.shadowRoot!.textContent!.includes('Wenn Sie jetzt Hilfe brauchen'));
    expect(links(el, 'call')).to.deep.equal(['tel:112', 'tel:08001110111', 'tel:08001110222']);
    wrapper.setAttribute('lang', 'ar');
    wrapper.setAttribute('dir', 'rtl');
    await until(() => el.shadowRoot!.textContent!.includes('إذا كنت بحاجة إلى مساعدة الآن'));
    await expect(wrapper).to.be.accessible();
  });
});
