/**
 * A client with a clinician's assignments, delivered the real way: the clinician stores
 * definitions and assignments, both sync through an in-memory server, the client pulls them.
 * For tests and stories of the elements that read assignments (`il-today`,
 * `il-reminder-settings`). Not shipped.
 *
 * @module
 */
import { getCheckInTemplate, getExercise, getMeasure } from '@interlude/content';
import type { Assignment } from '@interlude/core';
import { memoryServer, memoryTransport, type Interlude } from '@interlude/store';
import { testClient } from './test-client.js';

/** The moment the seeded week is seen from: Tuesday 10 March 2026, 12:00 in London. */
export const SEED_NOW = '2026-03-10T12:00:00Z';

const base = {
  clientId: 'c-1',
  clinicianId: 't-1',
  status: 'active',
  createdAt: '2026-03-07T09:00:00Z',
} as const;
const london = 'Europe/London';

/** A daily check-in (any time of day), a PHQ-9 due Thursday evening, an exercise due tonight. */
export function seedAssignments(
  note = 'Noticing your mood each day helps us see what changes it.',
): Assignment[] {
  const daily = getCheckInTemplate('daily-mood')!;
  const phq9 = getMeasure('phq-9')!;
  const exercise = getExercise('act-values-card-sort')!;
  return [
    {
      ...base,
      id: 'a-daily',
      activity: { kind: 'check-in', id: daily.id, version: daily.version },
      note,
      schedule: {
        kind: 'repeat',
        timeZone: london,
        repeat: { periodUnit: 'd', boundsPeriod: { start: '2026-03-08' } },
      },
    },
    {
      ...base,
      id: 'a-phq9',
      activity: { kind: 'measure', id: phq9.id, version: phq9.version },
      note: 'So we can see together how the last two weeks went.',
      schedule: { kind: 'once', timeZone: london, due: '2026-03-12T18:00' },
    },
    {
      ...base,
      id: 'a-values',
      activity: { kind: 'exercise', id: exercise.id, version: exercise.version },
      note: 'We talked about what matters to you; this helps put it into words.',
      schedule: { kind: 'once', timeZone: london, due: '2026-03-10T19:00' },
    },
  ];
}

/** A client (`c-1`, London, clock at `now`) whose partition holds the seeded assignments. */
export async function seededClient(
  options: { now?: () => string; assignments?: Assignment[] } = {},
): Promise<Interlude> {
  const now = options.now ?? (() => SEED_NOW);
  const server = memoryServer();
  const clinician = testClient({ role: 'clinician', transport: memoryTransport({ server }), now });
  await clinician.definitions.put(
    getCheckInTemplate('daily-mood')!,
    getMeasure('phq-9')!,
    getExercise('act-values-card-sort')!,
  );
  for (const assignment of options.assignments ?? seedAssignments())
    await clinician.assignments.put(assignment);
  await clinician.sync.syncNow();
  await clinician.close();
  const client = testClient({ transport: memoryTransport({ server }), now });
  await client.sync.syncNow();
  return client;
}
