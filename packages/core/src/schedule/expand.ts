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
  dateOf,
  dateOfMoment,
  daysBetween,
  epochMs,
  formatDate,
  isoWeekday,
  localDate,
  nextDayAtSameWallTime,
  zonedFromString,
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

/** One nominal slot: a local date and, optionally, a wall time on it. */
interface Slot {
  date: DateRecord;
  time: string | undefined;
}

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
  const fromMs = epochMs(from);
  const toMs = Math.min(epochMs(to), scheduleStopMs(assignment));
  // A shifted wall time can cross midnight, so look one local day beyond each end.
  const firstDate = addDays(dateOf(zonedFromString(from, schedule.timeZone)), -1);
  const lastDate = addDays(dateOf(zonedFromString(to, schedule.timeZone)), 1);

  const slots: Slot[] =
    schedule.kind === 'once' ? [onceSlot(schedule.due)] : repeatSlots(schedule.repeat, firstDate, lastDate);

  const build = occurrenceBuilder(assignment.id, schedule);
  const found: { occurrence: Occurrence; dueMs: number }[] = [];
  for (const slot of slots) {
    const due = atWallTime(slot.date, slot.time, schedule.timeZone);
    const dueMs = due.ms;
    if (dueMs >= fromMs && dueMs < toMs) found.push({ occurrence: build(slot, due), dueMs });
  }
  // Gap-shifted times can overtake later ones (02:30 → 03:30 after 03:15), so sort by instant.
  found.sort((a, b) => a.dueMs - b.dueMs || (a.occurrence.id < b.occurrence.id ? -1 : 1));
  return found.map(({ occurrence }) => occurrence);
}

/** Where a no-longer-active assignment's schedule stops (exclusive): just after its status changed. */
function scheduleStopMs(assignment: SchedulableAssignment): number {
  if (assignment.status === undefined || assignment.status === 'active') return Number.POSITIVE_INFINITY;
  return assignment.statusChangedAt === undefined
    ? Number.POSITIVE_INFINITY
    : epochMs(assignment.statusChangedAt) + 1;
}

function onceSlot(due: string): Slot {
  const [date = '', time] = due.split('T');
  return { date: localDate(date), time: normalizedTimesOfDay(time === undefined ? undefined : [time])[0] };
}

/** The nominal slots of a repeat between `firstDate` and `lastDate` (inclusive), honouring bounds and count. */
function repeatSlots(repeat: TimingRepeat, firstDate: DateRecord, lastDate: DateRecord): Slot[] {
  const start = localDate(repeat.boundsPeriod.start);
  const end =
    repeat.boundsPeriod.end === undefined ? lastDate : minDate(localDate(repeat.boundsPeriod.end), lastDate);
  const times: (string | undefined)[] = normalizedTimesOfDay(repeat.timeOfDay);
  if (times.length === 0) times.push(undefined);
  const length = periodDays(repeat);
  const weekdays =
    repeat.dayOfWeek === undefined
      ? undefined
      : new Set(repeat.dayOfWeek.map((day) => DAYS_OF_WEEK.indexOf(day) + 1));

  // Where periods start, and which day offsets inside a period are occurrence days.
  let anchor = start;
  let offsets: number[];
  if (weekdays !== undefined && repeat.periodUnit === 'wk') {
    anchor = addDays(start, 1 - isoWeekday(start));
    offsets = [...weekdays].map((weekday) => weekday - 1).sort((a, b) => a - b);
  } else if (weekdays !== undefined) {
    offsets = [0];
  } else {
    const days = (repeat.frequency ?? times.length) / times.length;
    offsets = [...new Set(Array.from({ length: days }, (_, index) => Math.floor((index * length) / days)))];
  }

  // With a count, every slot since the start matters; without one, skip to the range.
  const remaining = { count: repeat.count ?? Number.POSITIVE_INFINITY };
  const firstPeriod =
    repeat.count === undefined ? Math.max(0, Math.floor(daysBetween(anchor, firstDate) / length)) : 0;
  const slots: Slot[] = [];
  for (let period = firstPeriod; remaining.count > 0; period += 1) {
    const periodStart = addDays(anchor, period * length);
    if (daysBetween(periodStart, end) < 0) break;
    for (const offset of offsets) {
      const date = addDays(periodStart, offset);
      if (daysBetween(start, date) < 0 || daysBetween(date, end) < 0) continue;
      if (weekdays !== undefined && !weekdays.has(isoWeekday(date))) continue;
      for (const time of times) {
        if (remaining.count <= 0) break;
        remaining.count -= 1;
        if (daysBetween(firstDate, date) >= 0) slots.push({ date, time });
      }
    }
  }
  return slots;
}

function minDate(a: DateRecord, b: DateRecord): DateRecord {
  return daysBetween(a, b) < 0 ? b : a;
}

/** Builds occurrences for one schedule. */
function occurrenceBuilder(assignmentId: string, schedule: Schedule) {
  const startOf = (date: DateRecord): Moment => atWallTime(date, undefined, schedule.timeZone);

  return (slot: Slot, due: Moment): Occurrence => {
    // A gap can move the due instant to the next day (a shifted 23:30, or a whole skipped
    // day for an untimed slot); the window follows the day the instant actually falls on.
    const dueDate = dateOfMoment(due);
    const windowEnd =
      schedule.windowMinutes === undefined
        ? startOf(addDays(dueDate, 1))
        : addMinutes(due, schedule.windowMinutes, schedule.timeZone);
    let expiry =
      schedule.expireAfterMinutes !== undefined
        ? addMinutes(due, schedule.expireAfterMinutes, schedule.timeZone)
        : schedule.windowMinutes === undefined
          ? startOf(addDays(dueDate, 2))
          : nextDayAtSameWallTime(windowEnd, schedule.timeZone);
    if (expiry.ms < windowEnd.ms) expiry = windowEnd;
    const date = formatDate(slot.date);
    return {
      id: `${assignmentId}@${date}${slot.time === undefined ? '' : `T${slot.time}`}`,
      assignmentId,
      localDate: date,
      ...(slot.time === undefined ? {} : { localTime: slot.time }),
      dueAt: due.text,
      windowEndsAt: windowEnd.text,
      expiresAt: expiry.text,
      timeZone: schedule.timeZone,
    };
  };
}
