import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { getCheckInTemplate } from '@interlude/content';
import type { CheckInTemplate } from '@interlude/core';
import { idbStore, memoryServer, partitionDatabaseName } from '@interlude/store';
import type { IlSubmitEvent } from '../shared/events/submit.js';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import {
  PAYLOADS,
  deepActive,
  press,
  tabUntil,
  transitionsDone,
  until,
} from '../shared/testing/interaction.js';
import { switchableTransport } from '../shared/testing/transports.js';
import './define.js';
import type { IlCheckIn } from './check-in.js';

const DAILY = getCheckInTemplate('daily-mood')!;
/** All four item kinds in one template. */
const ALL_KINDS: CheckInTemplate = {
  ...DAILY,
  id: 'all-kinds',
  items: [
    ...DAILY.items,
    {
      id: 'weighed',
      kind: 'choice',
      prompt: { en: 'What weighed on you?' },
      required: false,
      multiple: true,
      options: [
        { id: 'work', label: { en: 'Work' } },
        { id: 'sleep', label: { en: 'Sleep' } },
      ],
    },
  ],
};

async function mount(template: CheckInTemplate = DAILY, client = testClient()): Promise<IlCheckIn> {
  const el = await mountWithClient<IlCheckIn>(
    html`<il-check-in .template=${template}></il-check-in>`,
    client,
  );
  await el.whenResumed();
  return el;
}
function part(el: IlCheckIn, selector: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(selector)!;
}
function item(el: IlCheckIn, id: string): HTMLElement & { value: unknown; focus(): void } {
  return part(el, `[data-item="${id}"]`) as HTMLElement & { value: unknown };
}

describe('il-check-in', () => {
  const databases: string[] = [];
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await Promise.all(databases.splice(0).map((name) => indexedDB.deleteDatabase(name)));
  });

  it('renders a slider, a mood scale, choices and a short text from the template, and passes axe', async () => {
    const el = await mount(ALL_KINDS);
    expect(item(el, 'mood').localName).to.equal('il-rating-scale');
    expect(item(el, 'distress').localName).to.equal('il-slider');
    expect(item(el, 'weighed').localName).to.equal('il-choice-group');
    const textarea = part(el, 'textarea');
    expect(part(el, `label[for="${textarea.id}"]`).textContent).to.include('(optional)');
    const slider = item(el, 'distress').shadowRoot!.querySelector('[role="slider"]')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('Not answered yet');
    await expect(el).to.be.accessible();
  });

  it('is completed by keyboard alone, then shows the template’s micro-feedback', async () => {
    const client = testClient();
    const el = await mount(DAILY, client);
    const submits: IlSubmitEvent[] = [];
    el.addEventListener('il-submit', (event) => submits.push(event));
    el.focus();
    await tabUntil((active) => (active.getRootNode() as ShadowRoot).host === item(el, 'mood'));
    await press('ArrowRight'); // mood 2
    await tabUntil((active) => (active.getRootNode() as ShadowRoot).host === item(el, 'distress'));
    await press('End'); // distress 10
    await tabUntil((active) => active.localName === 'textarea');
    await press('O');
    await press('k');
    await tabUntil((active) => active.getAttribute('part') === 'submit');
    await press('Enter');
    await until(() => submits.length === 1);
    expect(submits[0]!.detail.submission.answers).to.deep.equal({ mood: 2, distress: 10, note: 'Ok' });
    const feedback = part(el, '[part="feedback"]');
    expect(feedback.textContent).to.include('That sounds like a lot to carry right now');
    await until(() => deepActive()?.classList.contains('title') === true);
    await transitionsDone();
    await expect(el).to.be.accessible();
  });

  it('focuses the first unanswered required question with a message', async () => {
    const client = testClient();
    const el = await mount(DAILY, client);
    item(el, 'mood').focus();
    await press('ArrowRight');
    part(el, '[part="submit"]').click();
    await until(() => part(el, '[part="error"]').textContent!.includes('How much distress'));
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(item(el, 'distress'));
    expect(await client.submissions.list()).to.have.length(0);
    await transitionsDone();
    await expect(el).to.be.accessible();
  });

  it('resumes every answer after a reload mid-check-in (IndexedDB)', async () => {
    const name = `check-in-${crypto.randomUUID()}`;
    databases.push(await partitionDatabaseName(name, { userId: 'c-1', role: 'client' }));
    const first = testClient({ store: idbStore({ name }) });
    const el = await mount(ALL_KINDS, first);
    item(el, 'mood').focus();
    await press('End');
    item(el, 'distress').focus();
    await press('Home');
    item(el, 'weighed').focus();
    await press(' ');
    part(el, 'textarea').focus();
    await press('H');
    await press('i');
    await first.drafts.flush();
    await first.close();
    el.remove();

    const second = testClient({ store: idbStore({ name }) });
    const again = await mount(ALL_KINDS, second);
    expect(again.answers).to.deep.equal({ mood: 5, distress: 0, weighed: ['work'], note: 'Hi' });
    expect(item(again, 'distress').value).to.equal(0);
    expect((part(again, 'textarea') as HTMLTextAreaElement).value).to.equal('Hi');
    await second.close();
  });

  it('offline: "Saved on this device", then "Synced" once back online', async () => {
    const transport = switchableTransport(memoryServer());
    transport.online = false;
    let clock = Date.parse('2026-03-10T20:00:00Z');
    const client = testClient({ transport, now: () => new Date(clock).toISOString() });
    const el = await mount(DAILY, client);
    item(el, 'mood').focus();
    await press('ArrowRight');
    item(el, 'distress').focus();
    await press(' ');
    part(el, '[part="submit"]').click();
    await until(() => el.shadowRoot!.querySelector('[part="done"]') !== null);
    await client.sync.syncNow();
    const status = () => part(el, '[part="sync-status"]').textContent!.trim();
    await until(() => status().startsWith('Saved on this device'));
    transport.online = true;
    clock += 15 * 60_000;
    await client.sync.syncNow();
    await until(() => status() === 'Synced');
  });

  it('renders every text field as text: payloads never run', async () => {
    const win = window as unknown as { __pwned?: number };
    delete win.__pwned;
    const [a, b, c] = PAYLOADS;
    const hostile: CheckInTemplate = {
      ...ALL_KINDS,
      title: { en: a },
      description: { en: b },
      items: ALL_KINDS.items.map((entry) => {
        const base = { ...entry, prompt: { en: c } };
        if (base.kind === 'slider') return { ...base, anchors: { low: { en: a }, high: { en: b } } };
        if (base.kind === 'mood') return { ...base, labels: base.labels.map(() => ({ en: a })) };
        if (base.kind === 'choice')
          return { ...base, options: base.options.map((o) => ({ ...o, label: { en: b } })) };
        return { ...base, placeholder: { en: a } };
      }),
      feedback: { rules: [], default: { en: c } },
    };
    const el = await mount(hostile);
    item(el, 'mood').focus();
    await press(' ');
    item(el, 'distress').focus();
    await press(' ');
    part(el, '[part="submit"]').click();
    await until(() => el.shadowRoot!.querySelector('[part="feedback"]') !== null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__pwned).to.equal(undefined);
    expect(part(el, '[part="feedback"]').textContent).to.include(c);
  });

  it('works at 320 px and in Arabic, right to left', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = testClient();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl">
        <il-provider .client=${client}><il-check-in .template=${DAILY}></il-check-in></il-provider>
      </div>`,
    );
    const el = wrapper.querySelector('il-check-in')!;
    await el.whenResumed();
    await until(() => part(el, '[part="submit"]').textContent!.trim() === 'حفظ التسجيل');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(wrapper).to.be.accessible();
  });

  it('shows the configuration notice without a client, and which path of a bad template is wrong', async () => {
    const bare = await fixture<IlCheckIn>(html`<il-check-in .template=${DAILY}></il-check-in>`);
    expect(bare.shadowRoot!.textContent).to.include('not connected');
    const bad = await mount({ ...DAILY, items: [] });
    expect(bad.shadowRoot!.textContent).to.include('items');
    await expect(bad).to.be.accessible();
  });
});
