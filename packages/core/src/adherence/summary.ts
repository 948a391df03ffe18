/**
 * Lean adherence: the counts, rates, streaks and last activity of {@link clientAdherence},
 * without the per-occurrence detail and the weekly series, for a whole caseload at once.
 *
 * The numbers are the detailed path's (a test compares them on generated caseloads); what
 * differs is the cost. Occurrences are never built as objects: each assignment's slots are
 * visited through memoised instants shared by every client with the same zone and time,
 * classified in reusable typed arrays, and folded into counts. Submissions come from a
 * {@link CaseloadIndex}, grouped and parsed once per run.
 *
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import { TimeZoneSchema } from '../model/time.js';
import { parse } from '../parse.js';
import type { Caseload } from '../flags/caseload.js';
import { caseloadIndexOf, CaseloadIndex } from '../caseload/caseload-index.js';
import {
  COMPLETED,
  LATE,
  MISSED,
  PENDING,
  Scratch,
  addSegment,
  occurrenceIdAt,
  type Segment,
  type SlottedSubmission,
} from '../schedule/lean.js';
import { epochMs } from '../schedule/zoned.js';
import {
  latestCompletion,
  readOptions,
  type AdherenceCounts,
  type AdherenceOptions,
  type AdherenceSubmission,
  type Context,
} from './adherence.js';

/** The lean part of an adherence report: what a caseload view or a nightly job needs. */
export interface AdherenceTotals extends AdherenceCounts {
  /** As in {@link AdherenceSummary}. */
  unscheduledCompletions: number;
  currentStreak: number;
  longestStreak: number;
  lastCompletedAt: string | null;
}

/** {@link AdherenceTotals} of one assignment. */
export interface AssignmentAdherenceTotals extends AdherenceTotals {
  assignmentId: string;
  clientId: string;
}

/** {@link AdherenceTotals} of one client, with the per-assignment parts (in input order). */
export interface ClientAdherenceTotals extends AdherenceTotals {
  clientId: string;
  assignments: AssignmentAdherenceTotals[];
}

/**
 * The lean adherence of every client in a caseload (or a {@link CaseloadIndex} of it), sorted
 * by client id: for each, exactly the counts, rates, streaks and `lastCompletedAt` that
 * {@link clientAdherence} reports for that client over the same range, with its per-assignment
 * parts, but no occurrences, weekly series or decay.
 *
 * @throws {@link ValidationError} when the range, `now` or a time zone is malformed.
 * @example
 * ```ts
 * const index = indexCaseload({ assignments, submissions, scores: [] });
 * for (const client of caseloadAdherence(index, { from, to: now, now })) {
 *   if ((client.completionRate ?? 1) < 0.5) console.log(client.clientId, client.currentStreak, client.lastCompletedAt);
 * }
 * ```
 */
export function caseloadAdherence(
  input: Caseload | CaseloadIndex | Pick<Caseload, 'assignments' | 'submissions'>,
  options: AdherenceOptions,
): ClientAdherenceTotals[] {
  const index = caseloadIndexOf(
    'scores' in input || input instanceof CaseloadIndex ? input : { ...input, scores: [] },
  );
  const engine = new SummaryEngine(index, options);
  return index.clientIds.flatMap((clientId) => {
    const own = index.assignmentsOf(clientId);
    return own.length === 0 ? [] : [engine.client(clientId, own)];
  });
}

/**
 * The lean adherence of one client: {@link caseloadAdherence} for a single client, with the
 * arguments of {@link clientAdherence}.
 *
 * @throws {@link ValidationError} when the range, `now` or the time zone is malformed.
 */
export function clientAdherenceTotals(
  clientId: string,
  assignments: readonly Assignment[],
  submissions: readonly AdherenceSubmission[],
  options: AdherenceOptions,
): ClientAdherenceTotals {
  const own = assignments.filter((assignment) => assignment.clientId === clientId);
  const wanted = new Set(own.map((assignment) => assignment.id));
  // Adherence reads a submission through its assignment (whoever's client id it carries, if
  // any), and only the fields of AdherenceSubmission.
  const index = caseloadIndexOf({
    assignments: own,
    submissions: submissions.filter((submission) =>
      wanted.has(submission.assignmentId),
    ) as unknown as Caseload['submissions'],
    scores: [],
  });
  return new SummaryEngine(index, options).client(clientId, own);
}

class SummaryEngine {
  readonly #index: CaseloadIndex;
  readonly #options: AdherenceOptions;
  readonly #context: Context;
  readonly #zones = new Set<string>();
  readonly #scratch = new Scratch();

  constructor(index: CaseloadIndex, options: AdherenceOptions) {
    this.#index = index;
    this.#options = options;
    this.#context = readOptions(options, undefined);
  }

  client(clientId: string, own: readonly Assignment[]): ClientAdherenceTotals {
    // The same validation as the detailed report (its zone only shapes the weekly series).
    const zone = this.#options.timeZone ?? own[0]?.schedule.timeZone ?? 'UTC';
    if (!this.#zones.has(zone)) {
      parse(TimeZoneSchema, zone, 'time zone');
      this.#zones.add(zone);
    }
    const { fromMs, toMs, nowMs } = this.#context;
    const scratch = this.#scratch;
    scratch.length = 0;
    const segments: (Segment & { assignment: Assignment })[] = [];
    for (const assignment of own) {
      const sorted = this.#index.sortedForAssignment(assignment.id);
      segments.push(addSegment(scratch, assignment, this.#index.plans.of(assignment), this.#context, sorted));
    }

    const totals = leanCounts();
    const last = latestCompletion();
    const parts = segments.map((segment) => {
      const part = leanCounts();
      const partLast = latestCompletion();
      countSegment(scratch, segment, part);
      // In input order, as the detailed report adds them up (floating-point sums depend on order).
      for (const timed of this.#index.completedForAssignment(segment.assignment.id)) {
        const { at, submission } = timed;
        if (at < fromMs || at >= toMs || at > nowMs) continue;
        partLast.see(submission, at);
        last.see(submission, at);
        const seconds =
          submission.durationSeconds ?? Math.max(0, (at - epochMs(submission.startedAt)) / 1000);
        part.timeSpentSeconds += seconds;
        totals.timeSpentSeconds += seconds;
        if (submission.occurrenceId !== undefined) continue;
        if (!countedIn(scratch, [segment], submission.id)) part.unscheduledCompletions += 1;
        if (!countedIn(scratch, segments, submission.id)) totals.unscheduledCompletions += 1;
      }
      const streak = segmentStreak(scratch, segment);
      return {
        assignmentId: segment.assignment.id,
        clientId,
        ...withRate(part),
        currentStreak: streak.current,
        longestStreak: streak.longest,
        lastCompletedAt: partLast.at(),
      };
    });
    for (const part of parts) {
      totals.assigned += part.assigned;
      totals.onTime += part.onTime;
      totals.late += part.late;
      totals.missed += part.missed;
      totals.pending += part.pending;
    }
    totals.completed = totals.onTime + totals.late;
    const streak = mergedStreak(scratch, segments);
    return {
      clientId,
      ...withRate(totals),
      currentStreak: streak.current,
      longestStreak: streak.longest,
      lastCompletedAt: last.at(),
      assignments: parts,
    };
  }
}

/** Counts as one literal (one hidden class for every summary). */
function leanCounts(): AdherenceCounts & { unscheduledCompletions: number } {
  return {
    assigned: 0,
    completed: 0,
    onTime: 0,
    late: 0,
    missed: 0,
    pending: 0,
    completionRate: null,
    timeSpentSeconds: 0,
    unscheduledCompletions: 0,
  };
}

function withRate<T extends AdherenceCounts>(counts: T): T {
  const decided = counts.completed + counts.missed;
  counts.completionRate = decided === 0 ? null : counts.completed / decided;
  return counts;
}

function countSegment(scratch: Scratch, segment: Segment, counts: AdherenceCounts): void {
  for (let i = segment.start; i < segment.end; i += 1) {
    counts.assigned += 1;
    const status = scratch.status[i];
    if (status === COMPLETED) counts.onTime += 1;
    else if (status === LATE) counts.late += 1;
    else if (status === MISSED) counts.missed += 1;
    else counts.pending += 1;
  }
  counts.completed = counts.onTime + counts.late;
}

/** Whether some occurrence of these segments counted a submission with this id. */
function countedIn(scratch: Scratch, segments: readonly Segment[], submissionId: string): boolean {
  for (const segment of segments) {
    for (let i = segment.start; i < segment.end; i += 1) {
      const j = scratch.matched[i] as number;
      if (j >= 0 && (segment.sorted[j] as SlottedSubmission).submission.id === submissionId) return true;
    }
  }
  return false;
}

interface Streak {
  current: number;
  longest: number;
}

function step(streak: Streak, status: number): void {
  if (status === PENDING) return;
  streak.current = status === MISSED ? 0 : streak.current + 1;
  streak.longest = Math.max(streak.longest, streak.current);
}

function segmentStreak(scratch: Scratch, segment: Segment): Streak {
  const streak = { current: 0, longest: 0 };
  for (let i = segment.start; i < segment.end; i += 1) step(streak, scratch.status[i] as number);
  return streak;
}

/** Whether occurrence `a` of segment `x` has a smaller id than occurrence `b` of segment `y`. */
function idBefore(scratch: Scratch, x: Segment, a: number, y: Segment, b: number): boolean {
  // Ids are `<assignment id>@…`: unless one `<id>@` starts the other, they decide alone.
  const left = `${x.assignment.id}@`;
  const right = `${y.assignment.id}@`;
  if (left !== right && !left.startsWith(right) && !right.startsWith(left)) return left < right;
  return occurrenceIdAt(scratch, x, a) < occurrenceIdAt(scratch, y, b);
}

/** The streak over all segments in due order (ties by occurrence id), merged without sorting. */
function mergedStreak(scratch: Scratch, segments: readonly Segment[]): Streak {
  if (segments.length === 1) return segmentStreak(scratch, segments[0] as Segment);
  const streak = { current: 0, longest: 0 };
  const heads = segments.map((segment) => segment.start);
  for (;;) {
    let best = -1;
    for (let k = 0; k < segments.length; k += 1) {
      const at = heads[k] as number;
      if (at >= (segments[k] as Segment).end) continue;
      if (best < 0) {
        best = k;
        continue;
      }
      const other = heads[best] as number;
      const difference = (scratch.due[at] as number) - (scratch.due[other] as number);
      if (
        difference < 0 ||
        (difference === 0 && idBefore(scratch, segments[k] as Segment, at, segments[best] as Segment, other))
      )
        best = k;
    }
    if (best < 0) return streak;
    step(streak, scratch.status[heads[best] as number] as number);
    heads[best] = (heads[best] as number) + 1;
  }
}
