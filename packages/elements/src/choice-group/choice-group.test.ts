import { expect, fixture, html } from '@open-wc/testing';
import { runFormAssociatedSuite } from '../shared/internal/form-associated.test-suite.js';
import { accessibleName, press } from '../shared/testing/interaction.js';
import './define.js';
import type { IlChoiceGroup } from './choice-group.js';

const OPTIONS = [
  { id: 'work', label: 'Work' },
  { id: 'sleep', label: 'Sleep' },
  { id: 'family', label: 'Family' },
];

function items(el: IlChoiceGroup): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')];
}

describe('il-choice-group', () => {
  it('is a radio group with one tab stop; arrows move and choose', async () => {
    const el = await fixture<IlChoiceGroup>(
      html`<il-choice-group label="What weighed most?" .options=${OPTIONS}></il-choice-group>`,
    );
    const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(accessibleName(group)).to.equal('What weighed most?');
    expect(items(el).map((item) => item.getAttribute('role'))).to.deep.equal(['radio', 'radio', 'radio']);
    expect(items(el).filter((item) => item.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
    el.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('sleep');
    await press('End');
    await el.updateComplete;
    expect(el.value).to.equal('family');
    expect(items(el)[2]!.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is a group of checkboxes with multiple: Space toggles each, the value lists them in order', async () => {
    const el = await fixture<IlChoiceGroup>(
      html`<il-choice-group multiple label="What weighed on you?" .options=${OPTIONS}></il-choice-group>`,
    );
    expect(el.shadowRoot!.querySelector('[role="group"]')).not.to.equal(null);
    expect(
      items(el).every((item) => item.getAttribute('role') === 'checkbox' && item.tabIndex === 0),
    ).to.equal(true);
    items(el)[2]!.focus();
    await press(' ');
    items(el)[0]!.focus();
    await press(' ');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['work', 'family']);
    await press(' ');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['family']);
    await expect(el).to.be.accessible();
  });

  it('submits one entry per chosen option in a form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <il-choice-group name="topics" multiple label="Topics" .options=${OPTIONS}></il-choice-group>
      </form>`,
    );
    const el = form.querySelector('il-choice-group')!;
    el.value = ['sleep', 'work'];
    await el.updateComplete;
    expect(new FormData(form).getAll('topics')).to.deep.equal(['work', 'sleep']);
  });

  it('renders labels as text', async () => {
    const el = await fixture<IlChoiceGroup>(
      html`<il-choice-group
        label=${'<b>x</b>'}
        .options=${[
          { id: 'a', label: '<img src=x onerror=alert(1)>' },
          { id: 'b', label: 'B' },
        ]}
      ></il-choice-group>`,
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(items(el)[0]!.textContent).to.include('<img');
  });

  runFormAssociatedSuite<IlChoiceGroup>({
    tagName: 'il-choice-group',
    attributes: { label: 'Topic' },
    defaultValue: 'work',
    otherValue: 'family',
    setup(element) {
      element.options = OPTIONS;
    },
    async setUserValue(element, value) {
      const index = OPTIONS.findIndex((option) => option.id === value);
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')];
      items[index]!.focus();
      await press(' ');
      await element.updateComplete;
    },
  });
});
