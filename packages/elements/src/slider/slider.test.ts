import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { runFormAssociatedSuite } from '../shared/internal/form-associated.test-suite.js';
import { accessibleName, press } from '../shared/testing/interaction.js';
import './define.js';
import type { IlSlider } from './slider.js';

const distress = html`<il-slider
  label="How much distress?"
  min="0"
  max="10"
  low-label="None"
  high-label="Extreme"
></il-slider>`;

function thumb(el: IlSlider): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
}

async function key(el: IlSlider, name: string): Promise<void> {
  await press(name);
  await el.updateComplete;
}

describe('il-slider', () => {
  it('is an APG slider named by its label, with value text and anchors, and passes axe', async () => {
    const el = await fixture<IlSlider>(distress);
    const slider = thumb(el);
    expect(accessibleName(slider)).to.equal('How much distress?');
    expect(slider.getAttribute('aria-valuemin')).to.equal('0');
    expect(slider.getAttribute('aria-valuemax')).to.equal('10');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Not answered yet');
    expect(el.shadowRoot!.querySelector('[part="anchors"]')!.textContent).to.include('None');
    await expect(el).to.be.accessible();
    el.value = 0;
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuenow')).to.equal('0');
    expect(slider.getAttribute('aria-valuetext')).to.equal('0 of 10, None');
    await expect(el).to.be.accessible();
  });

  it('moves with arrows, Page Up/Down, Home and End, firing input and change', async () => {
    const el = await fixture<IlSlider>(distress);
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${el.value}`));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    el.focus();
    await key(el, 'ArrowRight'); // from the resting middle
    expect(el.value).to.equal(6);
    await key(el, 'ArrowDown');
    expect(el.value).to.equal(5);
    await key(el, 'PageUp');
    expect(el.value).to.equal(6);
    await key(el, 'End');
    expect(el.value).to.equal(10);
    expect(thumb(el).getAttribute('aria-valuetext')).to.equal('10 of 10, Extreme');
    await key(el, 'ArrowUp'); // already at the end: nothing
    await key(el, 'Home');
    expect(el.value).to.equal(0);
    expect(events).to.deep.equal([
      'input:6',
      'change:6',
      'input:5',
      'change:5',
      'input:6',
      'change:6',
      'input:10',
      'change:10',
      'input:0',
      'change:0',
    ]);
  });

  it('chooses the resting value with Space when unanswered', async () => {
    const el = await fixture<IlSlider>(distress);
    el.focus();
    await key(el, ' ');
    expect(el.value).to.equal(5);
  });

  it('swaps Left and Right right to left', async () => {
    const wrapper = await fixture(html`<div dir="rtl">${distress}</div>`);
    const el = wrapper.querySelector('il-slider')!;
    el.value = 5;
    await el.updateComplete;
    el.focus();
    await key(el, 'ArrowLeft');
    expect(el.value).to.equal(6);
    await key(el, 'ArrowRight');
    await key(el, 'ArrowRight');
    expect(el.value).to.equal(4);
    await expect(wrapper).to.be.accessible();
  });

  it('chooses by a real click on the track', async () => {
    const el = await fixture<IlSlider>(distress);
    const track = el.shadowRoot!.querySelector<HTMLElement>('[part="track"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(track.right - 1), Math.round(track.y + track.height / 2)],
    });
    await resetMouse();
    await el.updateComplete;
    expect(el.value).to.equal(10);
  });

  it('shows a configuration notice for impossible settings', async () => {
    const el = await fixture<IlSlider>(html`<il-slider label="x" min="0" max="10" step="3"></il-slider>`);
    expect(el.shadowRoot!.textContent).to.include('step: must divide max - min into whole steps');
  });

  runFormAssociatedSuite<IlSlider>({
    tagName: 'il-slider',
    attributes: { label: 'Distress', min: '0', max: '10' },
    defaultValue: '3',
    otherValue: '4',
    async setUserValue(element, value) {
      element.focus();
      const target = Number(value);
      if (element.value === null) await press(' ');
      while ((element.value ?? 0) < target) await key(element, 'ArrowRight');
      while ((element.value ?? 0) > target) await key(element, 'ArrowLeft');
      await element.updateComplete;
    },
  });
});
