import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LocalizeController, availableLocales, registerMessages } from './localize.js';
import { en, type Messages } from '../locales/all.js';
import { sliderStrings } from '../locales/slider.js';
import { inputStrings } from '../locales/input.js';

/** Renders one string, its direction and its language, the way every element uses the controller. */
class TestLocalized extends LitElement {
  readonly localize = new LocalizeController(this, inputStrings);
  override render() {
    return litHtml`<p dir=${this.localize.dir}>${this.localize.term('required')}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

/** An element with two string groups besides the common one. */
class TestGrouped extends LitElement {
  readonly localize = new LocalizeController(this, sliderStrings, inputStrings);
  override render() {
    return litHtml`<p>${this.localize.term('sliderNotAnswered')}</p><p>${this.localize.term('required')}</p>`;
  }
}
customElements.define('test-grouped', TestGrouped);

async function until(condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 2000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const textOf = (element: TestLocalized) => element.shadowRoot!.querySelector('p')!.textContent;

describe('LocalizeController', () => {
  it('speaks English without any lang attribute', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(element.localize.lang).to.equal('en');
    expect(textOf(element)).to.equal(en.required);
  });

  it('falls back from a regional tag to its language (de-AT → de), loading it on demand', async () => {
    const wrapper = await fixture(html`<div lang="de-AT"><test-localized></test-localized></div>`);
    const element = wrapper.querySelector('test-localized') as TestLocalized;
    await until(() => textOf(element) === 'Bitte wählen Sie einen Wert.');
  });

  it('finds lang and dir across a shadow root boundary', async () => {
    const host = await fixture(html`<div lang="ar" dir="rtl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const element = document.createElement('test-localized') as TestLocalized;
    shadow.append(element);
    await element.updateComplete;
    expect(element.localize.dir).to.equal('rtl');
    expect(element.localize.isRtl).to.equal(true);
    await until(() => textOf(element) === 'يرجى اختيار قيمة.');
  });

  it('uses English for a language it does not know', async () => {
    const wrapper = await fixture(html`<div lang="xx"><test-localized></test-localized></div>`);
    const element = wrapper.querySelector('test-localized') as TestLocalized;
    expect(textOf(element)).to.equal(en.required);
  });

  it('re-renders when a vendor registers a language', async () => {
    const wrapper = await fixture(html`<div lang="fr"><test-localized></test-localized></div>`);
    const element = wrapper.querySelector('test-localized') as TestLocalized;
    const french: Messages = { ...en, required: 'Veuillez choisir une valeur.' };
    registerMessages('fr', french);
    await element.updateComplete;
    expect(textOf(element)).to.equal('Veuillez choisir une valeur.');
    expect(availableLocales()).to.include.members(['ar', 'de', 'en', 'fr']);
  });

  it('loads the translation of each of its groups, and knows only their keys', async () => {
    const wrapper = await fixture(html`<div lang="de"><test-grouped></test-grouped></div>`);
    const element = wrapper.querySelector('test-grouped') as TestGrouped;
    const texts = () => [...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
    await until(() => texts()[0] === 'Noch nicht beantwortet');
    await until(() => texts()[1] === 'Bitte wählen Sie einen Wert.');
    const term = element.localize.term as (key: string) => string;
    expect(() => term.call(element.localize, 'runLoading')).to.throw(/runLoading/);
  });

  it('lets a vendor reword English, and falls back to ours for what it leaves out', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    registerMessages('en', { ...en, required: 'Pick one, please.' });
    await element.updateComplete;
    expect(textOf(element)).to.equal('Pick one, please.');
    registerMessages('en', { ...en, required: undefined } as unknown as Messages);
    await element.updateComplete;
    expect(textOf(element)).to.equal(en.required);
  });

  it('formats numbers in the element language', async () => {
    const wrapper = await fixture(html`<div lang="de"><test-localized></test-localized></div>`);
    const element = wrapper.querySelector('test-localized') as TestLocalized;
    expect(element.localize.number(1234.5)).to.equal('1.234,5');
  });
});
