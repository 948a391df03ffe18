import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { getMeasure } from '@interlude/content';
import type { MeasureDefinition } from '@interlude/core';
import { idbStore, memoryServer, partitionDatabaseName, type Interlude } from '@interlude/store';
import type { IlCrisisShownEvent } from '../shared/events/crisis-shown.js';
import type { IlSubmitEvent } from '../shared/events/submit.js';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import {
  PAYLOADS,
  accessibleName,
  deepActive,
  press,
  tabUntil,
  until,
} from '../shared/testing/interaction.js';
import { switchableTransport } from '../shared/testing/transports.js';
import './define.js';
import type { IlMeasureForm } from './measure-form.js';

const PHQ9 = getMeasure('phq-9')!;
const GAD7 = getMeasure('gad-7')!;

/** The questions (each `part="item"`: its text and a radio group of native radio buttons). */
function groups(form: IlMeasureForm): HTMLElement[] {
  return [...form.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}
function group(form: IlMeasureForm, itemId: string): HTMLElement {
  return form.shadowRoot!.querySelector<HTMLElement>(`[part="item"][data-item="${itemId}"]`)!;
}
function radiogroup(form: IlMeasureForm, itemId: string): HTMLElement {
  return group(form, itemId).querySelector<HTMLElement>('[role="radiogroup"]')!;
}
/** The chosen option's value in question `itemId`, or null. */
function chosen(form: IlMeasureForm, itemId: string): string | null {
  return group(form, itemId).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null;
}
function crisis(form: IlMeasureForm): HTMLElement | null {
  return form.shadowRoot!.querySelector<HTMLElement>('[part="crisis"]');
}

/** Focuses item `itemId`'s radio group and moves to `value` with the arrow keys (options start at 0). */
async function answerByKeyboard(form: IlMeasureForm, itemId: string, value: number): Promise<void> {
  const target = group(form, itemId);
  // Where Tab lands in a native radio group: the chosen radio, or the first.
  (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector('input'))!.focus();
  if (value === 0) await press(' ');
  for (let i = 0; i < value; i += 1) await press('ArrowDown');
  await form.updateComplete;
}

/**
 * Makes `client`'s draft reads start at once but deliver only after `release()`, as a slow
 * device would; `resume` is the original read.
 */
function holdDraftReads(client: Interlude): { release: () => void; resume: Interlude['drafts']['resume'] } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const resume = client.drafts.resume;
  client.drafts.resume = (draftKey) => {
    const read = resume(draftKey);
    return released.then(() => read);
  };
  return { release, resume };
}

async function mountForm(
  definition: MeasureDefinition = PHQ9,
  client = testClient(),
  attributes = html``,
): Promise<IlMeasureForm> {
  const form = await mountWithClient<IlMeasureForm>(
    html`<il-measure-form .definition=${definition}>${attributes}</il-measure-form>`,
    client,
  );
  await form.whenResumed();
  return form;
}

describe('il-measure-form', () => {
  const databases: string[] = [];
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await Promise.all(databases.splice(0).map((name) => indexedDB.deleteDatabase(name)));
  });

  describe('rendering and accessibility', () => {
    it('shows the instrument’s exact wording, recall period and options, all items on one page, and passes axe', async () => {
      const form = await mountForm();
      const text = form.shadowRoot!.textContent!;
      expect(text).to.include('Over the last 2 weeks, how often have you been bothered');
      expect(groups(form)).to.have.length(10); // 9 items + the difficulty question
      expect(accessibleName(radiogroup(form, 'phq9-9'))).to.equal(
        '9. Thoughts that you would be better off dead or of hurting yourself in some way',
      );
      const radios = [
        ...radiogroup(form, 'phq9-1').querySelectorAll<HTMLInputElement>('input[type="radio"]'),
      ];
      expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).to.deep.equal([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
      // One native group per question: the browser's one tab stop and arrow keys.
      expect(new Set(radios.map((radio) => radio.name))).to.deep.equal(new Set(['phq9-1']));
      expect(text).to.include(PHQ9.licence.copyright);
      expect(accessibleName(radiogroup(form, 'phq9-1'))).to.equal(
        '1. Little interest or pleasure in doing things',
      );
      await expect(form).to.be.accessible();
    });

    it('shows the configuration notice without a client', async () => {
      const form = await fixture<IlMeasureForm>(
        html`<il-measure-form .definition=${PHQ9}></il-measure-form>`,
      );
      const notice = form.shadowRoot!.querySelector('[role="alert"]')!;
      expect(notice.textContent).to.include('not connected');
      await expect(form).to.be.accessible();
    });

    it('says which path of an invalid definition is wrong, without echoing values', async () => {
      const broken = { ...PHQ9, items: [{ ...PHQ9.items[0]!, options: [] }], version: 'v<b>1</b>' };
      const form = await mountForm(broken as unknown as MeasureDefinition);
      const notice = form.shadowRoot!.querySelector('[part="configuration-notice"]')!;
      expect(notice.textContent).to.include('version');
      expect(notice.textContent).to.include('items[0].options');
      expect(notice.textContent).not.to.include('<b>');
      await expect(form).to.be.accessible();
    });

    it('refuses an instrument the declared licensing does not allow, naming the licence', async () => {
      const core10 = getMeasure('core-10')!;
      const client = testClient(); // createInterlude's default: commercial use, no permissions
      const form = await mountForm(core10, client);
      const notice = form.shadowRoot!.querySelector('[part="configuration-notice"]')!;
      expect(notice.textContent).to.include('cannot be offered here');
      expect(notice.textContent).to.include(core10.licence.id);
      expect(form.shadowRoot!.querySelector('[role="radiogroup"], input')).to.equal(null);
      await expect(form).to.be.accessible();
    });

    it('renders every text field of a definition as text: script and markup payloads never run', async () => {
      const win = window as unknown as { __pwned?: number };
      delete win.__pwned;
      const [a, b, c] = PAYLOADS;
      const hostile: MeasureDefinition = {
        ...PHQ9,
        title: { en: a },
        description: { en: b },
        instructions: { en: c },
        items: PHQ9.items.map((item) => ({
          ...item,
          text: { en: a },
          options: item.options.map((option) => ({ ...option, label: { en: b } })),
        })),
        supplementaryItems: [],
        licence: { ...PHQ9.licence, copyright: c },
      };
      const form = await mountForm(hostile);
      await answerByKeyboard(form, 'phq9-9', 2); // the crisis panel renders too
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.__pwned).to.equal(undefined);
      expect(form.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
      expect(form.shadowRoot!.textContent).to.include(a);
    });

    it('works at 320 px: nothing scrolls sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const form = await mountForm();
      expect(form.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('speaks German and lays out right to left in Arabic', async () => {
      const client = testClient();
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl">
          <il-provider .client=${client}><il-measure-form .definition=${PHQ9}></il-measure-form></il-provider>
        </div>`,
      );
      const form = wrapper.querySelector('il-measure-form')!;
      await form.whenResumed();
      await until(
        () => form.shadowRoot!.querySelector('[part="submit"]')?.textContent?.trim() === 'إرسال الإجابات',
      );
      expect(form.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
      // Right to left, ArrowLeft moves on to the next answer (the APG keys, flipped).
      group(form, 'phq9-1').querySelector('input')!.focus();
      await press(' ');
      await press('ArrowLeft');
      await form.updateComplete;
      expect(form.answers['phq9-1']).to.equal(1);
      await press('ArrowRight');
      await form.updateComplete;
      expect(form.answers['phq9-1']).to.equal(0);
      await expect(wrapper).to.be.accessible();
      wrapper.setAttribute('lang', 'de');
      await until(
        () => form.shadowRoot!.querySelector('[part="submit"]')?.textContent?.trim() === 'Antworten absenden',
      );
    });
  });

  describe('keyboard, drafts and submit', () => {
    it('is completed by keyboard alone and saves the score from core', async () => {
      const client = testClient();
      const form = await mountForm(PHQ9, client);
      const submits: IlSubmitEvent[] = [];
      form.addEventListener('il-submit', (event) => submits.push(event));
      // Tab into the first group, answer with arrows, Tab on to the next: a keyboard-only run.
      form.focus();
      const answers = [1, 2, 0, 1, 3, 0, 1, 2, 0];
      for (const [index, value] of answers.entries()) {
        const item = `phq9-${index + 1}`;
        await tabUntil(
          (el) => el.matches('input[type="radio"]') && el.closest('[part="item"]') === group(form, item),
        );
        if (value === 0) await press(' ');
        for (let i = 0; i < value; i += 1) await press('ArrowDown');
      }
      await form.updateComplete;
      expect(form.answers).to.deep.include({ 'phq9-1': 1, 'phq9-5': 3, 'phq9-9': 0 });
      await tabUntil((el) => el.getAttribute('part') === 'submit');
      await press('Enter');
      await until(() => submits.length === 1);
      expect(submits[0]!.detail.score?.total).to.equal(10);
      expect(submits[0]!.detail.score?.band).to.equal('moderate');
      // Focus moves to the thank-you heading.
      await until(() => deepActive()?.classList.contains('title') === true);
      const saved = await client.submissions.list({ kind: 'measure' });
      expect(saved).to.have.length(1);
      expect(await client.submissions.score(saved[0]!.id)).to.include({ total: 10, band: 'moderate' });
      await expect(form).to.be.accessible();
    });

    it('shows the score only with show-score', async () => {
      const form = await mountForm(GAD7);
      for (const item of GAD7.items) await answerByKeyboard(form, item.id, 2);
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => form.shadowRoot!.querySelector('[part="done"]') !== null);
      expect(form.shadowRoot!.textContent).not.to.include('Your score');

      const shown = await mountWithClient<IlMeasureForm>(
        html`<il-measure-form show-score .definition=${GAD7}></il-measure-form>`,
        testClient(),
      );
      await shown.whenResumed();
      for (const item of GAD7.items) await answerByKeyboard(shown, item.id, 2);
      shown.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => shown.shadowRoot!.querySelector('[part="done"]') !== null);
      expect(shown.shadowRoot!.querySelector('.score')!.textContent).to.equal(
        'Your score: 14 of 21 (Moderate)',
      );
    });

    it('enforces the missing-item rule: focus goes to the first unanswered question with a message', async () => {
      const client = testClient();
      const form = await mountForm(PHQ9, client);
      // PHQ-9 allows 2 missing items (prorated); leave 3 out.
      for (const index of [1, 2, 3, 4, 5, 6]) await answerByKeyboard(form, `phq9-${index}`, 1);
      const button = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
      button.click();
      await until(() => (form.shadowRoot!.querySelector('[part="error"]')!.textContent ?? '').length > 0);
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('question 7');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(deepActive()?.closest('[part="item"]')).to.equal(group(form, 'phq9-7'));
      expect(radiogroup(form, 'phq9-7').getAttribute('aria-invalid')).to.equal('true');
      const describedBy = radiogroup(form, 'phq9-7').getAttribute('aria-describedby')!;
      expect(form.shadowRoot!.getElementById(describedBy)!.textContent).to.include('not answered');
      expect(await client.submissions.list()).to.have.length(0);
      await expect(form).to.be.accessible();
      // Two missing is within the rule: it saves, prorated.
      await answerByKeyboard(form, 'phq9-7', 1);
      button.click();
      await until(() => form.shadowRoot!.querySelector('[part="done"]') !== null);
      const [saved] = await client.submissions.list();
      expect((await client.submissions.score(saved!.id))?.prorated).to.equal(true);
    });

    it('resumes every answer after a reload mid-questionnaire (IndexedDB)', async () => {
      const name = `measure-${crypto.randomUUID()}`;
      databases.push(await partitionDatabaseName(name, { userId: 'c-1', role: 'client' }));
      const first = testClient({ store: idbStore({ name }) });
      const form = await mountForm(PHQ9, first);
      await answerByKeyboard(form, 'phq9-1', 2);
      await answerByKeyboard(form, 'phq9-4', 3);
      await answerByKeyboard(form, 'phq9-difficulty', 1);
      await first.drafts.flush();
      await first.close();
      form.remove();

      const second = testClient({ store: idbStore({ name }) });
      const again = await mountForm(PHQ9, second);
      expect(again.answers).to.deep.equal({ 'phq9-1': 2, 'phq9-4': 3, 'phq9-difficulty': 1 });
      expect(chosen(again, 'phq9-4')).to.equal('3');
      expect(chosen(again, 'phq9-2')).to.equal(null);
      // The chosen answer carries part `checked` (and only it).
      const checkedParts = [...group(again, 'phq9-4').querySelectorAll('[part~="checked"]')];
      expect(checkedParts.map((label) => label.querySelector('input')!.value)).to.deep.equal(['3']);
      expect(again.shadowRoot!.querySelector('[part="resumed"]')!.textContent).to.include('Welcome back');
      await expect(again).to.be.accessible();
      await second.close();
    });

    it('shows the questions while the draft is read; an answer given meanwhile wins over the draft’s', async () => {
      const client = testClient();
      const key = { activity: { kind: 'measure', id: 'phq-9' } } as const;
      const activity = { kind: 'measure', id: 'phq-9', version: PHQ9.version } as const;
      await client.drafts.update(key, { activity, answers: { 'phq9-1': 3, 'phq9-2': 1 } });
      await client.drafts.flush();
      // The stored draft is read at once (before the answer below is written) but arrives only
      // when released: the form must not let that older value overwrite the newer answer.
      const { release, resume } = holdDraftReads(client);
      const form = await mountWithClient<IlMeasureForm>(
        html`<il-measure-form .definition=${PHQ9}></il-measure-form>`,
        client,
      );
      expect(groups(form)).to.have.length(10);
      const enabled = form.shadowRoot!.querySelectorAll('input[type="radio"]:not([disabled])');
      expect(enabled).to.have.length(40);
      expect(form.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);

      group(form, 'phq9-1').querySelector<HTMLInputElement>('input[value="1"]')!.click();
      await answerByKeyboard(form, 'phq9-9', 1); // endorsed: the crisis panel shows at once
      expect(form.answers).to.deep.equal({ 'phq9-1': 1, 'phq9-9': 1 });
      expect(crisis(form)).not.to.equal(null);

      release();
      await form.whenResumed();
      expect(form.answers).to.deep.equal({ 'phq9-1': 1, 'phq9-2': 1, 'phq9-9': 1 });
      expect(chosen(form, 'phq9-1')).to.equal('1');
      expect(chosen(form, 'phq9-2')).to.equal('1');
      expect(chosen(form, 'phq9-9')).to.equal('1');
      expect(form.shadowRoot!.querySelector('[part="resumed"]')).not.to.equal(null);
      // What is stored agrees: the draft store merged the answers given onto the draft.
      await client.drafts.flush();
      expect((await resume(key))?.answers).to.deep.equal({ 'phq9-1': 1, 'phq9-2': 1, 'phq9-9': 1 });
      await until(() =>
        form.shadowRoot!.querySelector('[part="draft-status"]')!.textContent!.includes('Saved'),
      );
      await expect(form).to.be.accessible();
    });

    it('a submit pressed while the draft is read waits for it and sends the draft’s answers', async () => {
      const client = testClient();
      const answers = Object.fromEntries(PHQ9.items.map((item) => [item.id, 0]));
      await client.drafts.update(
        { activity: { kind: 'measure', id: 'phq-9' } },
        { activity: { kind: 'measure', id: 'phq-9', version: PHQ9.version }, answers },
      );
      await client.drafts.flush();
      const { release } = holdDraftReads(client);
      const form = await mountWithClient<IlMeasureForm>(
        html`<il-measure-form .definition=${PHQ9}></il-measure-form>`,
        client,
      );
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('');
      release();
      await until(() => form.shadowRoot!.querySelector('[part="done"]') !== null);
      const [saved] = await client.submissions.list();
      expect(saved!.answers).to.deep.equal(answers);
    });
  });

  describe('crisis path', () => {
    it('shows resources inside the form and fires il-crisis-shown the moment item 9 is endorsed, before submit', async () => {
      const form = await mountForm(PHQ9, testClient({ timeZone: 'Europe/London' }), html``);
      form.crisisRegion = 'GB';
      const shown: IlCrisisShownEvent[] = [];
      document.addEventListener('il-crisis-shown', (event) => shown.push(event), { once: true });
      expect(crisis(form)).to.equal(null);
      await answerByKeyboard(form, 'phq9-9', 0);
      expect(crisis(form)).to.equal(null);
      await press('ArrowDown'); // "Several days": endorsed
      await form.updateComplete;
      const panel = crisis(form)!;
      expect(panel).not.to.equal(null);
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(accessibleName(panel)).to.equal('You don’t have to face this alone');
      expect(panel.querySelector('[role="alert"]')!.textContent).to.include('reach out now');
      await until(() => shown.length === 1);
      expect(shown[0]!.detail.itemId).to.equal('phq9-9');
      expect(shown[0]!.detail.value).to.equal(1);
      expect(shown[0]!.detail.resources.region).to.equal('GB');
      expect(shown[0]!.composed && shown[0]!.bubbles).to.equal(true);
      const resources = panel.querySelector('il-crisis-resources')!;
      await resources.updateComplete;
      const calls = [...resources.shadowRoot!.querySelectorAll('a[part="call"]')].map((a) =>
        a.getAttribute('href'),
      );
      expect(calls).to.deep.equal(['tel:999', 'tel:116123']);
      await expect(form).to.be.accessible();
      // It never hides again in this run, even when the answer changes.
      await press('ArrowUp');
      await form.updateComplete;
      expect(crisis(form)).not.to.equal(null);
      expect(shown).to.have.length(1);
    });

    it('shows a vendor’s crisis slot instead of the list', async () => {
      const form = await mountForm(
        PHQ9,
        testClient(),
        html`<p slot="crisis">Call the clinic on-call line.</p>`,
      );
      await answerByKeyboard(form, 'phq9-9', 3);
      const slot = crisis(form)!.querySelector<HTMLSlotElement>('slot[name="crisis"]')!;
      expect(slot.assignedElements().map((el) => el.textContent)).to.deep.equal([
        'Call the clinic on-call line.',
      ]);
    });

    it('shows the vendor’s resources checked by the client, and the shipped default when they are invalid', async () => {
      const form = await mountForm(PHQ9, testClient({ timeZone: 'Europe/London' }));
      form.crisisRegion = 'GB';
      form.crisisResources = {
        region: 'GB',
        resources: [{ id: 'clinic', name: { en: 'Harbor Health on-call' }, phone: '020 7946 0000' }],
      };
      const shown: IlCrisisShownEvent[] = [];
      document.addEventListener('il-crisis-shown', (event) => shown.push(event), { once: true });
      await answerByKeyboard(form, 'phq9-9', 1);
      const calls = async (): Promise<string[]> => {
        const list = crisis(form)!.querySelector('il-crisis-resources')!;
        await list.updateComplete;
        return [...list.shadowRoot!.querySelectorAll('a[part="call"]')].map((a) => a.getAttribute('href')!);
      };
      expect(await calls()).to.deep.equal(['tel:02079460000']);
      await until(() => shown.length === 1);
      expect(shown[0]!.detail.resources.resources.map((resource) => resource.id)).to.deep.equal(['clinic']);
      // A number that is not one (e.g. a script URL) is never offered: the checked default instead.
      form.crisisResources = {
        region: 'GB',
        resources: [{ id: 'x', name: { en: 'X' }, phone: 'javascript:alert(1)' }],
      } as never;
      await form.updateComplete;
      expect(await calls()).to.deep.equal(['tel:999', 'tel:116123']);
    });

    it('shows it at once when an endorsed draft is resumed', async () => {
      const client = testClient();
      await client.drafts.update(
        { activity: { kind: 'measure', id: 'phq-9' } },
        { activity: { kind: 'measure', id: 'phq-9', version: PHQ9.version }, answers: { 'phq9-9': 2 } },
      );
      await client.drafts.flush();
      const shown: IlCrisisShownEvent[] = [];
      document.addEventListener('il-crisis-shown', (event) => shown.push(event), { once: true });
      const form = await mountForm(PHQ9, client);
      await form.updateComplete;
      expect(crisis(form)).not.to.equal(null);
      await until(() => shown.length === 1);
    });

    it('end to end: endorsed by keyboard, resources before submit, then the clinician’s urgent flag after sync', async () => {
      const server = memoryServer();
      const client = testClient({ transport: switchableTransport(server) });
      const clinician = testClient({ role: 'clinician', transport: switchableTransport(server) });
      const form = await mountForm(PHQ9, client);
      const order: string[] = [];
      form.addEventListener('il-crisis-shown', () => order.push('crisis'));
      form.addEventListener('il-submit', () => order.push('submit'));
      for (const item of PHQ9.items.slice(0, 8)) await answerByKeyboard(form, item.id, 1);
      await answerByKeyboard(form, 'phq9-9', 2);
      expect(crisis(form)).not.to.equal(null);
      await until(() => order.includes('crisis'));
      await tabUntil((el) => el.getAttribute('part') === 'submit');
      await press('Enter');
      await until(() => order.includes('submit'));
      expect(order).to.deep.equal(['crisis', 'submit']);
      // After submitting, the resources are still there.
      expect(crisis(form)).not.to.equal(null);

      await client.sync.syncNow();
      await clinician.sync.syncNow();
      const flags = await clinician.flags.forCaseload();
      const urgent = flags.filter((flag) => flag.kind === 'risk' && flag.severity === 'urgent');
      expect(urgent).to.have.length(1);
      expect(urgent[0]!.clientId).to.equal('c-1');
      expect(urgent[0]!.itemId).to.equal('phq9-9');
      await expect(form).to.be.accessible();
    });
  });

  describe('sync status', () => {
    it('offline: says "Saved on this device", then "Synced" once back online', async () => {
      const server = memoryServer();
      const transport = switchableTransport(server);
      transport.online = false;
      let clock = Date.parse('2026-03-10T12:00:00Z');
      const client = testClient({ transport, now: () => new Date(clock).toISOString() });
      const form = await mountForm(GAD7, client);
      for (const item of GAD7.items) await answerByKeyboard(form, item.id, 0);
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => form.shadowRoot!.querySelector('[part="done"]') !== null);
      await client.sync.syncNow();
      const status = () => form.shadowRoot!.querySelector('.sync-status')!.textContent!.trim();
      await until(() => status().startsWith('Saved on this device'));
      transport.online = true;
      // Back online a while later, after the retry backoff (the client's clock is injected).
      clock += 15 * 60_000;
      await client.sync.syncNow();
      await until(() => status() === 'Synced');
      expect(server.all('submissions')).to.have.length(1);
    });
  });
});
