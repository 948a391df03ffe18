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
import type { TimedSubmission } from '../flags/caseload.js';
import type { Caseload } from '../flags/caseload.js';
import {
  caseloadIndexOf,
  slotKey,
  CaseloadIndex,
  type IndexedSubmission,
} from '../caseload/caseload-index.js';
import { slotPlan, visitSlots, type SlotPlan } from '../schedule/expand.js';
import { dateFromEpochDay, epochMs, formatDate } from '../schedule/zoned.js';
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

const PENDING = 0;
const COMPLETED = 1;
const LATE = 2;
const MISSED = 3;

/** Scratch space reused across assignments and clients: nothing is allocated per occurrence. */
class Scratch {
  due = new Float64Array(256);
  windowEnd = new Float64Array(256);
  expires = new Float64Array(256);
  day = new Int32Array(256);
  time = new Int32Array(256);
  slot = new Float64Array(256);
  status = new Uint8Array(256);
  matched = new Int32Array(256);
  length = 0;

  push(day: number, time: number, slot: number, due: number, windowEnd: number, expires: number): void {
    if (this.length === this.due.length) this.#grow();
    const at = this.length;
    this.slot[at] = slot;
    this.day[at] = day;
    this.time[at] = time;
    this.due[at] = due;
    this.windowEnd[at] = windowEnd;
    this.expires[at] = expires;
    this.matched[at] = -1;
    this.length += 1;
  }

  #grow(): void {
    const size = this.due.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.due = grow(this.due, (n) => new Float64Array(n));
    this.windowEnd = grow(this.windowEnd, (n) => new Float64Array(n));
    this.expires = grow(this.expires, (n) => new Float64Array(n));
    this.day = grow(this.day, (n) => new Int32Array(n));
    this.time = grow(this.time, (n) => new Int32Array(n));
    this.slot = grow(this.slot, (n) => new Float64Array(n));
    this.status = grow(this.status, (n) => new Uint8Array(n));
    this.matched = grow(this.matched, (n) => new Int32Array(n));
  }
}

interface Segment {
  assignment: Assignment;
  plan: SlotPlan;
  start: number;
  end: number;
  sorted: readonly IndexedSubmission[];
}

class SummaryEngine {
  readonly #index: CaseloadIndex;
  readonly #options: AdherenceOptions;
  readonly #context: Context;
  readonly #zones = new Set<string>();
  readonly #scratch = new Scratch();
  readonly #plans = new Map<Assignment['schedule'], SlotPlan>();

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
    const segments: Segment[] = [];
    for (const assignment of own) {
      const plan = this.#planOf(assignment);
      const start = scratch.length;
      // A slot key is the day times a constant plus the time of day's part (see slotKey).
      const timeKeys = plan.times.map((time) => slotKey(0, time));
      const dayKey = slotKey(1, undefined) - slotKey(0, undefined);
      visitSlots(assignment, plan, fromMs, toMs, (day, time, instants) => {
        if (instants.due.ms > nowMs) return;
        const slot = day * dayKey + (timeKeys[time] as number);
        scratch.push(day, time, slot, instants.due.ms, instants.windowEnd.ms, instants.expires.ms);
      });
      const segment = {
        assignment,
        plan,
        start,
        end: scratch.length,
        sorted: this.#index.sortedForAssignment(assignment.id),
      };
      sortSegment(scratch, segment);
      classifySegment(scratch, segment, nowMs);
      segments.push(segment);
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

  #planOf(assignment: Assignment): SlotPlan {
    let plan = this.#plans.get(assignment.schedule);
    if (plan === undefined) this.#plans.set(assignment.schedule, (plan = slotPlan(assignment.schedule)));
    return plan;
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

/** The occurrence id the detailed path would give a slot (only needed to break rare ties). */
function occurrenceId(scratch: Scratch, segment: Segment, at: number): string {
  const time = segment.plan.times[scratch.time[at] as number];
  const date = formatDate(dateFromEpochDay(scratch.day[at] as number));
  return `${segment.assignment.id}@${date}${time === undefined ? '' : `T${time}`}`;
}

/**
 * Puts a segment in due order, ties by occurrence id, as expandOccurrences does. Slots come in
 * that order already unless a daylight-saving gap moved one past the next (then: sort).
 */
function sortSegment(scratch: Scratch, segment: Segment): void {
  let sorted = true;
  for (let at = segment.start + 1; at < segment.end && sorted; at += 1)
    sorted = (scratch.due[at - 1] as number) <= (scratch.due[at] as number);
  if (sorted) return;
  const order = Array.from({ length: segment.end - segment.start }, (_, offset) => segment.start + offset);
  const ids = new Map(order.map((at) => [at, occurrenceId(scratch, segment, at)]));
  order.sort(
    (a, b) =>
      (scratch.due[a] as number) - (scratch.due[b] as number) ||
      ((ids.get(a) as string) < (ids.get(b) as string) ? -1 : 1),
  );
  const copy = (array: Float64Array | Int32Array) => {
    const values = order.map((at) => array[at] as number);
    values.forEach((value, offset) => (array[segment.start + offset] = value));
  };
  for (const array of [
    scratch.due,
    scratch.windowEnd,
    scratch.expires,
    scratch.day,
    scratch.time,
    scratch.slot,
  ])
    copy(array);
}

/** classifyOccurrences' rules, on the segment's slots and the assignment's submissions. */
function classifySegment(scratch: Scratch, segment: Segment, nowMs: number): void {
  const { start, end, sorted } = segment;
  let unscheduled = false;
  let hint = start;
  // Rule 2: submissions that name their occurrence, earliest first.
  for (let j = 0; j < sorted.length; j += 1) {
    const { submission, at } = sorted[j] as TimedSubmission;
    if (at > nowMs) break;
    if (submission.occurrenceId === undefined) {
      unscheduled = true;
      continue;
    }
    const { slot } = sorted[j] as IndexedSubmission;
    if (Number.isNaN(slot)) continue;
    // Submissions come in time order, and so do the occurrences they name: search on from
    // the last one found (then wrap around), which finds most at the first or second look.
    const count = end - start;
    for (let look = 0; look < count; look += 1) {
      const i = start + ((hint - start + look) % count);
      if (scratch.slot[i] !== slot) continue;
      if (scratch.matched[i] === -1 && at < (scratch.expires[i] as number)) scratch.matched[i] = j;
      hint = i;
      break;
    }
  }
  // Rule 3: unscheduled submissions fill the earliest open occurrence they fall into.
  if (unscheduled) {
    const used = new Set<string>();
    for (let i = start; i < end; i += 1) {
      const j = scratch.matched[i] as number;
      if (j >= 0) used.add((sorted[j] as TimedSubmission).submission.id);
    }
    for (let j = 0; j < sorted.length; j += 1) {
      const { submission, at } = sorted[j] as TimedSubmission;
      if (at > nowMs) break;
      if (submission.occurrenceId !== undefined || used.has(submission.id)) continue;
      for (let i = start; i < end; i += 1) {
        if (
          scratch.matched[i] !== -1 ||
          at < (scratch.due[i] as number) ||
          at >= (scratch.expires[i] as number)
        )
          continue;
        scratch.matched[i] = j;
        used.add(submission.id);
        break;
      }
    }
  }
  for (let i = start; i < end; i += 1) {
    const j = scratch.matched[i] as number;
    if (j >= 0) {
      scratch.status[i] =
        (sorted[j] as TimedSubmission).at < (scratch.windowEnd[i] as number) ? COMPLETED : LATE;
    } else {
      scratch.status[i] = nowMs >= (scratch.expires[i] as number) ? MISSED : PENDING;
    }
  }
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
      if (j >= 0 && (segment.sorted[j] as TimedSubmission).submission.id === submissionId) return true;
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
  return occurrenceId(scratch, x, a) < occurrenceId(scratch, y, b);
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
