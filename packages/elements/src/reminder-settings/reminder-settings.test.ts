import { expect, fixture, html } from '@open-wc/testing';
import type { IlPreferencesChangeEvent } from '../shared/events/preferences-change.js';
import { mountWithClient } from '../shared/testing/test-client.js';
import { seededClient } from '../shared/testing/seed.js';
import { press, tabUntil, until } from '../shared/testing/interaction.js';
import './define.js';
import type { IlReminderSettings } from './reminder-settings.js';

async function mount(): Promise<{
  el: IlReminderSettings;
  client: Awaited<ReturnType<typeof seededClient>>;
}> {
  const client = await seededClient();
  const el = await mountWithClient<IlReminderSettings>(
    html`<il-reminder-settings></il-reminder-settings>`,
    client,
  );
  await el.settled();
  return { el, client };
}
const preview = (el: IlReminderSettings) =>
  el.shadowRoot!.querySelector('[part="preview"]')!.textContent!.trim();
const input = (el: IlReminderSettings, selector: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

describe('il-reminder-settings', () => {
  it('previews the planner’s reminders for the stored settings, and passes axe', async () => {
    const { el } = await mount();
    // Today's check-in now, the exercise due tonight, tomorrow's check-in once quiet hours end.
    expect(preview(el)).to.equal(
      'You’ll be reminded Tuesday 12:00 PM, Tuesday 7:00 PM, and Wednesday 8:00 AM.',
    );
    expect(input(el, '#quiet-start').value).to.equal('21:00');
    expect(input(el, '#max-per-day').value).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('changes by keyboard, previews live, saves through the client and fires il-preferences-change', async () => {
    const { el, client } = await mount();
    const saved: IlPreferencesChangeEvent[] = [];
    el.addEventListener('il-preferences-change', (event) => saved.push(event));
    el.focus();
    // Opt out of the exercise's reminders: the next one is the daily check-in's, at a preferred time.
    const exercise = input(el, 'input[data-assignment="a-values"]');
    exercise.focus();
    await press(' ');
    await el.updateComplete;
    expect(preview(el)).not.to.include('Tuesday 7:00 PM');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click(); // add 09:00
    await el.updateComplete;
    expect(preview(el)).to.include('Wednesday 9:00 AM');
    await tabUntil((active) => active.getAttribute('part') === 'save');
    await press('Enter');
    await until(() => saved.length === 1);
    expect(saved[0]!.detail.preferences.optedOutAssignmentIds).to.deep.equal(['a-values']);
    expect(saved[0]!.detail.preferences.preferredTimes).to.deep.equal(['09:00']);
    const stored = await client.preferences.get();
    expect(stored.optedOutAssignmentIds).to.deep.equal(['a-values']);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.include('saved');
    await expect(el).to.be.accessible();
  });

  it('pausing everything says so and saves optedOut', async () => {
    const { el, client } = await mount();
    input(el, 'input[type="checkbox"]').click();
    await el.updateComplete;
    expect(preview(el)).to.include('Reminders are paused');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('saved'));
    expect((await client.preferences.get()).optedOut).to.equal(true);
  });

  it('speaks Arabic right to left; without a client shows the notice', async () => {
    const client = await seededClient();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl">
        <il-provider .client=${client}><il-reminder-settings></il-reminder-settings></il-provider>
      </div>`,
    );
    const el = wrapper.querySelector('il-reminder-settings')!;
    await el.settled();
    await until(() => el.shadowRoot!.textContent!.includes('ساعات الهدوء'));
    await expect(wrapper).to.be.accessible();
    const bare = await fixture<IlReminderSettings>(html`<il-reminder-settings></il-reminder-settings>`);
    expect(bare.shadowRoot!.textContent).to.include('not connected');
  });
});
