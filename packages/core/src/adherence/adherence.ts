/**
 * Adherence: how much of the assigned work a client did, on time or late, over a range.
 *
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { classifyOccurrences, type ClassifiedOccurrence } from '../schedule/classify.js';
import { expandOccurrences } from '../schedule/expand.js';
import { parse } from '../parse.js';
import { OccurrenceRangeSchema } from '../schedule/expand.js';
import { InstantStringSchema, TimeZoneSchema } from '../model/time.js';
import {
  addDays,
  dateAtEpochMs,
  epochMs,
  formatDate,
  isoWeek,
  localDate,
  daysBetween,
} from '../schedule/zoned.js';
import { engagementDecay, type EngagementDecay, type EngagementDecayOptions } from './decay.js';

/** The range, the moment and the settings of an adherence report. */
export interface AdherenceOptions {
  /** Start of the range (inclusive), an ISO date-time with offset. */
  from: string;
  /** End of the range (exclusive). Occurrences due after `now` are not counted yet. */
  to: string;
  /** The moment the report describes. */
  now: string;
  /** Zone of the weekly series' calendar. Default: the first assignment's schedule zone, else UTC. */
  timeZone?: string;
  /** Thresholds for {@link engagementDecay}. */
  decay?: EngagementDecayOptions;
}

/** Counts over a set of occurrences that have come due. */
export interface AdherenceCounts {
  /** Occurrences due in the range at or before `now`: `onTime + late + missed + pending`. */
  assigned: number;
  /** Done on time or late: `onTime + late`. */
  completed: number;
  onTime: number;
  late: number;
  missed: number;
  /** Due but neither done nor expired yet. */
  pending: number;
  /** `completed ÷ (completed + missed)`; pending work is not held against the client. `null` when nothing is decided. */
  completionRate: number | null;
  /**
   * Seconds spent in completed submissions (scheduled or not) submitted in the range by
   * `now`. In the weekly series, time for an occurrence counts in that occurrence's week.
   */
  timeSpentSeconds: number;
}

/** One ISO week (Monday–Sunday, in the client's zone) of a weekly series. */
export interface WeeklyAdherence extends AdherenceCounts {
  /** ISO week, e.g. `2026-W13`. */
  week: string;
  /** Its Monday, `YYYY-MM-DD`. */
  weekStart: string;
}

/** Adherence over a range; the same shape per assignment and per client. */
export interface AdherenceSummary extends AdherenceCounts {
  /**
   * Extra practice: completed submissions in the range without an `occurrenceId` that did
   * not fill an occurrence either.
   */
  unscheduledCompletions: number;
  /**
   * Completed (on time or late) occurrences in a row up to the latest decided one; a missed
   * occurrence breaks a streak, pending ones neither extend nor break it.
   */
  currentStreak: number;
  /** The longest such run in the range. Always ≥ `currentStreak`. */
  longestStreak: number;
  /**
   * Last activity: `submittedAt` of the latest completed submission (scheduled or not) submitted
   * in the range by `now` (ties by submission id), or `null` when there is none.
   */
  lastCompletedAt: string | null;
  /** Every ISO week that overlaps the range, oldest first; its counts sum to the totals. */
  weekly: WeeklyAdherence[];
  /** First weeks against latest weeks; see {@link engagementDecay}. */
  decay: EngagementDecay;
  /** Every occurrence counted, with its status (for drill-down views). */
  occurrences: ClassifiedOccurrence[];
}

/** {@link AdherenceSummary} for one assignment. */
export interface AssignmentAdherence extends AdherenceSummary {
  assignmentId: string;
  clientId: string;
}

/** {@link AdherenceSummary} over all of a client's assignments, with the per-assignment parts. */
export interface ClientAdherence extends AdherenceSummary {
  clientId: string;
  assignments: AssignmentAdherence[];
}

/** What adherence reads from a submission. */
export type AdherenceSubmission = Pick<
  Submission,
  | 'id'
  | 'assignmentId'
  | 'occurrenceId'
  | 'submittedAt'
  | 'startedAt'
  | 'status'
  | 'timeZone'
  | 'durationSeconds'
>;

/**
 * Adherence to one assignment over `[from, to)` as of `now`.
 *
 * Occurrences come from {@link expandOccurrences} and their statuses from
 * {@link classifyOccurrences}; only those due at or before `now` count. Time spent uses a
 * submission's `durationSeconds`, or else the time between `startedAt` and `submittedAt`.
 *
 * @throws {@link ValidationError} when the range or `now` is malformed.
 * @example
 * ```ts
 * const report = assignmentAdherence(assignment, submissions, {
 *   from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', now: '2026-03-31T12:00:00+02:00',
 * });
 * report.completionRate; // e.g. 0.8
 * ```
 */
export function assignmentAdherence(
  assignment: Assignment,
  submissions: readonly AdherenceSubmission[],
  options: AdherenceOptions,
): AssignmentAdherence {
  const context = readOptions(options, assignment.schedule.timeZone);
  const own = submissions.filter((submission) => submission.assignmentId === assignment.id);
  const occurrences = classifiedFor(assignment, own, context);
  return {
    assignmentId: assignment.id,
    clientId: assignment.clientId,
    ...summarize(occurrences, own, context),
  };
}

/**
 * Adherence of one client over all their assignments (those whose `clientId` matches),
 * with a per-assignment breakdown. Streaks run over all the client's occurrences in due
 * order; the weekly series uses `options.timeZone` or the first assignment's zone.
 *
 * @throws {@link ValidationError} when the range or `now` is malformed.
 * @example
 * ```ts
 * const { completionRate, currentStreak, weekly, decay } = clientAdherence('c-1', assignments, submissions, {
 *   from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', now: '2026-03-31T12:00:00+02:00',
 * });
 * if (decay.decaying) console.log('completion is falling');
 * ```
 */
export function clientAdherence(
  clientId: string,
  assignments: readonly Assignment[],
  submissions: readonly AdherenceSubmission[],
  options: AdherenceOptions,
): ClientAdherence {
  const own = assignments.filter((assignment) => assignment.clientId === clientId);
  const context = readOptions(options, own[0]?.schedule.timeZone);
  const parts = own.map((assignment) => {
    const ownSubmissions = submissions.filter((submission) => submission.assignmentId === assignment.id);
    const occurrences = classifiedFor(assignment, ownSubmissions, context);
    return { assignment, submissions: ownSubmissions, occurrences };
  });
  const all = parts
    .flatMap((part) => part.occurrences)
    .map((occurrence) => ({ occurrence, dueMs: epochMs(occurrence.dueAt) }))
    .sort((a, b) => a.dueMs - b.dueMs || (a.occurrence.id < b.occurrence.id ? -1 : 1))
    .map(({ occurrence }) => occurrence);
  return {
    clientId,
    ...summarize(
      all,
      parts.flatMap((part) => part.submissions),
      context,
    ),
    assignments: parts.map((part) => ({
      assignmentId: part.assignment.id,
      clientId,
      ...summarize(part.occurrences, part.submissions, context),
    })),
  };
}

/**
 * The validated range and settings every summary of one report shares.
 *
 * @internal
 */
export interface Context {
  from: string;
  to: string;
  now: string;
  fromMs: number;
  toMs: number;
  nowMs: number;
  timeZone: string;
  decay: EngagementDecayOptions | undefined;
}

/** @internal */
export function readOptions(options: AdherenceOptions, fallbackZone: string | undefined): Context {
  const { from, to } = parse(
    OccurrenceRangeSchema,
    { from: options.from, to: options.to },
    'adherence range',
  );
  const now = parse(InstantStringSchema, options.now, 'now');
  const timeZone = parse(TimeZoneSchema, options.timeZone ?? fallbackZone ?? 'UTC', 'time zone');
  return {
    from,
    to,
    now,
    fromMs: epochMs(from),
    toMs: epochMs(to),
    nowMs: epochMs(now),
    timeZone,
    decay: options.decay,
  };
}

/** The assignment's occurrences in the range that have come due by `now`, with statuses, in due order. */
function classifiedFor(
  assignment: Assignment,
  submissions: readonly AdherenceSubmission[],
  context: Context,
): ClassifiedOccurrence[] {
  const due = expandOccurrences(assignment, { from: context.from, to: context.to }).filter(
    (occurrence) => epochMs(occurrence.dueAt) <= context.nowMs,
  );
  return classifyOccurrences(due, submissions, context.now);
}

function summarize(
  occurrences: readonly ClassifiedOccurrence[],
  submissions: readonly AdherenceSubmission[],
  context: Context,
): AdherenceSummary {
  const { fromMs, toMs, nowMs, timeZone } = context;

  // Weekly buckets: every week the range touches, plus any week an item lands in.
  const weeks = new Map<string, WeeklyAdherence>();
  const weekOfDate = new Map<string, WeeklyAdherence>();
  const bucket = (date: string): WeeklyAdherence => {
    const known = weekOfDate.get(date);
    if (known !== undefined) return known;
    const { week, start } = isoWeek(localDate(date));
    let entry = weeks.get(week);
    if (entry === undefined) {
      entry = { week, weekStart: formatDate(start), ...emptyCounts() };
      weeks.set(week, entry);
    }
    weekOfDate.set(date, entry);
    return entry;
  };
  const firstDay = dateAtEpochMs(fromMs, timeZone);
  const lastDay = dateAtEpochMs(Math.max(fromMs, toMs - 1), timeZone);
  for (let day = firstDay; daysBetween(day, lastDay) >= 0; day = addDays(day, 7)) bucket(formatDate(day));
  bucket(formatDate(lastDay));

  const totals = emptyCounts();
  for (const occurrence of occurrences) {
    for (const counts of [totals, bucket(occurrence.localDate)]) count(counts, occurrence);
  }

  // Time spent on scheduled work is charted in its occurrence's week; extra practice in
  // the week (of the client's zone) it was submitted in.
  const dayOfSubmission = new Map<string, string>();
  for (const occurrence of occurrences) {
    if (occurrence.submissionId !== undefined)
      dayOfSubmission.set(occurrence.submissionId, occurrence.localDate);
  }
  let unscheduledCompletions = 0;
  const last = latestCompletion();
  for (const submission of submissions) {
    const at = epochMs(submission.submittedAt);
    if (submission.status !== 'completed' || at < fromMs || at >= toMs || at > nowMs) continue;
    last.see(submission, at);
    const day = dayOfSubmission.get(submission.id);
    if (submission.occurrenceId === undefined && day === undefined) unscheduledCompletions += 1;
    const seconds = submission.durationSeconds ?? Math.max(0, (at - epochMs(submission.startedAt)) / 1000);
    totals.timeSpentSeconds += seconds;
    bucket(day ?? formatDate(dateAtEpochMs(at, submission.timeZone))).timeSpentSeconds += seconds;
  }

  const weekly = [...weeks.values()].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1)).map(withRate);
  const { current, longest } = streaks(occurrences);
  return {
    ...withRate(totals),
    unscheduledCompletions,
    currentStreak: current,
    longestStreak: longest,
    lastCompletedAt: last.at(),
    weekly,
    decay: engagementDecay(weekly, context.decay),
    occurrences: [...occurrences],
  };
}

/**
 * Keeps the latest completion seen (by instant, then submission id).
 *
 * @internal
 */
export function latestCompletion() {
  let best: Pick<Submission, 'id' | 'submittedAt'> | undefined;
  let bestMs = Number.NEGATIVE_INFINITY;
  return {
    see(submission: Pick<Submission, 'id' | 'submittedAt'>, ms: number): void {
      if (best === undefined || ms > bestMs || (ms === bestMs && submission.id > best.id)) {
        best = submission;
        bestMs = ms;
      }
    },
    at: (): string | null => best?.submittedAt ?? null,
  };
}

/** @internal */
export function emptyCounts(): AdherenceCounts {
  return {
    assigned: 0,
    completed: 0,
    onTime: 0,
    late: 0,
    missed: 0,
    pending: 0,
    completionRate: null,
    timeSpentSeconds: 0,
  };
}

function count(counts: AdherenceCounts, occurrence: ClassifiedOccurrence): void {
  counts.assigned += 1;
  if (occurrence.status === 'completed') counts.onTime += 1;
  else if (occurrence.status === 'late') counts.late += 1;
  else if (occurrence.status === 'missed') counts.missed += 1;
  else counts.pending += 1;
  counts.completed = counts.onTime + counts.late;
}

function withRate<T extends AdherenceCounts>(counts: T): T {
  const decided = counts.completed + counts.missed;
  return { ...counts, completionRate: decided === 0 ? null : counts.completed / decided };
}

function streaks(occurrences: readonly ClassifiedOccurrence[]): { current: number; longest: number } {
  let current = 0;
  let longest = 0;
  for (const occurrence of occurrences) {
    if (occurrence.status === 'pending') continue;
    current = occurrence.status === 'missed' ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return { current, longest };
}
