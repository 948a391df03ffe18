import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ValidationError } from '@interlude/core';
import { runFormAssociatedSuite } from '../shared/internal/form-associated.test-suite.js';
import './define.js';
import type { IlRatingScale } from './rating-scale.js';

const distress = html`<il-rating-scale
  label="How distressed do you feel?"
  low-label="No distress"
  high-label="Extreme distress"
></il-rating-scale>`;

function radios(el: IlRatingScale): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
}

function radio(el: IlRatingScale, value: number): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[role="radio"][data-value="${value}"]`);
  if (!found) throw new Error(`no radio for ${value}`);
  return found;
}

function focusedRadio(el: IlRatingScale): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** A real pointer click in the middle of the option. */
async function clickOption(el: IlRatingScale, value: number): Promise<void> {
  const box = radio(el, value).getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await resetMouse();
  await el.updateComplete;
}

/** Records every `input` and `change` the element fires, with the value at that moment. */
function recordEvents(el: IlRatingScale) {
  const events: { type: string; value: number | null; bubbles: boolean; composed: boolean }[] = [];
  for (const type of ['input', 'change']) {
    el.addEventListener(type, (event) =>
      events.push({ type, value: el.value, bubbles: event.bubbles, composed: event.composed }),
    );
  }
  return events;
}

async function press(el: IlRatingScale, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * The accessible name per accname's first steps (aria-labelledby, then aria-label, then
 * text). The test runner config has no a11y-snapshot plugin, so this reads the same ARIA
 * the browser uses rather than Chromium's accessibility tree.
 */
function accessibleName(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
  }
  return node.getAttribute('aria-label') ?? node.textContent?.trim() ?? '';
}

function names(el: IlRatingScale): string[] {
  return radios(el).map(accessibleName);
}

describe('il-rating-scale', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('passes axe with nothing chosen', async () => {
      const el = await fixture<IlRatingScale>(distress);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a value chosen', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="5" value="4"></il-rating-scale>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when disabled', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="5" value="2" disabled></il-rating-scale>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe right-to-left, in Arabic', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="ar">
          <il-rating-scale
            label="ما مدى ضيقك؟"
            low-label="لا ضيق"
            high-label="ضيق شديد"
            value="3"
          ></il-rating-scale>
        </div>`,
      );
      await expect(wrapper).to.be.accessible();
    });

    it('is a radio group named by its label, with one radio per value', async () => {
      const el = await fixture<IlRatingScale>(distress);
      const groups = el.shadowRoot!.querySelectorAll('[role="radiogroup"]');
      expect(groups).to.have.length(1);
      expect(accessibleName(groups[0]!)).to.equal('How distressed do you feel?');
      expect(radios(el).map((r) => r.dataset['value'])).to.deep.equal([
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
      ]);
      expect(radios(el).every((r) => groups[0]!.contains(r))).to.equal(true);
    });

    it('names each radio with its value, the maximum and its anchor', async () => {
      const el = await fixture<IlRatingScale>(distress);
      expect(names(el)[0]).to.equal('0 of 10, No distress');
      expect(names(el)[5]).to.equal('5 of 10');
      expect(names(el)[10]).to.equal('10 of 10, Extreme distress');
    });

    it('names radios with per-value labels, given as a list or as pairs', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label="Mood"
          min="1"
          max="5"
          low-label="Worst"
          .valueLabels=${['Very low', 'Low', 'Okay', 'Good', 'Very good']}
        ></il-rating-scale>`,
      );
      expect(radio(el, 3).textContent).to.include('Okay');
      expect(names(el)).to.deep.equal([
        '1 of 5, Very low, Worst',
        '2 of 5, Low',
        '3 of 5, Okay',
        '4 of 5, Good',
        '5 of 5, Very good',
      ]);

      el.valueLabels = [{ value: 3, label: 'Sometimes' }];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['1 of 5, Worst', '2 of 5', '3 of 5, Sometimes', '4 of 5', '5 of 5']);
    });

    it('offers values in steps of step, e.g. 0–100 in tens', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label="Belief"
          min="0"
          max="100"
          step="10"
          high-label="Completely"
        ></il-rating-scale>`,
      );
      expect(radios(el).map((option) => Number(option.dataset['value']))).to.deep.equal([
        0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
      ]);
      expect(names(el)[10]).to.equal('100 of 100, Completely');
      el.step = 7;
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('step: must divide max - min into whole steps');
    });

    it('marks only the chosen radio as checked', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="5" value="2"></il-rating-scale>`,
      );
      expect(radios(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal([
        'false',
        'true',
        'false',
        'false',
        'false',
      ]);
      expect(radio(el, 2).part.contains('checked')).to.equal(true);
      expect(radio(el, 3).part.contains('checked')).to.equal(false);
      const checked = radios(el).filter((r) => r.getAttribute('aria-checked') === 'true');
      expect(checked.map(accessibleName)).to.deep.equal(['2 of 5']);
    });

    it('marks the group required, disabled and read-only', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" required readonly></il-rating-scale>`,
      );
      const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-required')).to.equal('true');
      expect(group.getAttribute('aria-readonly')).to.equal('true');
      expect(group.getAttribute('aria-disabled')).to.equal('false');
      el.disabled = true;
      await el.updateComplete;
      expect(group.getAttribute('aria-disabled')).to.equal('true');
      expect(radios(el).every((r) => r.getAttribute('aria-disabled') === 'true')).to.equal(true);
    });

    it('speaks the language of the nearest lang', async () => {
      const wrapper = await fixture(
        html`<div lang="de"><il-rating-scale label="Stimmung" value="3"></il-rating-scale></div>`,
      );
      const el = wrapper.querySelector('il-rating-scale')!;
      await waitFor(() => radio(el, 3).getAttribute('aria-label') === '3 von 10');
      expect(radio(el, 3).getAttribute('aria-label')).to.equal('3 von 10');
    });
  });

  describe('focus', () => {
    it('has one tab stop: the checked radio', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <il-rating-scale label="Mood" min="1" max="5" value="4"></il-rating-scale>
        </div>`,
      );
      const el = wrapper.querySelector('il-rating-scale')!;
      expect(radios(el).filter((r) => r.tabIndex === 0)).to.deep.equal([radio(el, 4)]);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(focusedRadio(el)).to.equal(radio(el, 4));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).not.to.equal(el);
    });

    it('has the first radio as its tab stop when nothing is chosen', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <il-rating-scale label="Mood" min="1" max="5"></il-rating-scale>
        </div>`,
      );
      const el = wrapper.querySelector('il-rating-scale')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedRadio(el)).to.equal(radio(el, 1));
      expect(el.value).to.equal(null);
    });

    it('focus() moves to the checked radio', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="6"></il-rating-scale>`,
      );
      el.focus();
      expect(focusedRadio(el)).to.equal(radio(el, 6));
    });

    it('takes no focus at all when disabled', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="6" disabled></il-rating-scale>`,
      );
      expect(radios(el).every((r) => r.tabIndex === -1)).to.equal(true);
    });

    it('shows a visible focus ring', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="6"></il-rating-scale>`,
      );
      el.focus();
      await press(el, 'ArrowRight');
      const style = getComputedStyle(focusedRadio(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('keyboard (left to right)', () => {
    async function mountAt(value: number | null, wrapperDir: 'ltr' | 'rtl' = 'ltr') {
      const wrapper = await fixture(
        html`<div dir=${wrapperDir}>
          <il-rating-scale label="Mood" min="1" max="5" value=${value ?? ''}></il-rating-scale>
        </div>`,
      );
      const el = wrapper.querySelector('il-rating-scale')!;
      el.focus();
      return el;
    }

    it('ArrowRight and ArrowDown choose the next value and move focus', async () => {
      const el = await mountAt(2);
      await press(el, 'ArrowRight');
      expect(el.value).to.equal(3);
      expect(focusedRadio(el)).to.equal(radio(el, 3));
      expect(radio(el, 3).getAttribute('aria-checked')).to.equal('true');
      expect(radio(el, 3).tabIndex).to.equal(0);
      expect(radio(el, 2).tabIndex).to.equal(-1);
      await press(el, 'ArrowDown');
      expect(el.value).to.equal(4);
      expect(focusedRadio(el)).to.equal(radio(el, 4));
    });

    it('ArrowLeft and ArrowUp choose the previous value', async () => {
      const el = await mountAt(4);
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal(3);
      await press(el, 'ArrowUp');
      expect(el.value).to.equal(2);
      expect(focusedRadio(el)).to.equal(radio(el, 2));
    });

    it('wraps from the last value to the first and back', async () => {
      const el = await mountAt(5);
      await press(el, 'ArrowRight');
      expect(el.value).to.equal(1);
      expect(focusedRadio(el)).to.equal(radio(el, 1));
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal(5);
      await press(el, 'ArrowDown');
      expect(el.value).to.equal(1);
      await press(el, 'ArrowUp');
      expect(el.value).to.equal(5);
    });

    it('Home and End choose the first and last value', async () => {
      const el = await mountAt(3);
      await press(el, 'End');
      expect(el.value).to.equal(5);
      expect(focusedRadio(el)).to.equal(radio(el, 5));
      await press(el, 'Home');
      expect(el.value).to.equal(1);
      expect(focusedRadio(el)).to.equal(radio(el, 1));
    });

    it('Space chooses the focused radio', async () => {
      const el = await mountAt(null);
      expect(focusedRadio(el)).to.equal(radio(el, 1));
      expect(el.value).to.equal(null);
      await press(el, ' ');
      expect(el.value).to.equal(1);
      expect(radio(el, 1).getAttribute('aria-checked')).to.equal('true');
    });

    it('ignores keys when disabled', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="3" disabled></il-rating-scale>`,
      );
      radio(el, 3).focus();
      await press(el, 'ArrowRight');
      await press(el, 'End');
      expect(el.value).to.equal(3);
    });

    it('moves focus but keeps the value when read-only', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="3" readonly></il-rating-scale>`,
      );
      const events = recordEvents(el);
      el.focus();
      await press(el, 'ArrowRight');
      await press(el, ' ');
      expect(focusedRadio(el)).to.equal(radio(el, 4));
      expect(el.value).to.equal(3);
      expect(events).to.deep.equal([]);
    });

    describe('right to left', () => {
      it('ArrowRight chooses the previous value and ArrowLeft the next', async () => {
        const el = await mountAt(3, 'rtl');
        await press(el, 'ArrowRight');
        expect(el.value).to.equal(2);
        expect(focusedRadio(el)).to.equal(radio(el, 2));
        await press(el, 'ArrowLeft');
        await press(el, 'ArrowLeft');
        expect(el.value).to.equal(4);
        expect(focusedRadio(el)).to.equal(radio(el, 4));
      });

      it('keeps ArrowDown as next and ArrowUp as previous', async () => {
        const el = await mountAt(3, 'rtl');
        await press(el, 'ArrowDown');
        expect(el.value).to.equal(4);
        await press(el, 'ArrowUp');
        await press(el, 'ArrowUp');
        expect(el.value).to.equal(2);
      });

      it('wraps in both directions', async () => {
        const el = await mountAt(1, 'rtl');
        await press(el, 'ArrowRight');
        expect(el.value).to.equal(5);
        await press(el, 'ArrowLeft');
        expect(el.value).to.equal(1);
      });

      it('lays the first value out on the right', async () => {
        const el = await mountAt(1, 'rtl');
        expect(radio(el, 1).getBoundingClientRect().left).to.be.greaterThan(
          radio(el, 2).getBoundingClientRect().left,
        );
      });

      it('flips when dir changes on an ancestor', async () => {
        const el = await mountAt(3, 'ltr');
        el.parentElement!.setAttribute('dir', 'rtl');
        await waitFor(() => el.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'rtl');
        radio(el, 3).focus();
        await press(el, 'ArrowRight');
        expect(el.value).to.equal(2);
      });
    });
  });

  describe('events', () => {
    it('fires input then change, bubbling and composed, when an option is clicked', async () => {
      const el = await fixture<IlRatingScale>(distress);
      const events = recordEvents(el);
      await clickOption(el, 7);
      expect(el.value).to.equal(7);
      expect(events).to.deep.equal([
        { type: 'input', value: 7, bubbles: true, composed: true },
        { type: 'change', value: 7, bubbles: true, composed: true },
      ]);
      expect(focusedRadio(el)).to.equal(radio(el, 7));
    });

    it('fires change on keyboard choices', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="5"></il-rating-scale>`,
      );
      el.focus();
      const change = oneEvent(el, 'change');
      await sendKeys({ press: 'ArrowRight' });
      await change;
      expect(el.value).to.equal(6);
    });

    it('fires nothing when the chosen option is clicked again', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="5"></il-rating-scale>`,
      );
      const events = recordEvents(el);
      await clickOption(el, 5);
      expect(events).to.deep.equal([]);
      expect(el.value).to.equal(5);
    });

    it('fires nothing when value is set by script', async () => {
      const el = await fixture<IlRatingScale>(distress);
      const events = recordEvents(el);
      el.value = 4;
      await el.updateComplete;
      el.setAttribute('value', '6');
      await el.updateComplete;
      expect(radio(el, 4).getAttribute('aria-checked')).to.equal('true');
      expect(events).to.deep.equal([]);
    });

    it('fires nothing and keeps its value when a disabled option is clicked', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="5" disabled></il-rating-scale>`,
      );
      const events = recordEvents(el);
      await clickOption(el, 8);
      expect(el.value).to.equal(5);
      expect(events).to.deep.equal([]);
    });
  });

  describe('value', () => {
    it('follows the value attribute until it is chosen or set', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value="2"></il-rating-scale>`,
      );
      expect(el.value).to.equal(2);
      el.setAttribute('value', '3');
      await el.updateComplete;
      expect(el.value).to.equal(3);
      el.value = 8;
      el.setAttribute('value', '4');
      await el.updateComplete;
      expect(el.value).to.equal(8);
      expect(el.defaultValue).to.equal(4);
    });

    it('treats a value that is not an option as no choice', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="5" value="42"></il-rating-scale>`,
      );
      expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.equal(false);
      expect(radio(el, 1).tabIndex).to.equal(0);
      el.value = 2.5;
      await el.updateComplete;
      expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.equal(false);
    });

    it('reads an empty value attribute as no value', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" value=""></il-rating-scale>`,
      );
      expect(el.value).to.equal(null);
    });
  });

  runFormAssociatedSuite<IlRatingScale>({
    tagName: 'il-rating-scale',
    attributes: { label: 'Mood', min: '1', max: '5' },
    defaultValue: '2',
    otherValue: '4',
    async setUserValue(el, value) {
      await clickOption(el, Number(value));
    },
  });

  describe('text, never markup', () => {
    const payload = '<img src=x onerror="window.__ilInjected = true">';
    const lowPayload = '<b onmouseover="window.__ilInjected = true">low</b>';

    it('shows labels literally and creates no element from them', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label=${payload}
          low-label=${lowPayload}
          high-label=${payload}
          min="1"
          max="3"
          .valueLabels=${[payload, 'Two', 'Three']}
        ></il-rating-scale>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b')).to.equal(null);
      expect(root.querySelector('[part="label"]')!.textContent).to.include(payload);
      expect(root.querySelector('[part="low-label"]')!.textContent).to.equal(lowPayload);
      expect(root.querySelector('[part="high-label"]')!.textContent).to.equal(payload);
      expect(radio(el, 1).querySelector('[part="option-label"]')!.textContent).to.equal(payload);
      expect(radio(el, 1).getAttribute('aria-label')).to.equal(`1 of 3, ${payload}, ${lowPayload}`);
      expect((window as { __ilInjected?: boolean }).__ilInjected).to.equal(undefined);
    });
  });

  describe('invalid settings', () => {
    it('shows a notice instead of the scale for a labels list of the wrong length', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label="Mood"
          name="mood"
          min="1"
          max="5"
          value="3"
          .valueLabels=${['Private answer A', 'B']}
        ></il-rating-scale>`,
      );
      const notice = el.shadowRoot!.querySelector('[part="configuration-notice"]');
      expect(notice?.getAttribute('role')).to.equal('alert');
      expect(notice!.textContent).to.include('valueLabels: must have exactly 5 entries');
      expect(notice!.textContent).not.to.include('Private answer A');
      expect(radios(el)).to.have.length(0);
      expect(el.configurationError).to.be.instanceOf(ValidationError);
      expect(el.configurationError!.issues[0]!.path).to.deep.equal(['valueLabels']);
      await expect(el).to.be.accessible();
    });

    it('names the path of a bad pair and submits nothing', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <il-rating-scale
            label="Mood"
            name="mood"
            min="0"
            max="3"
            value="2"
            .valueLabels=${[{ value: 9, label: 'Nearly every day' }]}
          ></il-rating-scale>
        </form>`,
      );
      const el = form.querySelector('il-rating-scale')!;
      expect(el.configurationError!.message).to.equal(
        'Invalid rating scale: valueLabels[0].value: must be at most 3',
      );
      expect(new FormData(form).has('mood')).to.equal(false);
    });

    it('rejects labels of the wrong type and empty labels', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="2"></il-rating-scale>`,
      );
      el.valueLabels = 'not a list' as unknown as string[];
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('valueLabels: expected array');
      el.valueLabels = ['', 'Two'];
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('valueLabels[0]: must have at least 1 character');
      el.valueLabels = [
        { value: 1, label: 'One' },
        { value: 1, label: 'Uno' },
      ];
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('must not label the same value twice');
    });

    it('rejects a max not above min, or too many options', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="5" max="5"></il-rating-scale>`,
      );
      expect(el.configurationError!.message).to.equal('Invalid rating scale: max: must be greater than min');
      el.max = 100;
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('max: must be less than min + 21');
      el.setAttribute('max', 'ten');
      await el.updateComplete;
      expect(el.configurationError!.message).to.include('max: expected number');
    });

    it('recovers when the settings are fixed', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" min="1" max="3" .valueLabels=${['x']}></il-rating-scale>`,
      );
      expect(radios(el)).to.have.length(0);
      el.valueLabels = ['One', 'Two', 'Three'];
      await el.updateComplete;
      expect(el.configurationError).to.equal(undefined);
      expect(radios(el)).to.have.length(3);
      expect(el.shadowRoot!.querySelector('[part="configuration-notice"]')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('wraps at 320 CSS px (400% zoom) without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label="How distressed do you feel right now, compared with the start of the week?"
          low-label="No distress at all"
          high-label="The worst distress I can imagine"
          value="10"
        ></il-rating-scale>`,
      );
      const tops = new Set(radios(el).map((r) => Math.round(r.getBoundingClientRect().top)));
      expect(tops.size, 'options wrap onto more than one line').to.be.greaterThan(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const r of radios(el)) expect(r.getBoundingClientRect().right).to.be.at.most(320);
    });

    it('keeps every option at least 24 x 24 px, even with a smaller token', async () => {
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale label="Mood" style="--il-rating-scale-option-size: 10px"></il-rating-scale>`,
      );
      for (const r of radios(el)) {
        const box = r.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });

    it('wraps long per-value labels inside the viewport', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'Sehr gut, besser als ich es mir für diese Woche hätte vorstellen können';
      const el = await fixture<IlRatingScale>(
        html`<il-rating-scale
          label="Stimmung"
          min="1"
          max="3"
          .valueLabels=${[long, long, long]}
        ></il-rating-scale>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(radio(el, 1).getBoundingClientRect().right).to.be.at.most(320);
    });
  });
});

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
