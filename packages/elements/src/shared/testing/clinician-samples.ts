/**
 * Deterministic caseloads for the clinician elements' tests and stories: a few clients whose
 * stored histories raise every kind of flag through the real engine (risk, deterioration, a
 * mood shift, a lapse, a completion, overload), helpers to write them into a real client, and
 * ready-made flags for a caseload of any size. Not part of the public API.
 *
 * @module
 */
import { getCheckInTemplate, getExercise, getMeasure } from '@interlude/content';
import {
  compareFlags,
  scoreMeasure,
  type ActivityDefinition,
  type ActivityRef,
  type Assignment,
  type Flag,
  type FlagKind,
  type MeasureDefinition,
  type Submission,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { testClient } from './test-client.js';

/** The clock of every sample: Monday 30 March 2026, 09:00 in Berlin. */
export const SAMPLE_NOW = '2026-03-30T09:00:00+02:00';
export const SAMPLE_ZONE = 'Europe/Berlin';

export const PHQ9 = getMeasure('phq-9') as MeasureDefinition;
export const GAD7 = getMeasure('gad-7') as MeasureDefinition;
export const CORE10 = getMeasure('core-10') as MeasureDefinition;
export const DAILY_MOOD = getCheckInTemplate('daily-mood') as ActivityDefinition;
export const VALUES_SORT = getExercise('act-values-card-sort') as ActivityDefinition;
export const THOUGHT_RECORD = getExercise('cbt-thought-record') as ActivityDefinition;
export const UNBLENDING = getExercise('ifs-unblending') as ActivityDefinition;

/** What the samples assign from. */
export const SAMPLE_DEFINITIONS: readonly ActivityDefinition[] = [
  PHQ9,
  GAD7,
  CORE10,
  DAILY_MOOD,
  VALUES_SORT,
  THOUGHT_RECORD,
  UNBLENDING,
];

/** The sample clients and the story each one's data tells. */
export const SAMPLE_CLIENTS = {
  'c-risk': 'Amira Haddad',
  'c-worse': 'Jonas Becker',
  'c-shift': 'Priya Raman',
  'c-quiet': 'Tom Okafor',
  'c-done': 'Lena Fischer',
  'c-busy': 'Mateo García',
} as const;

export type SampleClientId = keyof typeof SAMPLE_CLIENTS;

let counter = 0;
/** Deterministic UUIDs (the schema wants UUIDs). */
export function sampleUuid(n = (counter += 1)): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const ref = (definition: ActivityDefinition): ActivityRef => ({
  kind: definition.kind,
  id: definition.id,
  version: definition.version,
});

/** `days` local days before Monday 30 March 2026 at `time` (Berlin; summer time from 29 March). */
export function daysAgo(days: number, time = '09:05'): string {
  const date = new Date(Date.UTC(2026, 2, 30 - days));
  const day = date.toISOString().slice(0, 10);
  const offset = day >= '2026-03-29' ? '+02:00' : '+01:00';
  return `${day}T${time}:00${offset}`;
}

function assignment(
  clientId: string,
  id: string,
  definition: ActivityDefinition,
  schedule: Assignment['schedule'],
  createdAt: string,
  clinicianId = 't-1',
): Assignment {
  return {
    id,
    clientId,
    clinicianId,
    activity: ref(definition),
    schedule,
    status: 'active',
    createdAt,
    note: 'Let us see how the week goes.',
  };
}

const daily = (start: string): Assignment['schedule'] => ({
  kind: 'repeat',
  timeZone: SAMPLE_ZONE,
  repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start } },
});
const weekly = (start: string): Assignment['schedule'] => ({
  kind: 'repeat',
  timeZone: SAMPLE_ZONE,
  repeat: { periodUnit: 'wk', dayOfWeek: ['mon'], timeOfDay: ['09:00'], boundsPeriod: { start } },
});

function submission(
  clientId: string,
  assignmentId: string,
  definition: ActivityDefinition,
  at: string,
  answers: Submission['answers'],
  occurrenceId?: string,
): Submission {
  return {
    id: sampleUuid(),
    assignmentId,
    ...(occurrenceId ? { occurrenceId } : {}),
    clientId,
    activity: ref(definition),
    answers,
    startedAt: at,
    submittedAt: at,
    timeZone: SAMPLE_ZONE,
    status: 'completed',
  };
}

/** PHQ-9 answers adding up to `total`, item 9 answered `item9`. */
export function phq9Answers(total: number, item9 = 0): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total - item9;
  PHQ9.items.forEach((item, index) => {
    if (index === 8) {
      answers[item.id] = item9;
      return;
    }
    const value = Math.max(0, Math.min(3, Math.ceil(left / (8 - index))));
    answers[item.id] = value;
    left -= value;
  });
  return answers;
}

/** GAD-7 answers adding up to `total`. */
export function gad7Answers(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total;
  GAD7.items.forEach((item, index) => {
    const value = Math.max(0, Math.min(3, Math.ceil(left / (7 - index))));
    answers[item.id] = value;
    left -= value;
  });
  return answers;
}

/** Stored records for one client. */
export interface SampleRecords {
  readonly assignments: Assignment[];
  readonly submissions: Submission[];
}

/**
 * Four weeks of history for each chosen client, ending at {@link SAMPLE_NOW}:
 * - `c-risk`: weekly PHQ-9, the last with item 9 answered 2 (urgent risk);
 * - `c-worse`: weekly PHQ-9 6 → 9 → 13 → 17 (reliable deterioration) and GAD-7;
 * - `c-shift`: a daily check-in with distress 2–3, then 9 yesterday (a mood shift), and a note;
 * - `c-quiet`: a daily check-in done in the first week only (not engaging);
 * - `c-done`: an exercise completed two days ago (completion) and improving PHQ-9;
 * - `c-busy`: three new exercises within the week (overload).
 */
export function sampleRecords(clients: readonly SampleClientId[] = sampleClientIds()): SampleRecords {
  const assignments: Assignment[] = [];
  const submissions: Submission[] = [];
  const start = daysAgo(28, '08:00');
  const startDate = start.slice(0, 10);
  for (const clientId of clients) {
    switch (clientId) {
      case 'c-risk':
      case 'c-worse':
      case 'c-done': {
        const phq = assignment(clientId, `${clientId}-phq9`, PHQ9, weekly(startDate), start);
        assignments.push(phq);
        const totals =
          clientId === 'c-worse' ? [6, 9, 13, 17] : clientId === 'c-done' ? [16, 12, 9, 6] : [12, 13, 12, 14];
        totals.forEach((total, week) => {
          const at = daysAgo(28 - week * 7, '10:00');
          const item9 = clientId === 'c-risk' && week === 3 ? 2 : 0;
          submissions.push(
            submission(
              clientId,
              phq.id,
              PHQ9,
              at,
              phq9Answers(total, item9),
              `${phq.id}@${at.slice(0, 10)}T09:00`,
            ),
          );
        });
        if (clientId === 'c-worse') {
          const gad = assignment(clientId, `${clientId}-gad7`, GAD7, weekly(startDate), start);
          assignments.push(gad);
          [5, 8, 11, 15].forEach((total, week) => {
            const at = daysAgo(28 - week * 7, '10:05');
            submissions.push(
              submission(
                clientId,
                gad.id,
                GAD7,
                at,
                gad7Answers(total),
                `${gad.id}@${at.slice(0, 10)}T09:00`,
              ),
            );
          });
        }
        if (clientId === 'c-done') {
          const exercise = assignment(clientId, `${clientId}-values`, VALUES_SORT, weekly(startDate), start);
          assignments.push(exercise);
          submissions.push(
            submission(clientId, exercise.id, VALUES_SORT, daysAgo(2, '19:30'), { s1: 'done' }),
          );
        }
        break;
      }
      case 'c-shift':
      case 'c-quiet': {
        const checkIn = assignment(clientId, `${clientId}-mood`, DAILY_MOOD, daily(startDate), start);
        assignments.push(checkIn);
        const lastDay = clientId === 'c-quiet' ? 21 : 1;
        for (let day = 27; day >= lastDay; day -= 1) {
          const spike = clientId === 'c-shift' && day === 1;
          const answers: Submission['answers'] = spike
            ? { mood: 1, distress: 9, note: 'Argument with my sister, could not sleep.' }
            : { mood: 4, distress: 2 + (day % 2) };
          const at = daysAgo(day, '09:20');
          submissions.push(
            submission(
              clientId,
              checkIn.id,
              DAILY_MOOD,
              at,
              answers,
              `${checkIn.id}@${at.slice(0, 10)}T09:00`,
            ),
          );
        }
        break;
      }
      case 'c-busy': {
        [THOUGHT_RECORD, VALUES_SORT, UNBLENDING].forEach((definition, index) => {
          assignments.push(
            assignment(
              clientId,
              `${clientId}-x${index + 1}`,
              definition,
              weekly(daysAgo(3 - index).slice(0, 10)),
              daysAgo(3 - index, '18:00'),
            ),
          );
        });
        break;
      }
    }
  }
  return { assignments, submissions };
}

function sampleClientIds(): SampleClientId[] {
  return Object.keys(SAMPLE_CLIENTS) as SampleClientId[];
}

/** Writes the definitions and `records` into a clinician's client (scores computed by the store). */
export async function seed(client: Interlude, records: SampleRecords): Promise<void> {
  await client.definitions.put(...SAMPLE_DEFINITIONS);
  for (const assignment of records.assignments) await client.assignments.put(assignment);
  for (const saved of records.submissions) {
    const definition = SAMPLE_DEFINITIONS.find((found) => found.id === saved.activity.id);
    await client.submissions.save(saved, definition?.kind === 'measure' ? { definition } : {});
  }
}

/** A clinician's client on an in-memory store, at {@link SAMPLE_NOW}, seeded with `clients`. */
export async function sampleClinician(
  clients: readonly SampleClientId[] = sampleClientIds(),
  options: { licensing?: Interlude['licensing'] } = {},
): Promise<Interlude> {
  const client = testClient({
    role: 'clinician',
    id: 't-1',
    timeZone: SAMPLE_ZONE,
    now: () => SAMPLE_NOW,
    ...(options.licensing ? { licensing: options.licensing } : {}),
  });
  await seed(client, sampleRecords(clients));
  return client;
}

const KINDS: readonly { kind: FlagKind; severity: Flag['severity']; reason: Flag['reason'] }[] = [
  { kind: 'risk', severity: 'urgent', reason: 'risk-endorsed' },
  { kind: 'deterioration', severity: 'attention', reason: 'worse-than-baseline' },
  { kind: 'mood-shift', severity: 'attention', reason: 'shift-worse' },
  { kind: 'non-engagement', severity: 'attention', reason: 'no-recent-completion' },
  { kind: 'overload', severity: 'attention', reason: 'too-many-new-exercises' },
  { kind: 'completion', severity: 'info', reason: 'completed' },
  { kind: 'completion', severity: 'info', reason: 'completed' },
  { kind: 'non-engagement', severity: 'attention', reason: 'missed-in-a-row' },
];

const FIRST = [
  'Amira',
  'Jonas',
  'Priya',
  'Tom',
  'Lena',
  'Mateo',
  'Yuki',
  'Fatima',
  'Noah',
  'Sofia',
  'Omar',
  'Greta',
];
const LAST = [
  'Haddad',
  'Becker',
  'Raman',
  'Okafor',
  'Fischer',
  'García',
  'Tanaka',
  'Nasser',
  'Schmidt',
  'Rossi',
];

/** Flags for a caseload of `count` clients (about two each), shaped as the engine makes them, with names. */
export function sampleFlags(count: number): {
  flags: Flag[];
  names: Record<string, string>;
  assignments: Pick<Assignment, 'clientId' | 'clinicianId'>[];
} {
  const flags: Flag[] = [];
  const names: Record<string, string> = {};
  const assignments: Pick<Assignment, 'clientId' | 'clinicianId'>[] = [];
  for (let index = 0; index < count; index += 1) {
    const clientId = `c-${String(index + 1).padStart(4, '0')}`;
    names[clientId] = `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}`;
    assignments.push({ clientId, clinicianId: `t-${(index % 4) + 1}` });
    for (const offset of [0, 3]) {
      const shape = KINDS[(index + offset) % KINDS.length]!;
      if (shape.kind === 'risk' && index % 25 !== 0) continue;
      const raisedAt = daysAgo((index + offset) % 13, '10:00');
      flags.push({
        id: `${shape.kind}:${clientId}:${offset}`,
        kind: shape.kind,
        severity: shape.severity,
        reason: shape.reason,
        clientId,
        raisedAt,
        activity: shape.kind === 'risk' || shape.kind === 'deterioration' ? ref(PHQ9) : undefined,
        itemId: shape.kind === 'risk' ? 'phq9-9' : undefined,
        metrics:
          shape.kind === 'risk'
            ? { value: 2, threshold: 1 }
            : shape.kind === 'deterioration'
              ? { before: 6, after: 14, difference: 8, threshold: 6 }
              : shape.kind === 'mood-shift'
                ? { value: 8, baseline: 3, difference: 5, threshold: 2 }
                : shape.kind === 'overload'
                  ? { newExercises: 3, limit: 2 }
                  : shape.reason === 'missed-in-a-row'
                    ? { missedInARow: 3, daysWithoutCompletion: 4 }
                    : shape.kind === 'non-engagement'
                      ? { daysWithoutCompletion: 9 }
                      : { completions: 2 },
        evidence: [
          { role: shape.kind === 'completion' ? 'completion' : 'score-after', at: raisedAt, value: 14 },
        ],
      } as Flag);
    }
  }
  flags.sort(compareFlags);
  return { flags, names, assignments };
}

/** A score for a PHQ-9 total (for tests that want one without saving). */
export function phq9Score(total: number) {
  return scoreMeasure(PHQ9, phq9Answers(total));
}
