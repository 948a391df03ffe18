/**
 * The form behaviour every Interlude input must have, as one mocha suite. Each input's test
 * file calls {@link runFormAssociatedSuite} once; a new input is not done until it passes.
 *
 * Checks what a person and the page get: the value in `FormData` under `name`, reset back to
 * the `value` attribute, `required` blocking submission until a real (user) choice,
 * `disabled` — own or from a `<fieldset>` — leaving the input out of the data and the tab
 * order, and the browser's state restore.
 *
 * @module
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormAssociatedElement } from './form-associated.js';
import { en } from '../locales/input.js';

// mocha's globals, declared here because this module is compiled with the library sources.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;

/** What the suite needs to know about one input. */
export interface FormAssociatedSuiteOptions<E extends FormAssociatedElement> {
  /** The element's tag, e.g. `'il-rating-scale'`. It must already be defined. */
  tagName: keyof HTMLElementTagNameMap & string;
  /** Attributes a usable instance needs besides `name`/`value`, e.g. `{ label: 'Mood', min: '1', max: '5' }`. */
  attributes?: Record<string, string>;
  /** A valid value attribute used as the default, exactly as it appears in `FormData`. */
  defaultValue: string;
  /** Another valid value, different from `defaultValue`. */
  otherValue: string;
  /** Sets what attributes cannot (e.g. an `options` property) on a new instance, before it is connected. */
  setup?(element: E): void;
  /** Chooses `value` the way a person would (real pointer or keys) and waits until the element has updated. */
  setUserValue(element: E, value: string): Promise<void>;
}

const NAME = 'answer';

/** Registers the shared form-association tests for one input. */
export function runFormAssociatedSuite<E extends FormAssociatedElement>(
  options: FormAssociatedSuiteOptions<E>,
): void {
  const { tagName, defaultValue, otherValue, setUserValue } = options;

  /** `<form>` with a button before and after the input, so the tab order can be checked. */
  async function mount(attributes: Record<string, string> = {}, wrapInFieldset = false) {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">before</button></form>`);
    const element = document.createElement(tagName) as unknown as E;
    for (const [key, value] of Object.entries({ ...options.attributes, name: NAME, ...attributes })) {
      element.setAttribute(key, value);
    }
    options.setup?.(element);
    const after = document.createElement('button');
    after.type = 'button';
    after.textContent = 'after';
    const fieldset = document.createElement('fieldset');
    if (wrapInFieldset) {
      fieldset.append(element);
      form.append(fieldset, after);
    } else {
      form.append(element, after);
    }
    await element.updateComplete;
    const before = form.querySelector('button')!;
    return { form, element, fieldset, before, after };
  }

  async function settle(element: E): Promise<void> {
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  /** Focuses `before`, presses Tab, and returns what has focus (piercing shadow roots). */
  async function tabFrom(before: HTMLElement): Promise<Element | null> {
    before.focus();
    await sendKeys({ press: 'Tab' });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  describe(`${tagName}: form association (shared suite)`, () => {
    it('submits its value in FormData under its name', async () => {
      const { form, element } = await mount({ value: defaultValue });
      expect(new FormData(form).getAll(NAME)).to.deep.equal([defaultValue]);
      await setUserValue(element, otherValue);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([otherValue]);
    });

    it('submits nothing while no value is chosen', async () => {
      const { form } = await mount();
      expect(new FormData(form).has(NAME)).to.equal(false);
    });

    it('updates FormData before its change event reaches listeners', async () => {
      const { form, element } = await mount();
      let seen: FormDataEntryValue[] | undefined;
      form.addEventListener('change', () => (seen = new FormData(form).getAll(NAME)));
      await setUserValue(element, otherValue);
      expect(seen).to.deep.equal([otherValue]);
    });

    it('goes back to the value attribute when the form is reset', async () => {
      const { form, element } = await mount({ value: defaultValue });
      await setUserValue(element, otherValue);
      form.reset();
      await settle(element);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([defaultValue]);
    });

    it('goes back to no value on reset when it has no value attribute', async () => {
      const { form, element } = await mount();
      await setUserValue(element, otherValue);
      form.reset();
      await settle(element);
      expect(new FormData(form).has(NAME)).to.equal(false);
    });

    it('is invalid when required and empty, and valid after a choice', async () => {
      const { form, element } = await mount({ required: '' });
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.equal(en.required);
      expect(form.checkValidity()).to.equal(false);
      expect(element.matches(':state(invalid)')).to.equal(true);

      await setUserValue(element, otherValue);
      expect(element.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(element.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      expect(element.matches(':state(invalid)')).to.equal(false);
    });

    it('marks itself user-invalid only after a submit attempt', async () => {
      const { form, element } = await mount({ required: '' });
      expect(element.matches(':state(user-invalid)')).to.equal(false);
      form.checkValidity();
      expect(element.matches(':state(user-invalid)')).to.equal(true);
    });

    it('supports a custom validity message', async () => {
      const { form, element } = await mount({ value: defaultValue });
      element.setCustomValidity('Not today');
      expect(element.validity.customError).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      element.setCustomValidity('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('is in the tab order when enabled', async () => {
      const { element, before } = await mount({ value: defaultValue });
      const focused = await tabFrom(before);
      expect(focused === element || element.shadowRoot!.contains(focused)).to.equal(true);
    });

    it('is left out of FormData, validation and the tab order when disabled', async () => {
      const { form, element, before, after } = await mount({
        value: defaultValue,
        required: '',
        disabled: '',
      });
      expect(element.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(element.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(await tabFrom(before)).to.equal(after);

      element.disabled = false;
      await settle(element);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([defaultValue]);
    });

    it('is disabled by a disabled fieldset, and enabled again with it', async () => {
      const { form, element, fieldset, before, after } = await mount({ value: defaultValue }, true);
      fieldset.disabled = true;
      await settle(element);
      expect(element.matches(':disabled')).to.equal(true);
      expect(element.matches(':state(disabled)')).to.equal(true);
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(await tabFrom(before)).to.equal(after);

      fieldset.disabled = false;
      await settle(element);
      expect(element.matches(':disabled')).to.equal(false);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([defaultValue]);
      expect(await tabFrom(before)).not.to.equal(after);
    });

    it('stays disabled by its own attribute when the fieldset is enabled again', async () => {
      const { form, element, fieldset } = await mount({ value: defaultValue, disabled: '' }, true);
      fieldset.disabled = true;
      await settle(element);
      fieldset.disabled = false;
      await settle(element);
      expect(element.matches(':disabled')).to.equal(true);
      expect(element.matches(':state(disabled)')).to.equal(true);
      expect(new FormData(form).has(NAME)).to.equal(false);
    });

    it('takes back a value the browser restores', async () => {
      const { form, element } = await mount();
      element.formStateRestoreCallback(otherValue, 'restore');
      await settle(element);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([otherValue]);
    });
  });
}
