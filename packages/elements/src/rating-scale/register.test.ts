// <il-rating-scale> as the check-in's entry defines it (register.js: no settings schema on the
// page), so its settings can only be checked by a store client. This file never imports
// define.js, which installs the schema check.
import { expect, fixture, html } from '@open-wc/testing';
import { ValidationError } from '@interlude/core';
import { testClient } from '../shared/testing/test-client.js';
import './register.js';
import type { IlRatingScale } from './rating-scale.js';

const radios = (el: IlRatingScale): string[] =>
  [...el.shadowRoot!.querySelectorAll('[role="radio"]')].map((radio) => radio.textContent!.trim());

describe('il-rating-scale without the settings schema on the page', () => {
  it('checks its settings through the store client, naming the wrong path', async () => {
    const el = await fixture<IlRatingScale>(
      html`<il-rating-scale
        label="Mood"
        min="1"
        max="5"
        .client=${testClient()}
        .valueLabels=${['a', 'b', 'c', 'd', 'e']}
      ></il-rating-scale>`,
    );
    expect(radios(el)).to.have.length(5);
    expect(el.configurationError).to.equal(undefined);
    await expect(el).to.be.accessible();
    el.step = 3; // 1–5 in threes is not whole steps
    await el.updateComplete;
    expect(radios(el)).to.deep.equal([]);
    expect(el.configurationError).to.be.instanceOf(ValidationError);
    expect(el.configurationError!.message).to.include('step: must divide max - min into whole steps');
    expect(el.shadowRoot!.querySelector('[part="configuration-notice"]')).not.to.equal(null);
  });

  it('shows no options it could not check, and says why', async () => {
    const el = await fixture<IlRatingScale>(
      html`<il-rating-scale label="Mood" min="1" max="5"></il-rating-scale>`,
    );
    expect(radios(el)).to.deep.equal([]);
    expect(el.configurationError!.issues[0]!.code).to.equal('unchecked');
    expect(el.shadowRoot!.querySelector('[part="configuration-notice"]')).not.to.equal(null);
  });
});
