import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { IlActivityOpenEvent } from '../shared/events/activity-open.js';
import { mountWithClient } from '../shared/testing/test-client.js';
import { seedAssignments, seededClient } from '../shared/testing/seed.js';
import {
  PAYLOADS,
  deepActive,
  press,
  tabUntil,
  transitionsDone,
  until,
} from '../shared/testing/interaction.js';
import './define.js';
import type { IlToday } from './today.js';

async function mount(client: Awaited<ReturnType<typeof seededClient>>, inline = false): Promise<IlToday> {
  const el = await mountWithClient<IlToday>(html`<il-today ?inline=${inline}></il-today>`, client);
  await el.settled();
  return el;
}
function section(el: IlToday, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[data-section="${name}"]`);
}
function names(el: IlToday, name: string): string[] {
  return [...(section(el, name)?.querySelectorAll('.name') ?? [])].map((node) => node.textContent!.trim());
}

describe('il-today', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists what is due now, later today, this week and what was missed, with notes and minutes', async () => {
    const el = await mount(await seededClient());
    expect(names(el, 'dueNow')).to.deep.equal(['Daily check-in']);
    expect(names(el, 'laterToday')).to.deep.equal(['What matters to you: a values sort']);
    expect(names(el, 'thisWeek')).to.deep.equal(['PHQ-9 (Patient Health Questionnaire)']);
    expect(names(el, 'missed')).to.deep.equal(['Daily check-in']);
    const due = section(el, 'dueNow')!;
    expect(due.textContent).to.include('Why this matters: Noticing your mood each day');
    expect(due.textContent).to.include('About 1 min');
    expect(due.textContent).to.include('Any time today');
    expect(section(el, 'missed')!.textContent).to.include('That’s okay');
    expect(section(el, 'missed')!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires il-activity-open with the assignment, occurrence and activity when opened by keyboard', async () => {
    const el = await mount(await seededClient());
    const opened: IlActivityOpenEvent[] = [];
    document.addEventListener('il-activity-open', (event) => opened.push(event), { once: true });
    el.focus();
    await tabUntil((active) => active.textContent?.includes('Start What matters to you') === true);
    await press('Enter');
    await until(() => opened.length === 1);
    expect(opened[0]!.detail.assignment.id).to.equal('a-values');
    expect(opened[0]!.detail.occurrence.id).to.equal('a-values@2026-03-10T19:00');
    expect(opened[0]!.detail.activity).to.deep.equal({
      kind: 'exercise',
      id: 'act-values-card-sort',
      version: '1.0.0',
    });
    // Not inline: the list stays.
    expect(section(el, 'laterToday')).not.to.equal(null);
  });

  it('inline: opens the check-in in place, and after saving the entry is done with an acknowledgement', async () => {
    const client = await seededClient();
    const el = await mount(client, true);
    section(el, 'dueNow')!.querySelector('button')!.focus();
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('il-check-in') !== null);
    const checkIn = el.shadowRoot!.querySelector('il-check-in')!;
    await checkIn.whenResumed();
    await until(() => (deepActive() as HTMLElement | null)?.classList.contains('title') === true);
    const mood = checkIn.shadowRoot!.querySelector<HTMLElement>('[data-item="mood"]')!;
    mood.focus();
    await press('End');
    const distress = checkIn.shadowRoot!.querySelector<HTMLElement>('[data-item="distress"]')!;
    distress.focus();
    await press('Home');
    checkIn.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
    await until(() => checkIn.shadowRoot!.querySelector('[part="done"]') !== null);
    const submission = (await client.submissions.list())[0]!;
    expect(submission.assignmentId).to.equal('a-daily');
    expect(submission.occurrenceId).to.equal('a-daily@2026-03-10');
    el.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
    await until(() => section(el, 'done') !== null);
    expect(names(el, 'done')).to.deep.equal(['✓Daily check-in']);
    expect(section(el, 'done')!.querySelector('.entry.ack [role="status"]')!.textContent).to.include(
      'Thank you',
    );
    expect(section(el, 'dueNow') === null).to.equal(true); // (chai would print the whole element)
    await transitionsDone();
    await expect(el).to.be.accessible();
  });

  it('inline: the PHQ-9 opens in place; an exercise without a player only fires the event', async () => {
    const el = await mount(await seededClient(), true);
    section(el, 'laterToday')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="back"]')).to.equal(null);
    section(el, 'thisWeek')!.querySelector('button')!.click();
    await until(() => el.shadowRoot!.querySelector('il-measure-form') !== null);
    await expect(el).to.be.accessible();
  });

  it('acknowledges done work without motion when the person asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const client = await seededClient();
      const el = await mount(client, true);
      section(el, 'dueNow')!.querySelector('button')!.click();
      await until(() => el.shadowRoot!.querySelector('il-check-in') !== null);
      const checkIn = el.shadowRoot!.querySelector('il-check-in')!;
      await checkIn.whenResumed();
      for (const [id, key] of [
        ['mood', 'End'],
        ['distress', 'Home'],
      ] as const) {
        checkIn.shadowRoot!.querySelector<HTMLElement>(`[data-item="${id}"]`)!.focus();
        await press(key);
      }
      checkIn.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
      await until(() => checkIn.shadowRoot!.querySelector('[part="done"]') !== null);
      el.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
      await until(() => el.shadowRoot!.querySelector('.entry.ack .check') !== null);
      const check = el.shadowRoot!.querySelector<HTMLElement>('.entry.ack .check')!;
      expect(getComputedStyle(check).animationName).to.equal('il-today-ack');
      expect(getComputedStyle(check).animationDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('renders the clinician’s note as text', async () => {
    const win = window as unknown as { __pwned?: number };
    delete win.__pwned;
    const el = await mount(await seededClient({ assignments: seedAssignments(PAYLOADS.join(' ')) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect(section(el, 'dueNow')!.textContent).to.include(PAYLOADS[0]);
  });

  it('works at 320 px, in Arabic right to left, and without a client shows the notice', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = await seededClient();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl">
        <il-provider .client=${client}><il-today></il-today></il-provider>
      </div>`,
    );
    const el = wrapper.querySelector('il-today')!;
    await el.settled();
    await until(() => section(el, 'dueNow')?.textContent?.includes('مستحق الآن') === true);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(wrapper).to.be.accessible();
    const bare = await fixture<IlToday>(html`<il-today></il-today>`);
    expect(bare.shadowRoot!.textContent).to.include('not connected');
  });
});
