// The clinic-scale paths (one CaseloadIndex, lean adherence, prepareSessions) against the
// detailed ones on generated caseloads: the same numbers, whatever the schedules, zones,
// statuses, named or unscheduled submissions, repeats and input order.
// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  DEFAULT_FLAG_OPTIONS,
  caseloadAdherence,
  classifyOccurrences,
  clientAdherence,
  expandOccurrences,
  clientAdherenceTotals,
  computeFlags,
  indexCaseload,
  prepareSession,
  prepareSessions,
  type Assignment,
  type CheckInTemplate,
  type ClassifiedOccurrence,
  type ClientAdherence,
  type Schedule,
  type Submission,
} from '@interlude/core';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'UTC'];
const MOOD: CheckInTemplate = {
  kind: 'check-in',
  id: 'mood',
  version: '1.0.0',
  title: { en: 'Mood' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    {
      kind: 'slider',
      id: 'distress',
      prompt: { en: 'Distress' },
      min: 0,
      max: 10,
      step: 1,
      anchors: { min: { en: 'None' }, max: { en: 'Worst' } },
      tracked: { label: { en: 'Distress' }, direction: 'higher-is-worse' },
    },
  ],
} as unknown as CheckInTemplate;
const START = Date.UTC(2026, 2, 20); // DST in Berlin on 29 March, New York already on 8 March
const DAY = 86_400_000;
const NOW = new Date(START + 16 * DAY + 15 * 3_600_000).toISOString();
const RANGE = { from: new Date(START - DAY).toISOString(), to: NOW, now: NOW };
const date = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

const scheduleArb: fc.Arbitrary<Schedule> = fc.oneof(
  fc.record({
    kind: fc.constant('repeat' as const),
    timeZone: fc.constantFrom(...ZONES),
    windowMinutes: fc.option(fc.constantFrom(60, 180), { nil: undefined }),
    repeat: fc.oneof(
      fc.record({
        periodUnit: fc.constant('d' as const),
        timeOfDay: fc.uniqueArray(fc.constantFrom('02:30', '09:00', '09:00:30', '21:45'), {
          minLength: 1,
          maxLength: 2,
        }),
        boundsPeriod: fc.record({ start: fc.integer({ min: -3, max: 4 }).map(date) }),
      }),
      fc.record({
        periodUnit: fc.constant('wk' as const),
        dayOfWeek: fc.uniqueArray(fc.constantFrom('mon' as const, 'thu' as const, 'sun' as const), {
          minLength: 1,
          maxLength: 2,
        }),
        boundsPeriod: fc.record({ start: fc.integer({ min: -3, max: 2 }).map(date) }),
      }),
    ),
  }),
  fc.record({
    kind: fc.constant('once' as const),
    timeZone: fc.constantFrom(...ZONES),
    due: fc.integer({ min: 0, max: 12 }).map((day) => `${date(day)}T18:00`),
  }),
) as fc.Arbitrary<Schedule>;

interface SubmissionPlan {
  day: number;
  minute: number;
  named: 'own' | 'none' | 'seconds-form' | 'other';
  status: 'completed' | 'abandoned';
  duration: number | undefined;
  distress: number;
  repeat: boolean;
}
const submissionPlanArb: fc.Arbitrary<SubmissionPlan> = fc.record({
  day: fc.integer({ min: -2, max: 16 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  named: fc.constantFrom('own', 'own', 'own', 'none', 'seconds-form', 'other'),
  status: fc.constantFrom('completed', 'completed', 'completed', 'abandoned'),
  duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  distress: fc.integer({ min: 0, max: 10 }),
  repeat: fc.boolean(),
});

const caseloadArb = fc
  .array(
    fc.record({
      assignments: fc.array(
        fc.record({
          schedule: scheduleArb,
          paused: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
          submissions: fc.array(submissionPlanArb, { maxLength: 14 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((clients) => fc.tuple(fc.constant(clients), fc.boolean(), fc.boolean()))
  .map(([clients, shuffled, offsets]) => build(clients, shuffled, offsets));

let serial = 0;
function build(
  clients: {
    assignments: { schedule: Schedule; paused: number | undefined; submissions: SubmissionPlan[] }[];
  }[],
  shuffled: boolean,
  offsets: boolean,
) {
  const assignments: Assignment[] = [];
  const submissions: Submission[] = [];
  clients.forEach((client, c) => {
    client.assignments.forEach((plan, a) => {
      const id = `c${c}-a${a}`;
      assignments.push({
        id,
        clientId: `c${c}`,
        clinicianId: 't-1',
        activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
        schedule: plan.schedule,
        status: plan.paused === undefined ? 'active' : 'paused',
        ...(plan.paused === undefined
          ? {}
          : { statusChangedAt: new Date(START + plan.paused * DAY).toISOString() }),
        createdAt: new Date(START - 5 * DAY).toISOString(),
      });
      for (const s of plan.submissions) {
        const at = START + s.day * DAY + s.minute * 60_000;
        // Half the caseloads write instants with an offset, as a client's device would.
        const text = offsets
          ? new Date(at + 3_600_000).toISOString().replace('.000Z', '+01:00')
          : new Date(at).toISOString().replace('.000Z', 'Z');
        const occurrenceId =
          s.named === 'own'
            ? `${id}@${date(s.day)}T09:00`
            : s.named === 'seconds-form'
              ? `${id}@${date(s.day)}T09:00:00`
              : s.named === 'other'
                ? `c${c}-a${a + 1}@${date(s.day)}`
                : undefined;
        serial += 1;
        const submission: Submission = {
          id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
          assignmentId: id,
          ...(occurrenceId === undefined ? {} : { occurrenceId }),
          clientId: `c${c}`,
          activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
          answers: { distress: s.distress },
          startedAt: new Date(at - 95_500).toISOString(),
          submittedAt: text,
          timeZone: plan.schedule.timeZone,
          status: s.status,
          ...(s.duration === undefined ? {} : { durationSeconds: s.duration }),
        };
        submissions.push(submission);
        if (s.repeat) submissions.push({ ...submission }); // sync delivered it twice
      }
    });
  });
  if (shuffled) submissions.reverse();
  return { assignments, submissions, scores: [], definitions: [MOOD] };
}

const LEAN_KEYS = [
  'assigned',
  'completed',
  'onTime',
  'late',
  'missed',
  'pending',
  'completionRate',
  'timeSpentSeconds',
  'unscheduledCompletions',
  'currentStreak',
  'longestStreak',
  'lastCompletedAt',
] as const;
const lean = (summary: object) =>
  Object.fromEntries(LEAN_KEYS.map((key) => [key, (summary as Record<string, unknown>)[key]]));
const leanOfDetailed = (detailed: ClientAdherence) => ({
  clientId: detailed.clientId,
  ...lean(detailed),
  assignments: detailed.assignments.map((part) => ({
    assignmentId: part.assignmentId,
    clientId: part.clientId,
    ...lean(part),
  })),
});

// The detailed path the lean classifier replaced in session prep and the non-engagement rule:
// occurrences built by expandOccurrences and classified by classifyOccurrences, as objects.

/** `instant` minus `days` local days in `timeZone` (Temporal's ZonedDateTime arithmetic). */
function localDaysBefore(instant: string, days: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).subtract({ days });
}

const byDue = (a: ClassifiedOccurrence, b: ClassifiedOccurrence) =>
  Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Built = ReturnType<typeof build>;

/** The client's completed submissions up to `now`, oldest first (ties by id), repeats once. */
function history(caseload: Built, clientId: string, now: string): Submission[] {
  const seen = new Set<string>();
  return caseload.submissions
    .filter(
      (s) =>
        s.clientId === clientId && s.status === 'completed' && Date.parse(s.submittedAt) <= Date.parse(now),
    )
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : 1))
    .filter((s) => !seen.has(s.id) && seen.add(s.id) !== undefined);
}

function clientZone(caseload: Built, clientId: string, done: readonly Submission[]): string {
  const sorted = caseload.assignments
    .filter((a) => a.clientId === clientId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
  return done[done.length - 1]?.timeZone ?? sorted[0]?.schedule.timeZone ?? 'UTC';
}

/** Session prep's occurrences in `[since, now)`, classified against the completions from two local days before `since`. */
function detailedPrepOccurrences(caseload: Built, clientId: string, since: string, now: string) {
  const done = history(caseload, clientId, now);
  const nearbyFrom = localDaysBefore(since, 2, clientZone(caseload, clientId, done)).epochMilliseconds;
  const nearby = done.filter((s) => Date.parse(s.submittedAt) >= nearbyFrom);
  return caseload.assignments
    .filter((a) => a.clientId === clientId && a.status !== 'cancelled')
    .map((assignment) => ({
      assignment,
      classified: classifyOccurrences(
        expandOccurrences(assignment, { from: since, to: now }),
        nearby.filter((s) => s.assignmentId === assignment.id),
        now,
      ),
    }));
}

/** The non-engagement rule's run of missed occurrences, as it was computed with occurrence objects. */
function detailedMissedRun(caseload: Built, clientId: string, now: string): ClassifiedOccurrence[] {
  const done = history(caseload, clientId, now);
  const zone = clientZone(caseload, clientId, done);
  const active = caseload.assignments.filter(
    (a) => a.clientId === clientId && a.status === 'active' && Date.parse(a.createdAt) <= Date.parse(now),
  );
  const lookback = DEFAULT_FLAG_OPTIONS.nonEngagementLookbackDays;
  for (const days of [7, lookback]) {
    const from = localDaysBefore(now, days, zone);
    const earliest = localDaysBefore(now, days + 2, zone).epochMilliseconds;
    const recent = done.filter((s) => Date.parse(s.submittedAt) >= earliest);
    const occurrences = active
      .flatMap((assignment) =>
        classifyOccurrences(
          expandOccurrences(assignment, { from: from.toInstant().toString(), to: now }),
          recent.filter((s) => s.assignmentId === assignment.id),
          now,
        ),
      )
      .sort(byDue);
    const run: ClassifiedOccurrence[] = [];
    let broken = false;
    for (let index = occurrences.length - 1; index >= 0 && !broken; index -= 1) {
      const occurrence = occurrences[index] as ClassifiedOccurrence;
      if (occurrence.status === 'missed') run.push(occurrence);
      else broken = occurrence.status !== 'pending';
    }
    if (broken || days === lookback) return run.reverse();
  }
  return [];
}

describe('clinic-scale paths', () => {
  it('session prep classifies the period as expandOccurrences + classifyOccurrences do', () => {
    fc.assert(
      fc.property(caseloadArb, fc.integer({ min: 1, max: 12 }), (caseload, daysBack) => {
        const since = new Date(Date.parse(NOW) - daysBack * DAY).toISOString();
        const clients = [...new Set(caseload.assignments.map((a) => a.clientId))];
        const preps = prepareSessions(indexCaseload(caseload), {
          now: NOW,
          sessions: clients.map((clientId) => ({ clientId, since })),
        });
        clients.forEach((clientId, index) => {
          const prep = preps[index];
          const detailed = detailedPrepOccurrences(caseload, clientId, since, NOW);
          const timing = new Map<string, string>();
          const missed: { occurrenceId: string; at: string }[] = [];
          for (const { assignment, classified } of detailed) {
            for (const occurrence of classified) {
              if (occurrence.submissionId !== undefined)
                timing.set(occurrence.submissionId, occurrence.status === 'late' ? 'late' : 'on-time');
              else if (occurrence.status === 'missed' && assignment.status === 'active')
                missed.push({ occurrenceId: occurrence.id, at: occurrence.dueAt });
            }
          }
          missed.sort(
            (a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.occurrenceId < b.occurrenceId ? -1 : 1),
          );
          expect(prep?.missed.map(({ occurrenceId, at }) => ({ occurrenceId, at }))).to.deep.equal(missed);
          expect(
            Object.fromEntries((prep?.completed ?? []).map((item) => [item.submissionId, item.timing])),
          ).to.deep.equal(
            Object.fromEntries(
              (prep?.completed ?? []).map((item) => [
                item.submissionId,
                timing.get(item.submissionId) ?? 'extra',
              ]),
            ),
          );
        });
      }),
      { numRuns: 80 },
    );
  });

  it('non-engagement finds the run of missed occurrences the detailed path finds', () => {
    let flagged = 0;
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const flags = computeFlags(indexCaseload(caseload), NOW).filter(
          (flag) => flag.kind === 'non-engagement',
        );
        for (const clientId of new Set(caseload.assignments.map((a) => a.clientId))) {
          const run = detailedMissedRun(caseload, clientId, NOW);
          const flag = flags.find((candidate) => candidate.clientId === clientId);
          if (flag === undefined) {
            expect(run.length).to.be.below(DEFAULT_FLAG_OPTIONS.nonEngagementMissedInARow);
            continue;
          }
          flagged += 1;
          expect(flag.metrics['missedInARow']).to.equal(run.length);
          expect(
            flag.evidence
              .filter((item) => item.role === 'missed-occurrence')
              .map(({ at, occurrenceId, assignmentId }) => ({ at, occurrenceId, assignmentId })),
          ).to.deep.equal(
            run.map(({ dueAt, id, assignmentId }) => ({ at: dueAt, occurrenceId: id, assignmentId })),
          );
          if (flag.reason === 'missed-in-a-row') {
            const crossing = run
              .slice(0, DEFAULT_FLAG_OPTIONS.nonEngagementMissedInARow)
              .sort((a, b) => Date.parse(b.expiresAt) - Date.parse(a.expiresAt))[0];
            expect(flag.raisedAt).to.equal(crossing?.expiresAt);
          }
        }
      }),
      { numRuns: 80 },
    );
    expect(flagged).to.be.above(0);
  });

  it('caseloadAdherence gives every client the numbers of clientAdherence', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const summaries = caseloadAdherence(indexCaseload(caseload), RANGE);
        const clients = [...new Set(caseload.assignments.map((a) => a.clientId))].sort();
        expect(summaries.map((summary) => summary.clientId)).to.deep.equal(clients);
        for (const summary of summaries) {
          const detailed = clientAdherence(
            summary.clientId,
            caseload.assignments,
            caseload.submissions,
            RANGE,
          );
          expect(summary).to.deep.equal(leanOfDetailed(detailed));
          expect(
            clientAdherenceTotals(summary.clientId, caseload.assignments, caseload.submissions, RANGE),
          ).to.deep.equal(summary);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('prepareSessions gives every client the prep of prepareSession', () => {
    fc.assert(
      fc.property(caseloadArb, fc.integer({ min: 1, max: 12 }), (caseload, daysBack) => {
        const since = new Date(Date.parse(NOW) - daysBack * DAY).toISOString();
        const clients = [...new Set(caseload.assignments.map((a) => a.clientId))];
        const preps = prepareSessions(indexCaseload(caseload), {
          now: NOW,
          sessions: clients.map((clientId) => ({ clientId, since })),
        });
        expect(preps).to.deep.equal(
          clients.map((clientId) => prepareSession({ clientId, since, now: NOW, ...caseload })),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('computeFlags gives the same flags from an index as from the caseload, reused across calls', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const index = indexCaseload(caseload);
        expect(computeFlags(index, NOW)).to.deep.equal(computeFlags(caseload, NOW));
        expect(computeFlags(index, RANGE.from)).to.deep.equal(computeFlags(caseload, RANGE.from));
      }),
      { numRuns: 40 },
    );
  });

  it('reads a history that arrives in time order as the same history in any order', () => {
    fc.assert(
      fc.property(caseloadArb, fc.integer({ min: 0, max: 50 }), (caseload, resubmitted) => {
        // Sorted by time (the index's fast path unless two share an instant), with one submission
        // delivered again a second later under the same id (dropped only when it lands next to it).
        const ordered = [...caseload.submissions].sort(
          (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : 1),
        );
        const again = ordered[resubmitted % Math.max(1, ordered.length)];
        if (again !== undefined) {
          const later = new Date(Date.parse(again.submittedAt) + 1000).toISOString();
          ordered.splice(ordered.indexOf(again) + 1, 0, { ...again, submittedAt: later });
        }
        const inOrder = { ...caseload, submissions: ordered };
        const reversed = { ...caseload, submissions: [...ordered].reverse() };
        const clients = [...new Set(caseload.assignments.map((a) => a.clientId))];
        const since = new Date(Date.parse(NOW) - 5 * DAY).toISOString();
        const everything = (input: typeof caseload) => {
          const index = indexCaseload(input);
          return {
            flags: computeFlags(index, NOW),
            preps: prepareSessions(index, {
              now: NOW,
              sessions: clients.map((clientId) => ({ clientId, since })),
            }),
            adherence: caseloadAdherence(index, RANGE),
          };
        };
        expect(everything(inOrder)).to.deep.equal(everything(reversed));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a nearly ordered history (swaps, one far back, repeats beside and apart) as prepareSession does', () => {
    fc.assert(
      fc.property(
        caseloadArb,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (caseload, swaps, far, repeated) => {
          // The index keeps each history sorted as it reads it, moving an entry back a short way;
          // one further back than that leaves the list to a sort. prepareSession sorts its own.
          const list = [...caseload.submissions].sort(
            (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : 1),
          );
          for (const at of list.length < 2 ? [] : swaps) {
            const i = at % (list.length - 1);
            [list[i], list[i + 1]] = [list[i + 1] as Submission, list[i] as Submission];
          }
          if (list.length > 20) list.push(...list.splice(far % (list.length - 20), 1)); // read last
          const again = list[repeated % Math.max(1, list.length)];
          if (again !== undefined) {
            list.splice(list.indexOf(again) + 1, 0, again); // delivered twice in a row
            list.splice(Math.min(list.length, list.indexOf(again) + 4), 0, { ...again }); // and apart
          }
          const input = { ...caseload, submissions: list };
          const since = new Date(Date.parse(NOW) - 9 * DAY).toISOString();
          const clients = [...new Set(caseload.assignments.map((a) => a.clientId))];
          const index = indexCaseload(input);
          expect(
            prepareSessions(index, { now: NOW, sessions: clients.map((clientId) => ({ clientId, since })) }),
          ).to.deep.equal(clients.map((clientId) => prepareSession({ clientId, since, now: NOW, ...input })));
          const reversed = indexCaseload({ ...input, submissions: [...list].reverse() });
          expect(computeFlags(index, NOW)).to.deep.equal(computeFlags(reversed, NOW));
          expect(caseloadAdherence(index, RANGE)).to.deep.equal(caseloadAdherence(reversed, RANGE));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('the lean summary counts, rates and last activity on a small known case', () => {
    const caseload = build(
      [
        {
          assignments: [
            {
              schedule: {
                kind: 'repeat',
                timeZone: 'UTC',
                repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: date(10) } },
              },
              paused: undefined,
              submissions: [
                {
                  day: 10,
                  minute: 9 * 60 + 5,
                  named: 'own',
                  status: 'completed',
                  duration: 60,
                  distress: 3,
                  repeat: false,
                },
                {
                  day: 12,
                  minute: 9 * 60 + 5,
                  named: 'own',
                  status: 'completed',
                  duration: 30,
                  distress: 3,
                  repeat: false,
                },
                {
                  day: 13,
                  minute: 20 * 60,
                  named: 'none',
                  status: 'completed',
                  duration: 10,
                  distress: 3,
                  repeat: false,
                },
              ],
            },
          ],
        },
      ],
      false,
      false,
    );
    const [summary] = caseloadAdherence(caseload, RANGE);
    // Days 10–16 are due by now; 11 and 14 are missed (expired), 15 and 16 still pending; the
    // unscheduled run on day 13 filled day 13.
    expect(summary).to.include({
      assigned: 7,
      onTime: 3,
      missed: 2,
      pending: 2,
      completionRate: 0.6,
      timeSpentSeconds: 100,
      unscheduledCompletions: 0,
      currentStreak: 0,
      longestStreak: 2,
    });
    expect(summary?.lastCompletedAt).to.equal(caseload.submissions[2]?.submittedAt);
  });
});
