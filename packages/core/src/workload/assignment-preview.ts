/**
 * What a new assignment would do to a client's week, before the clinician saves it: its
 * occurrences over the next days, and the composer's warnings (practitioners saw clients
 * overwhelmed by more than a couple of new exercises a week, and check-ins past 90 s do not
 * survive week two).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { ActivityDefinition } from '../definitions/activity.js';
import { checkInWarnings } from '../definitions/check-in.js';
import type { Assignment } from '../model/assignment.js';
import type { Occurrence } from '../model/occurrence.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import { expandOccurrences } from '../schedule/expand.js';
import { addDays, atWallTime, dateAtEpochMs, epochMs, formatDate, isoWeek } from '../schedule/zoned.js';
import { DefinitionIndex, ScoreLookup, sortAssignments } from '../flags/caseload.js';
import type { RuleContext } from '../flags/context.js';
import type { Score } from '../scoring/score.js';
import { DEFAULT_FLAG_OPTIONS, resolveFlagOptions } from '../flags/options.js';
import { overloadFlags } from '../flags/overload.js';
import { shiftDays } from '../flags/time.js';
import { PlanCache } from '../schedule/expand.js';
import { Scratch } from '../schedule/lean.js';

/** Schema for {@link WorkloadLimits}. */
export const WorkloadLimitsSchema = z.object({
  /** More new exercise assignments than this within 7 days is overload (the `overload` flag's rule). */
  maxNewExercisesPerWeek: z.optional(z.int().check(z.gte(0), z.lte(100))),
  /** More minutes of assigned work than this in one calendar week (Monday to Sunday, the client's zone). */
  maxMinutesPerWeek: z.optional(z.number().check(z.positive(), z.lte(7 * 24 * 60))),
});

/** The composer's limits; each falls back to {@link DEFAULT_WORKLOAD_LIMITS}. */
export type WorkloadLimits = z.input<typeof WorkloadLimitsSchema>;

/**
 * The defaults, and why: two new exercises a week is the flag engine's `overloadMaxNewExercises`
 * ("start with one or two brief exercises per week"); an hour a week is about one session's worth of
 * work between sessions, well above daily check-ins (about 10 minutes a week) plus a weekly
 * questionnaire and two brief exercises.
 */
export const DEFAULT_WORKLOAD_LIMITS: Readonly<Required<WorkloadLimits>> = Object.freeze({
  maxNewExercisesPerWeek: DEFAULT_FLAG_OPTIONS.overloadMaxNewExercises,
  maxMinutesPerWeek: 60,
});

/** A reason to think twice before saving; never blocks the save. */
export type WorkloadWarning =
  | {
      /** The client would get more new exercises within 7 days than the limit. */
      readonly code: 'too-many-new-exercises';
      /** New exercises in the busiest 7 days, this one included. */
      readonly count: number;
      readonly limit: number;
    }
  | {
      /** A calendar week would hold more minutes of assigned work than the limit. */
      readonly code: 'too-many-minutes';
      /** The Monday that starts the first such week, in the client's zone. */
      readonly weekStart: string;
      readonly minutes: number;
      readonly limit: number;
    }
  | {
      /** The check-in template is estimated to take longer than 90 s (`checkInWarnings`). */
      readonly code: 'check-in-too-long';
      readonly estimatedSeconds: number;
      readonly limitSeconds: number;
    };

/** One calendar week of the client's assigned work. */
export interface WeekLoad {
  /** The Monday that starts it (`YYYY-MM-DD`, the client's zone). */
  readonly weekStart: string;
  /** Minutes of every active assignment due that week, the new one included. */
  readonly minutes: number;
  /** Of those, the new assignment's. */
  readonly newMinutes: number;
}

/** The input of {@link previewAssignment}. */
export interface AssignmentPreviewInput {
  /** The assignment as it would be saved (`createdAt` is when the clinician saves it). */
  readonly assignment: Assignment;
  /** The client's other assignments (other clients' and the same id are ignored). */
  readonly assignments: readonly Assignment[];
  /** Definitions for minutes and check-in length; an unknown one counts 0 minutes. */
  readonly definitions: readonly ActivityDefinition[];
  /** The moment the preview starts. */
  readonly now: string;
  /** How many local days of occurrences to list. Default 14 (two weeks). */
  readonly days?: number;
  readonly limits?: WorkloadLimits;
}

/** The result of {@link previewAssignment}. */
export interface AssignmentPreview {
  /** The new assignment's occurrences in `[now, now + days)`, due order. */
  readonly occurrences: Occurrence[];
  /** Every calendar week the preview touches, oldest first. */
  readonly weeks: WeekLoad[];
  /** New exercise assignments in the busiest 7 days ending with this one (0 when it is not an exercise). */
  readonly newExercises: number;
  readonly warnings: WorkloadWarning[];
  /** The limits applied, defaults filled in. */
  readonly limits: Readonly<Required<WorkloadLimits>>;
}

const DaysSchema = z.int().check(z.gte(1), z.lte(366));

/**
 * Previews a new (or changed) assignment against the client's other active work:
 *
 * - `too-many-new-exercises`: core's `overload` rule, run on the client's assignments with this
 *   one added: it warns exactly when saving would raise (or extend) the `overload` flag.
 * - `too-many-minutes`: a calendar week (the client's zone) in the preview where the due
 *   occurrences of every active assignment, this one included, add up to more than
 *   `maxMinutesPerWeek` of the definitions' `estimatedMinutes`, and this one adds to it.
 * - `check-in-too-long`: the template's own `checkInWarnings`.
 *
 * Pure and deterministic.
 *
 * @throws {@link ValidationError} when `now`, `days` or a limit is malformed.
 * @example
 * ```ts
 * const preview = previewAssignment({ assignment: draft, assignments: theirs, definitions, now });
 * preview.occurrences.map((o) => o.dueAt); // the next two weeks
 * preview.warnings; // [{ code: 'too-many-new-exercises', count: 3, limit: 2 }]
 * ```
 */
export function previewAssignment(input: AssignmentPreviewInput): AssignmentPreview {
  const now = parse(InstantStringSchema, input.now, 'now');
  const days = parse(DaysSchema, input.days ?? 14, 'days');
  const parsedLimits = parse(WorkloadLimitsSchema, input.limits ?? {}, 'workload limits');
  const limits = {
    maxNewExercisesPerWeek:
      parsedLimits.maxNewExercisesPerWeek ?? DEFAULT_WORKLOAD_LIMITS.maxNewExercisesPerWeek,
    maxMinutesPerWeek: parsedLimits.maxMinutesPerWeek ?? DEFAULT_WORKLOAD_LIMITS.maxMinutesPerWeek,
  };
  const { assignment } = input;
  const timeZone = assignment.schedule.timeZone;
  const definitions = new DefinitionIndex(input.definitions);
  const others = input.assignments.filter(
    (other) => other.clientId === assignment.clientId && other.id !== assignment.id,
  );
  const until = shiftDays(now, days, timeZone).text;
  const occurrences =
    assignment.status === 'active' ? expandOccurrences(assignment, { from: now, to: until }) : [];

  const warnings: WorkloadWarning[] = [];
  const newExercises = newExerciseCount(assignment, others, now, limits.maxNewExercisesPerWeek);
  if (newExercises.over) {
    warnings.push({
      code: 'too-many-new-exercises',
      count: newExercises.count,
      limit: limits.maxNewExercisesPerWeek,
    });
  }

  const weeks = weekLoads(assignment, others, definitions, now, until, timeZone);
  const heavy = weeks.find((week) => week.newMinutes > 0 && week.minutes > limits.maxMinutesPerWeek);
  if (heavy !== undefined) {
    warnings.push({
      code: 'too-many-minutes',
      weekStart: heavy.weekStart,
      minutes: heavy.minutes,
      limit: limits.maxMinutesPerWeek,
    });
  }

  const template = definitions.checkIn(assignment.activity);
  if (template !== undefined) {
    for (const warning of checkInWarnings(template)) {
      warnings.push({
        code: 'check-in-too-long',
        estimatedSeconds: warning.estimatedSeconds,
        limitSeconds: warning.limitSeconds,
      });
    }
  }
  return { occurrences, weeks, newExercises: newExercises.count, warnings, limits };
}

/** The `overload` rule over the client's assignments with `assignment` added. */
function newExerciseCount(
  assignment: Assignment,
  others: readonly Assignment[],
  now: string,
  limit: number,
): { count: number; over: boolean } {
  if (assignment.activity.kind !== 'exercise' || assignment.status === 'cancelled') {
    return { count: 0, over: false };
  }
  const timeZone = assignment.schedule.timeZone;
  // Judged when it is saved: at `now`, or at its creation if that is later.
  const at = epochMs(assignment.createdAt) > epochMs(now) ? assignment.createdAt : now;
  const definitions = new DefinitionIndex();
  const scores = new Map<string, Score>();
  const context: RuleContext = {
    now: at,
    nowMs: epochMs(at),
    options: resolveFlagOptions({ overloadMaxNewExercises: limit }),
    definitions,
    scores,
    // The overload rule reads assignments only: the score and slot caches stay empty.
    scoring: new ScoreLookup(scores, definitions),
    daysBeforeNow: (days, zone) => shiftDays(at, -days, zone),
    plans: new PlanCache(),
    scratch: new Scratch(),
  };
  const assignments = sortAssignments([...others, assignment]);
  const flag = overloadFlags(
    { clientId: assignment.clientId, timeZone, assignments, completed: [], measures: [] },
    context,
  ).find((found) => found.evidence.some((evidence) => evidence.assignmentId === assignment.id));
  if (flag !== undefined) return { count: flag.metrics['newExercises'] ?? 0, over: true };
  // Under the limit: count this one and the others created in the 7 days before it.
  const weekBefore = shiftDays(assignment.createdAt, -7, timeZone).ms;
  const created = epochMs(assignment.createdAt);
  const count = assignments.filter((other) => {
    const ms = epochMs(other.createdAt);
    return (
      other.activity.kind === 'exercise' && other.status !== 'cancelled' && ms > weekBefore && ms <= created
    );
  }).length;
  return { count, over: false };
}

/** Minutes per calendar week over the weeks `[now, until)` touches. */
function weekLoads(
  assignment: Assignment,
  others: readonly Assignment[],
  definitions: DefinitionIndex,
  now: string,
  until: string,
  timeZone: string,
): WeekLoad[] {
  const firstMonday = isoWeek(dateAtEpochMs(epochMs(now), timeZone)).start;
  const lastMonday = isoWeek(dateAtEpochMs(epochMs(until), timeZone)).start;
  const weeks = new Map<string, { minutes: number; newMinutes: number }>();
  for (let monday = firstMonday; monday.epochDay <= lastMonday.epochDay; monday = addDays(monday, 7)) {
    weeks.set(formatDate(monday), { minutes: 0, newMinutes: 0 });
  }
  // A day's margin each side: another schedule's zone may put its Monday a day apart.
  const range = {
    from: atWallTime(addDays(firstMonday, -1), undefined, timeZone).text,
    to: atWallTime(addDays(lastMonday, 8), undefined, timeZone).text,
  };
  const count = (subject: Assignment, isNew: boolean) => {
    if (subject.status !== 'active') return;
    const minutes = definitions.find(subject.activity)?.estimatedMinutes ?? 0;
    if (minutes === 0) return;
    for (const occurrence of expandOccurrences(subject, range)) {
      // Weeks are the client's (the new assignment's zone), whatever zone another schedule uses.
      const week = weeks.get(formatDate(isoWeek(dateAtEpochMs(epochMs(occurrence.dueAt), timeZone)).start));
      if (week === undefined) continue;
      week.minutes += minutes;
      if (isNew) week.newMinutes += minutes;
    }
  };
  for (const other of others) count(other, false);
  count(assignment, true);
  return [...weeks].map(([weekStart, load]) => ({ weekStart, ...load }));
}
