// Demo-only: Dr. Rivera's caseload of 24 made-up clients besides Sam, with 12 weeks of history
// each, so the review queue, session prep and charts have a realistic clinic to show. None of
// it is real. It is generated, not stored: the same anchor day always gives the same records
// (a seeded random generator, fixed ids), so the demo server rebuilds it on every page load
// instead of keeping ~3,000 records in localStorage.
//
// Who is who (the stories a vendor should find in the review queue):
// - most improve on PHQ-9 and GAD-7 (17 → 7 or so over 12 weeks), some stay where they are;
// - Jonas deteriorates (PHQ-9 8 → 19): a deterioration flag;
// - Amira answered PHQ-9 item 9 with 2 two days ago: an urgent risk flag;
// - Tom, Greta and Omar stopped after two weeks: not engaging;
// - Mateo got four new exercises this week: overload;
// - Priya's distress jumped in the last two days, with a note: a mood shift.
import {
  addLocalDays,
  scoreMeasure,
  startOfLocalDay,
  type Assignment,
  type Submission,
} from '@interlude/core';
import { scoreId, type PushEntry } from '@interlude/store';
import { clinicianUser, dailyMood, gad7, phq9, thoughtRecord, unblending, valuesSort } from './demo-data.js';

type Profile =
  'improving' | 'stable' | 'deteriorating' | 'risk' | 'disengaging' | 'overloaded' | 'mood-shift';

const CLIENTS: readonly { id: string; name: string; profile: Profile }[] = [
  { id: 'demo-c01', name: 'Amira Haddad', profile: 'risk' },
  { id: 'demo-c02', name: 'Jonas Becker', profile: 'deteriorating' },
  { id: 'demo-c03', name: 'Priya Raman', profile: 'mood-shift' },
  { id: 'demo-c04', name: 'Tom Okafor', profile: 'disengaging' },
  { id: 'demo-c05', name: 'Mateo García', profile: 'overloaded' },
  { id: 'demo-c06', name: 'Lena Fischer', profile: 'improving' },
  { id: 'demo-c07', name: 'Yuki Tanaka', profile: 'improving' },
  { id: 'demo-c08', name: 'Fatima Nasser', profile: 'improving' },
  { id: 'demo-c09', name: 'Noah Schmidt', profile: 'stable' },
  { id: 'demo-c10', name: 'Sofia Rossi', profile: 'improving' },
  { id: 'demo-c11', name: 'Omar Khalil', profile: 'disengaging' },
  { id: 'demo-c12', name: 'Greta Lindqvist', profile: 'disengaging' },
  { id: 'demo-c13', name: 'Daniel Mensah', profile: 'improving' },
  { id: 'demo-c14', name: 'Hannah Weber', profile: 'stable' },
  { id: 'demo-c15', name: 'Layla Aziz', profile: 'improving' },
  { id: 'demo-c16', name: 'Lucas Moreau', profile: 'stable' },
  { id: 'demo-c17', name: 'Mei Chen', profile: 'improving' },
  { id: 'demo-c18', name: 'Samuel Adeyemi', profile: 'improving' },
  { id: 'demo-c19', name: 'Ingrid Halvorsen', profile: 'stable' },
  { id: 'demo-c20', name: 'Karim Benali', profile: 'improving' },
  { id: 'demo-c21', name: 'Elena Popescu', profile: 'stable' },
  { id: 'demo-c22', name: 'Ravi Patel', profile: 'improving' },
  { id: 'demo-c23', name: 'Clara Jensen', profile: 'improving' },
  { id: 'demo-c24', name: 'Joseph Mwangi', profile: 'stable' },
];

/** Names for the elements (Interlude stores only ids). */
export const caseloadNames: Readonly<Record<string, string>> = Object.fromEntries(
  CLIENTS.map((client) => [client.id, client.name]),
);

const WEEKS = 12;
const NOTES = [
  'Slept badly, work was a lot.',
  'Went for a walk with my brother, felt lighter.',
  'Tried the breathing exercise before the meeting.',
  'Argument at home, could not settle.',
  'Good day, saw friends.',
];

/** mulberry32: a small seeded generator, so the caseload is the same on every load. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));
const ref = (definition: { kind: string; id: string; version: string }) =>
  ({ kind: definition.kind, id: definition.id, version: definition.version }) as Assignment['activity'];

/** Answers for a measure adding up to `total` (items filled evenly), risk item set apart. */
function answersFor(
  items: readonly { id: string }[],
  total: number,
  riskItem?: { index: number; value: number },
) {
  const answers: Record<string, number> = {};
  let left = total - (riskItem?.value ?? 0);
  const plain = items.filter((_, index) => index !== riskItem?.index);
  plain.forEach((item, index) => {
    const value = clamp(Math.ceil(left / (plain.length - index)), 0, 3);
    answers[item.id] = value;
    left -= value;
  });
  if (riskItem) answers[items[riskItem.index]!.id] = riskItem.value;
  return answers;
}

/** Where a profile's PHQ-9 total is in week `week` (0–11). */
function phqTotal(profile: Profile, week: number, start: number, noise: number): number {
  const t = week / (WEEKS - 1);
  switch (profile) {
    case 'improving':
      return start - (start - 7) * t + noise;
    case 'deteriorating':
      return week < 6 ? 8 + noise : 8 + (week - 5) * 1.9 + noise;
    case 'risk':
      return 14 + noise;
    default:
      return start + noise;
  }
}

/**
 * The caseload's records as the server holds them, for an anchor day (`YYYY-MM-DD`, the day the
 * demo was first opened) in `timeZone`: assignments, completed submissions and their scores.
 * History runs for 12 weeks up to the day before the anchor.
 */
export function caseloadEntries(anchorDay: string, timeZone: string): PushEntry[] {
  const entries: PushEntry[] = [];
  const anchor = startOfLocalDay(anchorDay, timeZone);
  const day = (offset: number) => addLocalDays(anchor, offset, timeZone).slice(0, 10);
  /** An instant `offset` local days from the anchor at `hours` local time (whole hours). */
  const at = (offset: number, hours: number, minutes = 0) =>
    new Date(
      Date.parse(addLocalDays(anchor, offset, timeZone)) + (hours * 60 + minutes) * 60_000,
    ).toISOString();
  const first = -WEEKS * 7;
  let counter = 0;
  const uuid = () => `00000000-0000-4000-a000-${(counter++).toString(16).padStart(12, '0')}`;
  const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone })
    .format(Date.parse(at(first, 12)))
    .toLowerCase() as 'mon';

  CLIENTS.forEach((client, index) => {
    const next = random(1000 + index);
    const base = { clientId: client.id, clinicianId: clinicianUser.id, status: 'active' as const };
    const repeat = (periodUnit: 'd' | 'wk', time: string, start: string) => ({
      kind: 'repeat' as const,
      timeZone,
      repeat: {
        periodUnit,
        ...(periodUnit === 'wk' ? { dayOfWeek: [weekday] } : {}),
        timeOfDay: [time],
        boundsPeriod: { start },
      },
    });
    const assignment = (
      id: string,
      definition: Parameters<typeof ref>[0],
      schedule: Assignment['schedule'],
      createdAt: string,
      note: string,
    ): Assignment => ({
      ...base,
      id: `${client.id}-${id}`,
      activity: ref(definition),
      schedule,
      createdAt,
      note,
    });
    const checkIn = assignment(
      'mood',
      dailyMood,
      repeat('d', '19:00', day(first)),
      at(first - 1, 17),
      'A minute each evening, so we can see your week together.',
    );
    const phq = assignment(
      'phq9',
      phq9,
      repeat('wk', '09:00', day(first)),
      at(first - 1, 17),
      'The same questions each week.',
    );
    const gad = assignment(
      'gad7',
      gad7,
      repeat('wk', '09:00', day(first)),
      at(first - 1, 17),
      'Alongside the PHQ-9, for worry.',
    );
    const values = assignment(
      'values',
      valuesSort,
      repeat('wk', '18:00', day(first + 14)),
      at(first + 13, 17),
      'What matters to you, in your own order.',
    );
    const assignments = [checkIn, phq, gad, values];
    if (client.profile === 'overloaded') {
      [thoughtRecord, unblending, valuesSort, thoughtRecord].forEach((definition, n) => {
        assignments.push(
          assignment(
            `new-${n + 1}`,
            definition,
            { kind: 'once', timeZone, due: `${day(-1 + n)}T18:00` },
            at(-5 + n, 16),
            'One more to try this week.',
          ),
        );
      });
    }
    for (const record of assignments)
      entries.push({ id: record.id, collection: 'assignments', record: { ...record } });

    const stops = client.profile === 'disengaging' ? first + 14 : 0;
    const adherence = client.profile === 'stable' ? 0.7 : 0.8;
    const startPhq = 12 + Math.floor(next() * 7);
    const submit = (
      assigned: Assignment,
      submittedAt: string,
      answers: Submission['answers'],
      occurrence: string,
    ) => {
      const submission: Submission = {
        id: uuid(),
        assignmentId: assigned.id,
        occurrenceId: `${assigned.id}@${occurrence}`,
        clientId: client.id,
        activity: assigned.activity,
        answers,
        startedAt: submittedAt,
        submittedAt,
        timeZone,
        status: 'completed',
        durationSeconds: 45 + Math.floor(next() * 60),
      };
      entries.push({ id: submission.id, collection: 'submissions', record: { ...submission } });
      return submission;
    };
    const scored = (submission: Submission, definition: typeof phq9) => {
      const score = scoreMeasure(definition, submission.answers as Record<string, number>);
      const id = scoreId(submission.id);
      entries.push({ id, collection: 'scores', record: { id, submissionId: submission.id, ...score } });
    };

    for (let offset = first; offset < 0; offset += 1) {
      if (stops && offset >= stops) break;
      const week = Math.floor((offset - first) / 7);
      // The evening check-in: mood and distress follow the profile's PHQ-9 trend.
      if (next() < adherence) {
        const level = phqTotal(client.profile, week, startPhq, 0) / 27;
        let distress = clamp(level * 10 + (next() - 0.5) * 2.5, 0, 10);
        let mood = clamp(5 - level * 4 + (next() - 0.5) * 1.2, 1, 5);
        let note: string | undefined = next() < 0.08 ? NOTES[Math.floor(next() * NOTES.length)] : undefined;
        if (client.profile === 'mood-shift' && offset >= -2) {
          distress = 9 - (offset + 2);
          mood = 1;
          note = 'Lost my job today. I cannot stop thinking about it.';
        }
        submit(
          checkIn,
          at(offset, 19, 10 + Math.floor(next() * 90)),
          { mood, distress, ...(note ? { note } : {}) },
          `${day(offset)}T19:00`,
        );
      }
      const weekStart = (offset - first) % 7 === 0;
      if (weekStart && next() < 0.95) {
        const noise = Math.round((next() - 0.5) * 2);
        const total = clamp(phqTotal(client.profile, week, startPhq, noise), 0, 26);
        const risk =
          client.profile === 'risk' && week === WEEKS - 1 ? { index: 8, value: 2 } : { index: 8, value: 0 };
        // The risk client's last PHQ-9 came two days ago, late.
        const late = client.profile === 'risk' && week === WEEKS - 1;
        const when = late ? at(-2, 20, 15) : at(offset, 9, 20 + Math.floor(next() * 120));
        scored(submit(phq, when, answersFor(phq9.items, total, risk), `${day(offset)}T09:00`), phq9);
        const anxiety = clamp((total * 21) / 27 + (next() - 0.5) * 2, 0, 21);
        scored(
          submit(
            gad,
            at(offset, 9, 40 + Math.floor(next() * 60)),
            answersFor(gad7.items, anxiety),
            `${day(offset)}T09:00`,
          ),
          gad7,
        );
      }
      if (offset >= first + 14 && (offset - first - 14) % 7 === 0 && next() < 0.6) {
        submit(values, at(offset, 20, Math.floor(next() * 50)), { s1: 'done' }, `${day(offset)}T18:00`);
      }
    }
  });
  return entries;
}
