import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FLAG_KINDS } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import {
  SAMPLE_CLIENTS,
  SAMPLE_DEFINITIONS,
  SAMPLE_NOW,
  sampleClinician,
  sampleFlags,
} from '../shared/testing/clinician-samples.js';
import type { IlClientOpenEvent } from '../shared/events/client-open.js';
import type { IlFlagAcknowledgeEvent } from '../shared/events/flag-acknowledge.js';
import type { IlFlagSnoozeEvent } from '../shared/events/flag-snooze.js';
import './define.js';
import type { IlReviewQueue } from './review-queue.js';

async function mountQueue(client = undefined as Awaited<ReturnType<typeof sampleClinician>> | undefined) {
  const queue = await mountWithClient<IlReviewQueue>(
    html`<il-review-queue .clientNames=${SAMPLE_CLIENTS}></il-review-queue>`,
    client ?? (await sampleClinician()),
  );
  await queue.settled();
  return queue;
}

const rows = (queue: IlReviewQueue) => [
  ...queue.shadowRoot!.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]'),
];
const rowText = (queue: IlReviewQueue) =>
  rows(queue).map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const focused = (queue: IlReviewQueue) => queue.shadowRoot!.activeElement as HTMLElement | null;
const cellOf = (element: Element | null) => element?.closest<HTMLElement>('[role="gridcell"]');

async function press(queue: IlReviewQueue, key: string) {
  await sendKeys({ press: key });
  await queue.updateComplete;
}

/** Waits until the element has re-read after a write (the change feed coalesces for 16 ms). */
async function reread(queue: IlReviewQueue, predicate: () => boolean) {
  for (let attempt = 0; attempt < 100 && !predicate(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await queue.settled();
  }
}

describe('il-review-queue', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every kind of flag the engine raised, urgent first, with names, numbers and dates; axe clean', async () => {
    const queue = await mountQueue();
    await expect(queue).to.be.accessible();
    const grid = queue.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Review queue');
    const text = rowText(queue);
    expect(text[0])
      .to.include('Amira Haddad')
      .and.include('Urgent')
      .and.include('PHQ-9 item 9 answered 2 on');
    expect(
      text.some(
        (row) =>
          row.includes('Jonas Becker') &&
          row.includes('PHQ-9') &&
          row.includes('up from a baseline of') &&
          row.includes('is reliable'),
      ),
    ).to.equal(true);
    expect(text.some((row) => row.includes('Priya Raman') && row.includes('Distress 9'))).to.equal(true);
    expect(text.some((row) => row.includes('Tom Okafor') && row.includes('Nothing completed for'))).to.equal(
      true,
    );
    expect(
      text.some((row) => row.includes('Mateo García') && row.includes('3 new exercises within 7 days')),
    ).to.equal(true);
    expect(text.some((row) => row.includes('Lena Fischer') && row.includes('completed'))).to.equal(true);
    // Severity order: urgent, then attention, then info.
    const severities = rows(queue).map((row) => row.className.match(/severity-(\w+)/)?.[1]);
    expect(severities).to.deep.equal([...severities].sort((a, b) => order(a) - order(b)));
    // Every kind shows up in the kind filter's counts.
    const labels = [...queue.shadowRoot!.querySelectorAll('.filters label')].map((label) =>
      label.textContent!.trim(),
    );
    for (const label of [
      'Risk (1)',
      'Deterioration (2)',
      'Mood shift (2)',
      'Not engaging (1)',
      'Overload (1)',
    ]) {
      expect(labels, label).to.include(label);
    }
    // Evidence: values with their dates, as core's describeFlag says them.
    expect(text.join('\n')).to.match(/PHQ-9 [^\n]*17 \([^)]*Mar 23/);
    expect(FLAG_KINDS).to.have.length(6);
  });

  it('acknowledges a flag: stored on the device, the event fires, the queue re-orders and focus stays in place', async () => {
    const client = await sampleClinician();
    const queue = await mountQueue(client);
    const before = rows(queue).length;
    const second = rows(queue)[1]!;
    const name = second.querySelector('.client')!.textContent!.trim();
    const button = second.querySelector<HTMLButtonElement>('.acknowledge button')!;
    expect(button.getAttribute('aria-label')).to.equal(`Acknowledge flag for ${name}`);
    button.focus();
    const event = oneEvent(queue, 'il-flag-acknowledge') as Promise<IlFlagAcknowledgeEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.acknowledgement.acknowledgedAt).to.equal(SAMPLE_NOW);
    const stored = (await client.flags.forCaseload()).find((flag) => flag.id === detail.flag.id);
    expect(stored?.acknowledgedAt).to.equal(SAMPLE_NOW);
    await reread(queue, () => rows(queue).length === before - 1);
    expect(rows(queue)).to.have.length(before - 1);
    expect(queue.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.include(
      `Acknowledged the flag for ${name}`,
    );
    // Focus moved to the row that took its place, in the same column.
    expect(cellOf(focused(queue))?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('3');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('3');
    // The acknowledged view lists it with its date.
    queue.view = 'acknowledged';
    await queue.updateComplete;
    expect(rowText(queue)[0]).to.include(name).and.include('Acknowledged Mon, Mar 30');
    await expect(queue).to.be.accessible();
  });

  it('snoozes a flag until a chosen date through a dialog, by keyboard; it leaves the queue and shows as snoozed', async () => {
    const client = await sampleClinician();
    const queue = await mountQueue(client);
    const row = rows(queue).find((candidate) => candidate.textContent!.includes('Tom Okafor'))!;
    const snooze = row.querySelector<HTMLButtonElement>('.snooze button')!;
    snooze.focus();
    await sendKeys({ press: 'Enter' });
    await queue.updateComplete;
    const dialog = queue.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.include('Snooze the flag for Tom Okafor');
    const date = dialog.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(focused(queue)).to.equal(date);
    expect(date.min).to.equal('2026-03-31');
    expect(date.value).to.equal('2026-04-06');
    await expect(queue).to.be.accessible();
    date.value = '2026-04-13';
    const event = oneEvent(queue, 'il-flag-snooze') as Promise<IlFlagSnoozeEvent>;
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await event;
    expect(detail.snooze.snoozedUntil).to.equal('2026-04-13T00:00:00+02:00');
    expect(detail.flag.clientId).to.equal('c-quiet');
    await reread(queue, () => !rowText(queue).some((text) => text.includes('Tom Okafor')));
    expect(rowText(queue).some((text) => text.includes('Tom Okafor'))).to.equal(false);
    expect(queue.shadowRoot!.querySelector('[aria-live]')!.textContent).to.include('until Mon, Apr 13, 2026');
    queue.view = 'snoozed';
    await queue.updateComplete;
    expect(rowText(queue)).to.have.length(1);
    expect(rowText(queue)[0]).to.include('Tom Okafor').and.include('Until Mon, Apr 13');
    // On that day it is back by itself.
    const later = (await client.flags.forCaseload({ now: '2026-04-13T00:00:00+02:00' })).find(
      (flag) => flag.id === detail.flag.id,
    );
    expect(later?.snoozedUntil).to.equal(undefined);
  });

  it('cancels a snooze with Escape and returns focus to the button; an urgent flag offers no snooze', async () => {
    const queue = await mountQueue();
    const first = rows(queue)[0]!;
    expect(first.querySelector('.snooze button')).to.equal(null);
    expect(first.querySelector('.snooze')!.textContent).to.include('cannot be snoozed');
    const button = rows(queue)[1]!.querySelector<HTMLButtonElement>('.snooze button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await queue.updateComplete;
    expect(queue.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await queue.updateComplete;
    await queue.updateComplete;
    expect(queue.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(focused(queue)).to.equal(rows(queue)[1]!.querySelector('.snooze button'));
  });

  it('moves through the grid with the APG keys, one tab stop, arrows flipped in RTL', async () => {
    const queue = await mountQueue();
    const tabStops = [...queue.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')];
    expect(tabStops).to.have.length(1);
    queue.focus();
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('0');
    await press(queue, 'ArrowRight');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('1');
    await press(queue, 'ArrowDown');
    expect(cellOf(focused(queue))?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('3');
    await press(queue, 'End');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('4');
    await press(queue, 'Home');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('0');
    await sendKeys({ down: 'Control' });
    await press(queue, 'End');
    await sendKeys({ up: 'Control' });
    expect(cellOf(focused(queue))?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal(
      String(rows(queue).length + 1),
    );
    await press(queue, 'PageUp');
    expect(cellOf(focused(queue))?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal(
      String(rows(queue).length + 1 - 10),
    );
    expect([...queue.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')]).to.have.length(1);
    // Enter on the client cell opens the client.
    await press(queue, 'Home');
    const opened = oneEvent(queue, 'il-client-open') as Promise<IlClientOpenEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.clientId).to.match(/^c-/);

    queue.parentElement!.setAttribute('dir', 'rtl');
    await queue.updateComplete;
    queue.focus();
    await press(queue, 'ArrowLeft');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('1');
    await press(queue, 'ArrowRight');
    expect(cellOf(focused(queue))?.dataset['col']).to.equal('0');
  });

  it('filters by view, kind and clinician, counting each', async () => {
    const queue = await mountQueue();
    const kind = [...queue.shadowRoot!.querySelectorAll<HTMLLabelElement>('.filters label')].find((label) =>
      label.textContent!.includes('Deterioration'),
    )!;
    kind.querySelector('input')!.click();
    await queue.updateComplete;
    expect(queue.kinds).to.deep.equal(['deterioration']);
    expect(rowText(queue)).to.have.length(2);
    expect(queue.shadowRoot!.querySelector('.summary')!.textContent).to.include('2 shown');
    queue.kinds = [];
    queue.clinicianId = 't-9';
    await queue.updateComplete;
    expect(queue.shadowRoot!.querySelector('.empty')!.textContent).to.include('Nothing needs your review');
    await expect(queue).to.be.accessible();
  });

  it('says so when the caseload is empty, and when no client is connected', async () => {
    const empty = await mountQueue(testClient({ role: 'clinician', id: 't-1', now: () => SAMPLE_NOW }));
    expect(empty.shadowRoot!.querySelector('.empty')!.textContent).to.include(
      'No clients in the caseload yet',
    );
    await expect(empty).to.be.accessible();
    const lonely = await fixture<IlReviewQueue>(html`<il-review-queue></il-review-queue>`);
    expect(lonely.shadowRoot!.querySelector('[part="configuration-notice"]')).to.not.equal(null);
  });

  it('renders 1,000 clients through a window of rows, and keyboard focus reaches the last row', async () => {
    const { flags, names, assignments } = sampleFlags(1000);
    const queue = await fixture<IlReviewQueue>(
      html`<il-review-queue
        .flags=${flags}
        .clientNames=${names}
        .assignments=${assignments}
        .definitions=${SAMPLE_DEFINITIONS}
      ></il-review-queue>`,
    );
    await queue.updateComplete;
    const grid = queue.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(flags.length + 1));
    expect(rows(queue).length).to.be.below(80);
    await expect(queue).to.be.accessible();
    queue.focus();
    await sendKeys({ down: 'Control' });
    await press(queue, 'End');
    await sendKeys({ up: 'Control' });
    await queue.updateComplete;
    const row = cellOf(focused(queue))?.closest('[role="row"]');
    expect(row?.getAttribute('aria-rowindex')).to.equal(String(flags.length + 1));
    expect(rows(queue).length).to.be.below(80);
    // Vendor-supplied flags without a store client: read only.
    expect(queue.shadowRoot!.querySelector('.acknowledge button')).to.equal(null);
  });

  it('speaks German and Arabic', async () => {
    const client = await sampleClinician(['c-risk']);
    const de = await mountWithClient<IlReviewQueue>(
      html`<il-review-queue lang="de" .clientNames=${SAMPLE_CLIENTS}></il-review-queue>`,
      client,
    );
    await de.settled();
    // German loads on first use (the element strings and core's sentences, each by import()).
    await reread(de, () => /Dringend[\s\S]*mit 2 beantwortet/.test(de.shadowRoot!.textContent!));
    expect(de.shadowRoot!.textContent)
      .to.include('Dringend')
      .and.include('Gesehen')
      .and.include('mit 2 beantwortet');
    const ar = await mountWithClient<IlReviewQueue>(
      html`<div dir="rtl" lang="ar"><il-review-queue .clientNames=${SAMPLE_CLIENTS}></il-review-queue></div>`,
      client,
    );
    const inner = (ar as unknown as HTMLElement).querySelector('il-review-queue') as IlReviewQueue;
    await inner.settled();
    await reread(inner, () => /عاجل[\s\S]*أُجيب بـ/.test(inner.shadowRoot!.textContent!));
    expect(inner.shadowRoot!.textContent).to.include('عاجل').and.include('أُجيب بـ');
    expect(inner.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    await expect(inner).to.be.accessible();
  });
});

function order(severity: string | undefined): number {
  return ['urgent', 'attention', 'info'].indexOf(severity ?? '');
}
