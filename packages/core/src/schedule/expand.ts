/**
 * Expanding a schedule into occurrences over a range of instants, in the client's zone.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Assignment } from '../model/assignment.js';
import type { Occurrence } from '../model/occurrence.js';
import {
  DAYS_OF_WEEK,
  normalizedTimesOfDay,
  periodDays,
  type Schedule,
  type TimingRepeat,
} from '../model/schedule.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import {
  addDays,
  addMinutes,
  atWallTime,
  dateFromEpochDay,
  dateOfMoment,
  epochDayAt,
  epochMs,
  dateText,
  localDate,
  nextDayAtSameWallTime,
  type DateRecord,
  type Moment,
} from './zoned.js';

/** Schema for {@link OccurrenceRange}. */
export const OccurrenceRangeSchema = z.object({ from: InstantStringSchema, to: InstantStringSchema }).check(
  z.refine((range) => Date.parse(range.from) <= Date.parse(range.to), {
    message: 'must not be before from',
    path: ['to'],
  }),
);

/** A half-open range of instants `[from, to)`, ISO date-times with offsets. */
export type OccurrenceRange = z.output<typeof OccurrenceRangeSchema>;

/** What {@link expandOccurrences} needs from an assignment. */
export type SchedulableAssignment = Pick<Assignment, 'id' | 'schedule'> &
  Partial<Pick<Assignment, 'status' | 'statusChangedAt'>>;

/**
 * Expands an assignment's schedule into the occurrences due in `[from, to)`, sorted by due
 * instant (then id).
 *
 * Local dates and times are read in `schedule.timeZone`, so a 09:00 daily check-in stays at
 * 09:00 local across daylight-saving changes. A wall time skipped by a spring-forward gap is
 * moved forward by the gap (02:30 → 03:30 in Berlin), and a wall time repeated in the autumn
 * happens once, at its first instance (Temporal's `'compatible'` disambiguation). Ids name
 * the wall time asked for (`a-1@2026-03-29T02:30`), so they stay unique and stable.
 *
 * `count` is counted from the schedule's start, not from `from`. A paused, cancelled or
 * completed assignment with a `statusChangedAt` has no occurrences due after that moment
 * (so adherence, flags and reminders never count a pause as missed work); without it, the
 * status is not consulted.
 *
 * @throws {@link ValidationError} when the range is not two ISO date-times with offsets.
 * @example
 * ```ts
 * const occurrences = expandOccurrences(
 *   { id: 'a-1', schedule: { kind: 'repeat', timeZone: 'Europe/Berlin',
 *     repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-28' } } } },
 *   { from: '2026-03-28T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' },
 * );
 * occurrences.map((o) => o.dueAt); // ['2026-03-28T09:00:00+01:00', '2026-03-29T09:00:00+02:00']
 * ```
 */
export function expandOccurrences(assignment: SchedulableAssignment, range: OccurrenceRange): Occurrence[] {
  const { from, to } = parse(OccurrenceRangeSchema, range, 'occurrence range');
  const { schedule } = assignment;
  const found: { occurrence: Occurrence; dueMs: number }[] = [];
  const plan = slotPlan(schedule);
  visitSlots(assignment, plan, epochMs(from), epochMs(to), (epochDay, timeIndex, instants) => {
    const time = plan.times[timeIndex];
    const date = dateText(epochDay);
    found.push({
      dueMs: instants.due.ms,
      occurrence: {
        id: `${assignment.id}@${date}${time === undefined ? '' : `T${time}`}`,
        assignmentId: assignment.id,
        localDate: date,
        ...(time === undefined ? {} : { localTime: time }),
        dueAt: instants.due.text,
        windowEndsAt: instants.windowEnd.text,
        expiresAt: instants.expires.text,
        timeZone: schedule.timeZone,
      },
    });
  });
  // Gap-shifted times can overtake later ones (02:30 → 03:30 after 03:15), so sort by instant.
  found.sort((a, b) => a.dueMs - b.dueMs || (a.occurrence.id < b.occurrence.id ? -1 : 1));
  return found.map(({ occurrence }) => occurrence);
}

/**
 * The instants of one nominal slot: when it is due, when its on-time window ends and when it
 * expires. Shared (memoised) between every assignment with the same zone, time and window.
 *
 * @internal
 */
export interface SlotInstants {
  readonly due: Moment;
  readonly windowEnd: Moment;
  readonly expires: Moment;
}

/**
 * What a schedule's slots are made of, worked out once per schedule: its distinct times of
 * day (`[undefined]` for "any time that day") and, per time, the memo of slot instants by day.
 *
 * @internal
 */
export interface SlotPlan {
  readonly times: readonly (string | undefined)[];
  readonly instantsByTime: readonly Map<number, SlotInstants>[];
  /** A repeat's bounds and period offsets (a caseload's schedules are visited by every engine). */
  readonly repeat: RepeatPattern | undefined;
}

/** @internal */
export function slotPlan(schedule: Schedule): SlotPlan {
  const times: (string | undefined)[] =
    schedule.kind === 'once'
      ? [normalizedTimesOfDay(onceParts(schedule.due).time)[0]]
      : normalizedTimesOfDay(schedule.repeat.timeOfDay);
  if (times.length === 0) times.push(undefined);
  return {
    times,
    instantsByTime: times.map((time) => instantsMemo(schedule, time)),
    repeat: schedule.kind === 'once' ? undefined : repeatPattern(schedule.repeat, times.length),
  };
}

/**
 * Slot plans by schedule object: the assignments of a caseload share few schedules' shapes, each
 * plan is worked out once.
 *
 * @internal
 */
export class PlanCache {
  readonly #plans = new Map<SchedulableAssignment['schedule'], SlotPlan>();

  of(assignment: SchedulableAssignment): SlotPlan {
    let plan = this.#plans.get(assignment.schedule);
    if (plan === undefined) this.#plans.set(assignment.schedule, (plan = slotPlan(assignment.schedule)));
    return plan;
  }
}

/**
 * Calls `visit` for every slot of the assignment due in `[fromMs, toMs)` (and before the
 * assignment stopped), in slot order (by local date, then time of day): not always due order,
 * see {@link expandOccurrences}. Allocates nothing per slot beyond the memoised instants.
 *
 * @internal
 */
export function visitSlots(
  assignment: SchedulableAssignment,
  plan: SlotPlan,
  fromMs: number,
  toMs: number,
  visit: (epochDay: number, timeIndex: number, instants: SlotInstants) => void,
): void {
  const { schedule } = assignment;
  const stopMs = Math.min(toMs, scheduleStopMs(assignment));
  // A shifted wall time can cross midnight, so look one local day beyond each end.
  const firstDay = epochDayAt(fromMs, schedule.timeZone) - 1;
  const lastDay = epochDayAt(toMs, schedule.timeZone) + 1;
  const emit = (epochDay: number, timeIndex: number): void => {
    const memo = plan.instantsByTime[timeIndex] as Map<number, SlotInstants>;
    let instants = memo.get(epochDay);
    if (instants === undefined) {
      instants = slotInstants(schedule, dateFromEpochDay(epochDay), plan.times[timeIndex]);
      if (memo.size >= SLOT_MEMO_LIMIT) memo.clear();
      memo.set(epochDay, instants);
    }
    const dueMs = instants.due.ms;
    if (dueMs >= fromMs && dueMs < stopMs) visit(epochDay, timeIndex, instants);
  };
  if (schedule.kind === 'once') {
    emit(localDate(onceParts(schedule.due).date).epochDay, 0);
    return;
  }
  visitRepeatSlots(schedule.repeat, plan.repeat as RepeatPattern, plan.times.length, firstDay, lastDay, emit);
}

/** Where a no-longer-active assignment's schedule stops (exclusive): just after its status changed. */
function scheduleStopMs(assignment: SchedulableAssignment): number {
  if (assignment.status === undefined || assignment.status === 'active') return Number.POSITIVE_INFINITY;
  return assignment.statusChangedAt === undefined
    ? Number.POSITIVE_INFINITY
    : epochMs(assignment.statusChangedAt) + 1;
}

function onceParts(due: string): { date: string; time: string[] | undefined } {
  const [date = '', time] = due.split('T');
  return { date, time: time === undefined ? undefined : [time] };
}

/**
 * Visits the nominal slots of a repeat between `firstDay` and `lastDay` (inclusive day
 * numbers), honouring bounds and count, as (day, index into the times of day).
 */
function visitRepeatSlots(
  repeat: TimingRepeat,
  { start, boundEnd, length, weekdays, anchor, offsets }: RepeatPattern,
  timesPerDay: number,
  firstDay: number,
  lastDay: number,
  visit: (epochDay: number, timeIndex: number) => void,
): void {
  const end = Math.min(boundEnd, lastDay);

  // With a count, every slot since the start matters; without one, skip to the range.
  let remaining = repeat.count ?? Number.POSITIVE_INFINITY;
  const firstPeriod = repeat.count === undefined ? Math.max(0, Math.floor((firstDay - anchor) / length)) : 0;
  for (let period = firstPeriod; remaining > 0; period += 1) {
    const periodStart = anchor + period * length;
    if (periodStart > end) break;
    for (const offset of offsets) {
      const day = periodStart + offset;
      if (day < start || day > end) continue;
      if (weekdays !== undefined && !weekdays.has(weekdayOf(day))) continue;
      for (let timeIndex = 0; timeIndex < timesPerDay; timeIndex += 1) {
        if (remaining <= 0) break;
        remaining -= 1;
        if (day >= firstDay) visit(day, timeIndex);
      }
    }
  }
}

/** A repeat's bounds as day numbers and where its periods put occurrence days. */
interface RepeatPattern {
  start: number;
  /** The last day its bounds allow (infinite without an end). */
  boundEnd: number;
  length: number;
  weekdays: ReadonlySet<number> | undefined;
  /** Where periods start, and which day offsets inside a period are occurrence days. */
  anchor: number;
  offsets: readonly number[];
}

function repeatPattern(repeat: TimingRepeat, timesPerDay: number): RepeatPattern {
  const start = localDate(repeat.boundsPeriod.start).epochDay;
  const boundEnd =
    repeat.boundsPeriod.end === undefined
      ? Number.POSITIVE_INFINITY
      : localDate(repeat.boundsPeriod.end).epochDay;
  const length = periodDays(repeat);
  const weekdays =
    repeat.dayOfWeek === undefined
      ? undefined
      : new Set(repeat.dayOfWeek.map((day) => DAYS_OF_WEEK.indexOf(day) + 1));
  let anchor = start;
  let offsets: number[];
  if (weekdays !== undefined && repeat.periodUnit === 'wk') {
    anchor = start + 1 - weekdayOf(start);
    offsets = [...weekdays].map((weekday) => weekday - 1).sort((a, b) => a - b);
  } else if (weekdays !== undefined) {
    offsets = [0];
  } else {
    const days = (repeat.frequency ?? timesPerDay) / timesPerDay;
    offsets = [...new Set(Array.from({ length: days }, (_, index) => Math.floor((index * length) / days)))];
  }
  return { start, boundEnd, length, weekdays, anchor, offsets };
}

function weekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

// Slot instants depend only on the zone, the wall time and the window settings, and a
// caseload repeats the same few of those for every client: one memo per such shape.
const SLOT_MEMO_LIMIT = 20_000;
const SHAPE_LIMIT = 2_000;
let shapes: Map<string, Map<number, SlotInstants>> | undefined;

function instantsMemo(schedule: Schedule, time: string | undefined): Map<number, SlotInstants> {
  const key = `${schedule.timeZone}|${time ?? ''}|${schedule.windowMinutes ?? ''}|${schedule.expireAfterMinutes ?? ''}`;
  shapes ??= new Map();
  let memo = shapes.get(key);
  if (memo === undefined) {
    if (shapes.size >= SHAPE_LIMIT) shapes.clear();
    shapes.set(key, (memo = new Map()));
  }
  return memo;
}

/** The due, window-end and expiry instants of one slot (see the schedule module's notes). */
function slotInstants(schedule: Schedule, date: DateRecord, time: string | undefined): SlotInstants {
  const { timeZone } = schedule;
  const startOf = (day: DateRecord): Moment => atWallTime(day, undefined, timeZone);
  const due = atWallTime(date, time, timeZone);
  // A gap can move the due instant to the next day (a shifted 23:30, or a whole skipped
  // day for an untimed slot); the window follows the day the instant actually falls on.
  const dueDate = dateOfMoment(due);
  const windowEnd =
    schedule.windowMinutes === undefined
      ? startOf(addDays(dueDate, 1))
      : addMinutes(due, schedule.windowMinutes, timeZone);
  let expires =
    schedule.expireAfterMinutes !== undefined
      ? addMinutes(due, schedule.expireAfterMinutes, timeZone)
      : schedule.windowMinutes === undefined
        ? startOf(addDays(dueDate, 2))
        : nextDayAtSameWallTime(windowEnd, timeZone);
  if (expires.ms < windowEnd.ms) expires = windowEnd;
  return { due, windowEnd, expires };
}
