// The clinician bench's page: il-review-queue over 1,000 clients' flags (first render, and the
// re-order after the top flag is acknowledged), and il-session-prep for one client with a year of
// data on an in-memory store. Each time runs to the end of the frame that shows the result (a
// message posted from requestAnimationFrame runs after that paint).
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import type { Assignment, Flag, MeasureDefinition, Submission } from '@interlude/core';
import { createInterlude, memoryStore } from '@interlude/store';
import '../../packages/elements/src/provider/define.js';
import '../../packages/elements/src/review-queue/define.js';
import '../../packages/elements/src/session-prep/define.js';
import type { IlReviewQueue } from '../../packages/elements/src/review-queue/review-queue.js';
import type { IlSessionPrep } from '../../packages/elements/src/session-prep/session-prep.js';
import {
  SAMPLE_DEFINITIONS,
  sampleFlags,
} from '../../packages/elements/src/shared/testing/clinician-samples.js';

const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** First render of 1,000 clients (about 2,000 flags), then acknowledging the top one. */
async function reviewQueue(
  clients: number,
): Promise<{ firstMs: number; reorderMs: number; rendered: number }> {
  const { flags, names, assignments } = sampleFlags(clients);
  const queue = document.createElement('il-review-queue') as IlReviewQueue;
  queue.clientNames = names;
  queue.assignments = assignments;
  queue.definitions = SAMPLE_DEFINITIONS;
  const start = performance.now();
  queue.flags = flags;
  document.body.append(queue);
  await queue.updateComplete;
  await afterPaint();
  const firstMs = performance.now() - start;
  // What the element does when the store's change feed brings the acknowledged flag back:
  // order the caseload again and render the window.
  const top = queue
    .shadowRoot!.querySelector('[role="row"][data-index="0"]')!
    .getAttribute('data-virtual-key');
  const next: Flag[] = flags.map((flag) =>
    flag.id === top ? { ...flag, acknowledgedAt: '2026-03-30T09:00:00+02:00' } : flag,
  );
  const again = performance.now();
  queue.flags = next;
  await queue.updateComplete;
  await afterPaint();
  const reorderMs = performance.now() - again;
  const rendered = queue.shadowRoot!.querySelectorAll('[role="rowgroup"].body [role="row"]').length;
  if (
    queue.shadowRoot!.querySelector('[role="row"][data-index="0"]')!.getAttribute('data-virtual-key') === top
  ) {
    throw new Error('the acknowledged flag is still on top');
  }
  queue.remove();
  return { firstMs, reorderMs, rendered };
}

const ZONE = 'Europe/Berlin';
const NOW = '2026-03-30T09:00:00+02:00';

/** One client's year: a daily check-in, weekly PHQ-9 and GAD-7, on a clinician's in-memory store. */
async function yearOfData() {
  const dailyMood = getCheckInTemplate('daily-mood')!;
  const phq9 = getMeasure('phq-9') as MeasureDefinition;
  const gad7 = getMeasure('gad-7') as MeasureDefinition;
  const client = createInterlude({
    user: { id: 't-1', role: 'clinician', timeZone: ZONE },
    store: memoryStore(),
    now: () => NOW,
    sync: { autoStart: false },
  });
  await client.definitions.put(dailyMood, phq9, gad7);
  const day = (offset: number) =>
    new Date(Date.parse('2026-03-30T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
  const ref = (d: { kind: string; id: string; version: string }) =>
    ({ kind: d.kind, id: d.id, version: d.version }) as Assignment['activity'];
  const assignment = (
    id: string,
    d: typeof dailyMood | MeasureDefinition,
    periodUnit: 'd' | 'wk',
  ): Assignment => ({
    id,
    clientId: 'c-1',
    clinicianId: 't-1',
    activity: ref(d),
    status: 'active',
    createdAt: `${day(-366)}T08:00:00+01:00`,
    schedule: {
      kind: 'repeat',
      timeZone: ZONE,
      repeat: {
        periodUnit,
        ...(periodUnit === 'wk' ? { dayOfWeek: ['mon' as const] } : {}),
        timeOfDay: ['09:00'],
        boundsPeriod: { start: day(-365) },
      },
    },
  });
  const assignments = [
    assignment('mood', dailyMood, 'd'),
    assignment('phq', phq9, 'wk'),
    assignment('gad', gad7, 'wk'),
  ];
  for (const a of assignments) await client.assignments.put(a);
  let n = 0;
  const save = (
    a: Assignment,
    offset: number,
    answers: Submission['answers'],
    definition?: MeasureDefinition,
  ) =>
    client.submissions.save(
      {
        id: `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
        assignmentId: a.id,
        occurrenceId: `${a.id}@${day(offset)}T09:00`,
        clientId: 'c-1',
        activity: a.activity,
        answers,
        startedAt: `${day(offset)}T09:20:00+01:00`,
        submittedAt: `${day(offset)}T09:20:00+01:00`,
        timeZone: ZONE,
        status: 'completed',
      },
      definition ? { definition } : {},
    );
  const fill = (items: readonly { id: string }[], total: number) =>
    Object.fromEntries(
      items.map((item, i) => [
        item.id,
        Math.max(0, Math.min(3, Math.round(total / items.length + ((i % 3) - 1) * 0.4))),
      ]),
    );
  for (let offset = -365; offset < 0; offset += 1) {
    if (offset % 7 !== 3)
      await save(assignments[0]!, offset, {
        mood: 2 + (offset % 3 === 0 ? 1 : 0),
        distress: 5 + (offset % 4),
        ...(offset % 30 === 0 ? { note: 'A hard week at work.' } : {}),
      });
    if ((offset + 365) % 7 === 0) {
      const total = 18 - Math.round(((offset + 365) / 365) * 9);
      await save(assignments[1]!, offset, fill(phq9.items, total), phq9);
      await save(assignments[2]!, offset, fill(gad7.items, Math.round(total * 0.75)), gad7);
    }
  }
  return { client, submissions: n };
}

/** il-session-prep for that client since a week ago: from setting it up to the painted sections. */
async function sessionPrep(client: Awaited<ReturnType<typeof yearOfData>>['client']): Promise<number> {
  const provider = document.createElement('il-provider') as HTMLElement & { client: unknown };
  provider.client = client;
  document.body.append(provider);
  await (provider as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const prep = document.createElement('il-session-prep') as IlSessionPrep;
  const start = performance.now();
  prep.clientId = 'c-1';
  prep.since = '2026-03-23T00:00:00+01:00';
  provider.append(prep);
  await prep.settled();
  await afterPaint();
  const ms = performance.now() - start;
  if (prep.shadowRoot!.querySelectorAll('section').length !== 7)
    throw new Error('the session prep did not render');
  provider.remove();
  return ms;
}

declare global {
  interface Window {
    runReviewQueueSample(clients: number): ReturnType<typeof reviewQueue>;
    runClinicianSample(): Promise<{
      queue: Awaited<ReturnType<typeof reviewQueue>>;
      prepMs: number;
      submissions: number;
    }>;
  }
}

window.runReviewQueueSample = reviewQueue;
window.runClinicianSample = async () => {
  const queue = await reviewQueue(1000);
  const { client, submissions } = await yearOfData();
  const prepMs = await sessionPrep(client);
  return { queue, prepMs, submissions };
};
