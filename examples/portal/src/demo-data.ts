// Demo-only: the two people of the demo, what the clinician assigned, and the DEMO DATA seeded
// on first run (a few earlier check-ins and a PHQ-9 with a risk answer, so the clinician view
// has something to review). None of it is real; a vendor's portal gets all of this from its
// own sign-in and backend.
import {
  getCheckInTemplate,
  getExercise,
  getMeasure,
  listCheckInTemplates,
  listExercises,
  listMeasures,
} from '@interlude/content';
import type {
  Assignment,
  CheckInTemplate,
  ExerciseDefinition,
  MeasureDefinition,
  Submission,
  User,
} from '@interlude/core';
import { definitionKey, type Interlude, type Transport } from '@interlude/store';

export const dailyMood: CheckInTemplate = getCheckInTemplate('daily-mood')!;
export const phq9: MeasureDefinition = getMeasure('phq-9')!;
export const valuesSort: ExerciseDefinition = getExercise('act-values-card-sort')!;
// Also used by the generated caseload (demo-caseload.ts).
export const gad7: MeasureDefinition = getMeasure('gad-7')!;
export const thoughtRecord: ExerciseDefinition = getExercise('cbt-thought-record')!;
export const unblending: ExerciseDefinition = getExercise('ifs-unblending')!;
/** The clinic's catalogue: every check-in, questionnaire and exercise Interlude ships, as the composer lists it. */
export const definitions = [...listCheckInTemplates(), ...listMeasures(), ...listExercises()];

export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const clientUser: User = { id: 'demo-client-sam', role: 'client', timeZone };
export const clinicianUser: User = { id: 'demo-clinician-rivera', role: 'clinician', timeZone };

export const DAILY_ASSIGNMENT_ID = 'demo-daily-mood';
const PHQ9_ASSIGNMENT_ID = 'demo-phq-9-weekly';
const EXERCISE_ASSIGNMENT_ID = 'demo-values-sort';
/** Ids of seeded submissions start with this: the UI labels them as demo data. */
export const DEMO_ID_PREFIX = '00000000-0000-4000-8000-0000000de';

const DAY_MS = 24 * 60 * 60 * 1000;
const ref = (definition: CheckInTemplate | MeasureDefinition | ExerciseDefinition) =>
  ({ kind: definition.kind, id: definition.id, version: definition.version }) as const;

/** The definition a submission answered, for the FHIR mapping (codes, rating Observations). */
export function definitionFor(activity: { kind: string; id: string; version: string }) {
  return definitions.find(
    (definition) =>
      definition.kind === activity.kind &&
      definition.id === activity.id &&
      definition.version === activity.version,
  );
}

export function isDemoSeed(submission: Submission): boolean {
  return submission.id.startsWith(DEMO_ID_PREFIX);
}

function localDate(instant: number): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

/**
 * First run: the definitions go to the server (as the clinic's content would), the clinician
 * assigns a daily check-in, a weekly PHQ-9 and a values exercise, and the client's earlier
 * answers are saved as demo data.
 * Idempotent: every id is fixed, so seeding twice (two tabs, a retry) stores nothing new.
 */
export async function seedDemo(
  seedTransport: Transport,
  clinician: Interlude,
  client: Interlude,
): Promise<void> {
  await clinician.sync.syncNow();
  if (await clinician.assignments.get(DAILY_ASSIGNMENT_ID)) return;

  const now = Date.now();
  const at = (daysAgo: number, hours = 0) =>
    new Date(now - daysAgo * DAY_MS + hours * 3600_000).toISOString();
  const signal = new AbortController().signal;
  await seedTransport.push(
    definitions.map((definition) => ({
      id: definitionKey(definition),
      collection: 'definitions' as const,
      record: { id: definitionKey(definition), definition } as Record<string, unknown> & { id: string },
    })),
    { signal },
  );

  const base = {
    clientId: clientUser.id,
    clinicianId: clinicianUser.id,
    status: 'active',
    createdAt: at(8),
  } as const;
  const assignments: Assignment[] = [
    {
      ...base,
      id: DAILY_ASSIGNMENT_ID,
      activity: ref(dailyMood),
      note: 'A minute a day helps us both see what lifts your mood and what weighs on it.',
      schedule: {
        kind: 'repeat',
        timeZone,
        // Any time of the day: asked for once a day, not at a set hour.
        repeat: { periodUnit: 'd', boundsPeriod: { start: localDate(now - 3 * DAY_MS) } },
      },
    },
    {
      ...base,
      id: PHQ9_ASSIGNMENT_ID,
      activity: ref(phq9),
      note: 'The same nine questions each week, so we can see together how things are changing.',
      // Weekly, any time of the day: last week's was answered (demo data below), this week's is due today.
      schedule: {
        kind: 'repeat',
        timeZone,
        repeat: { periodUnit: 'wk', boundsPeriod: { start: localDate(now - 7 * DAY_MS) } },
      },
    },
    {
      ...base,
      id: EXERCISE_ASSIGNMENT_ID,
      activity: ref(valuesSort),
      note: 'We talked about what matters to you; sorting these cards helps put it into words.',
      schedule: { kind: 'once', timeZone, due: `${localDate(now)}T18:00` },
    },
  ];
  for (const assignment of assignments) await clinician.assignments.put(assignment);
  await clinician.sync.syncNow();
  await client.sync.syncNow();

  // Each demo answer names the occurrence it answers, as the check-in element would.
  const occurrences = await client.occurrences.list({ from: at(8), to: at(-1) });
  const occurrenceOf = (assignmentId: string, submittedAt: string) =>
    occurrences.find(
      (occurrence) =>
        occurrence.assignmentId === assignmentId &&
        occurrence.localDate === localDate(Date.parse(submittedAt)),
    )?.id;
  const submission = (
    n: number,
    submittedAt: string,
    fields: Pick<Submission, 'assignmentId' | 'activity' | 'answers'>,
  ): Submission => ({
    ...fields,
    ...(occurrenceOf(fields.assignmentId, submittedAt)
      ? { occurrenceId: occurrenceOf(fields.assignmentId, submittedAt) }
      : {}),
    id: `${DEMO_ID_PREFIX}${String(n).padStart(3, '0')}`,
    clientId: clientUser.id,
    timeZone,
    startedAt: submittedAt,
    submittedAt,
    status: 'completed',
    durationSeconds: 60,
  });
  const earlier: [number, number][] = [
    [4, 3],
    [4, 2],
    [3, 3],
  ];
  for (const [index, [mood, distress]] of earlier.entries()) {
    await client.submissions.save(
      submission(index + 1, at(3 - index, -1), {
        assignmentId: DAILY_ASSIGNMENT_ID,
        activity: ref(dailyMood),
        answers: { mood, distress },
      }),
    );
  }
  // Item 9 (thoughts of self-harm) answered 1: a risk answer, so the clinician view shows an
  // urgent flag. Demo data.
  const phqAnswers = [2, 2, 1, 2, 1, 2, 1, 1, 1];
  await client.submissions.save(
    submission(9, at(7), {
      assignmentId: PHQ9_ASSIGNMENT_ID,
      activity: ref(phq9),
      answers: Object.fromEntries(phq9.items.map((item, i) => [item.id, phqAnswers[i] ?? null])),
    }),
    { definition: phq9 },
  );
  await client.sync.syncNow();
}
