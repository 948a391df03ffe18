/**
 * When an assignment is due: a schedule shaped like FHIR R4 `Timing`, read in the client's
 * IANA time zone, plus Interlude's due window and expiry.
 *
 * Two shapes, told apart by `kind`:
 * - `once`: one due local date-time (`due`). FHIR writes this as `Timing.event`; a
 *   discriminated `kind` keeps the TypeScript narrowing obvious.
 * - `repeat`: FHIR `Timing.repeat` (`frequency`, `period`, `periodUnit`, `dayOfWeek`,
 *   `timeOfDay`, `boundsPeriod`, `count`).
 *
 * How a repeat expands (see `expandOccurrences`):
 * - Time is cut into periods of `period` days (`periodUnit: 'd'`) or `period` weeks
 *   (`'wk'`), starting at `boundsPeriod.start` (for weeks with `dayOfWeek`: at the Monday of
 *   the start's ISO week, so the chosen weekdays fall in calendar weeks).
 * - With `dayOfWeek` and weeks: each period's occurrence days are the chosen weekdays of its
 *   first week, so `period: 2` is "every 2 weeks on Monday and Thursday"; chosen weekdays
 *   before `boundsPeriod.start` in the first week are skipped.
 * - With `dayOfWeek` and days: a period's first day is its occurrence day, kept only when it
 *   is a chosen weekday. With `period: 1` that is "on these weekdays"; with `period: 2` and
 *   `['mon']` only the Mondays an even number of days after the start (every other Monday).
 * - Without `dayOfWeek`: `frequency ÷ timesPerDay` days per period, spread evenly from the
 *   period's first day (day offsets `⌊i × days ÷ n⌋`).
 * - Each occurrence day has one occurrence per `timeOfDay`; without `timeOfDay` one
 *   occurrence due at the start of the local day ("any time that day").
 * - Times of day are compared as times, not text: `09:00` and `09:00:00` are the same time
 *   (duplicates are folded, and the occurrence id and `localTime` say `09:00`); `09:00:30`
 *   is a different one.
 * - `boundsPeriod` start and end are inclusive local dates; `count` caps the total number
 *   of occurrences counted from the start, day by day and, within a day, in wall-time order.
 *
 * Daylight-saving changes (the schedule is wall-clock time in `timeZone`; the zone's rules
 * decide each instant, as Temporal's `'compatible'` disambiguation does):
 * - A wall time skipped by a spring-forward gap moves forward by the gap's length: 02:30 on
 *   the day Berlin jumps from 02:00 to 03:00 is due at 03:30. The occurrence keeps the wall
 *   time asked for in its id and `localTime` (`a-1@2026-03-29T02:30`).
 * - A wall time that happens twice when clocks go back is due once, at its earlier instance
 *   (02:30 summer time on the day Berlin goes from 03:00 back to 02:00).
 * - "Start of day" (an occurrence without `timeOfDay`, and the end-of-day window) is the
 *   first instant of the local day: 01:00 where midnight itself is skipped (America/Santiago
 *   in September). A local day that does not exist at all (Pacific/Apia skipped 2011-12-30)
 *   starts at the next day's first instant, and the occurrence's window is that day.
 * - `count` is applied to wall times in order before any gap moves them: with
 *   `['02:30', '03:15']` and `count: 1` on a spring-forward day, 02:30 is counted (due 03:30)
 *   though 03:15 is due first. Occurrences are always returned sorted by due instant.
 *
 * Due window and expiry (both measured from the due instant, in real elapsed minutes):
 * - on time until `windowMinutes` after the due time, or, without it, until the end of the
 *   local day the due instant falls on (23 or 25 hours on a daylight-saving day);
 * - done after the window but before expiry is late; not done by expiry is missed.
 *   Expiry is `expireAfterMinutes` after the due time; without it, one local day after the
 *   window ends (the end of the next local day for the end-of-day window, the same wall
 *   time a day later for a `windowMinutes` window). It is never earlier than the window's end.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalDateSchema, LocalDateTimeSchema, LocalTimeSchema, TimeZoneSchema } from './time.js';
import { DAYS_OF_WEEK } from './days.js';

export { DAYS_OF_WEEK, type DayOfWeek } from './days.js';

/** FHIR `UnitsOfTime` that Interlude supports for `periodUnit`: days and weeks. */
export const PERIOD_UNITS = ['d', 'wk'] as const;

/** `'d' | 'wk'`. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** Upper bound for `count`, so expanding a schedule always terminates quickly. */
export const MAX_SCHEDULE_COUNT = 10_000;

const positiveInt = (max: number) => z.number().check(z.int(), z.gte(1), z.lte(max));

/** Fields every schedule shape shares: the client's zone, the due window and the expiry. */
const scheduleBaseShape = {
  /** The client's IANA time zone; local dates and times of the schedule are read in it. */
  timeZone: TimeZoneSchema,
  /** Minutes after the due time that a completion still counts as on time. Default: until the end of the due local day. */
  windowMinutes: z.optional(positiveInt(60 * 24 * 31)),
  /** Minutes after the due time after which an occurrence is missed rather than late. Default: one local day after the window ends (see the module notes). */
  expireAfterMinutes: z.optional(positiveInt(60 * 24 * 62)),
};

/** FHIR `Timing.repeat`, restricted to what Interlude expands. */
export const TimingRepeatSchema = z.object({
  /** Occurrences per period. Default: what `dayOfWeek` and `timeOfDay` imply (at least 1). */
  frequency: z.optional(positiveInt(100)),
  /** Length of one period in `periodUnit`s. Default 1. */
  period: z.optional(positiveInt(52)),
  periodUnit: z.enum(PERIOD_UNITS),
  /** Only these weekdays (FHIR codes). With `periodUnit: 'd'` and `period > 1`, a period's first day counts only when it is one of them (see the module notes). */
  dayOfWeek: z.optional(z.array(z.enum(DAYS_OF_WEEK)).check(z.minLength(1), z.maxLength(7))),
  /** Local wall-clock times on each occurrence day; `09:00` and `09:00:00` are the same time. */
  timeOfDay: z.optional(z.array(LocalTimeSchema).check(z.minLength(1), z.maxLength(24))),
  /** First and (optionally) last local date, both inclusive. */
  boundsPeriod: z.object({ start: LocalDateSchema, end: z.optional(LocalDateSchema) }),
  /** At most this many occurrences in total, counted from the start in date and wall-time order (before daylight-saving shifts). */
  count: z.optional(positiveInt(MAX_SCHEDULE_COUNT)),
});

/** FHIR `Timing.repeat` as Interlude reads it. */
export type TimingRepeat = z.output<typeof TimingRepeatSchema>;

/** Schema for {@link OnceSchedule}. */
export const OnceScheduleSchema = z.object({
  kind: z.literal('once'),
  /** The local date-time it is due, read in `timeZone`. */
  due: LocalDateTimeSchema,
  ...scheduleBaseShape,
});

/** Due once, at a local date-time in the client's zone. */
export type OnceSchedule = z.output<typeof OnceScheduleSchema>;

/** Schema for {@link RepeatSchedule}. */
export const RepeatScheduleSchema = z.object({
  kind: z.literal('repeat'),
  repeat: TimingRepeatSchema,
  ...scheduleBaseShape,
});

/** Due repeatedly, as FHIR `Timing.repeat` describes. */
export type RepeatSchedule = z.output<typeof RepeatScheduleSchema>;

/**
 * Distinct, sorted times of day; `09:00` and `09:00:00` are the same time.
 *
 * @internal
 */
export function normalizedTimesOfDay(times: readonly string[] | undefined): string[] {
  if (times === undefined) return [];
  const normalized = times.map((time) =>
    time.length === 8 && time.endsWith(':00') ? time.slice(0, 5) : time,
  );
  return [...new Set(normalized)].sort();
}

/**
 * How many days one period lasts.
 *
 * @internal
 */
export function periodDays(repeat: TimingRepeat): number {
  return (repeat.period ?? 1) * (repeat.periodUnit === 'wk' ? 7 : 1);
}

/**
 * The number of occurrences per period that `dayOfWeek` and `timeOfDay` imply, or, when
 * only `frequency` is given, the frequency itself.
 *
 * @internal
 */
export function impliedFrequency(repeat: TimingRepeat): number {
  const timesPerDay = Math.max(1, normalizedTimesOfDay(repeat.timeOfDay).length);
  if (repeat.dayOfWeek !== undefined) {
    const days = repeat.periodUnit === 'wk' ? new Set(repeat.dayOfWeek).size : 1;
    return days * timesPerDay;
  }
  return repeat.frequency ?? timesPerDay;
}

/**
 * Schema for {@link Schedule}, with the cross-field rules a repeat must follow. How a
 * schedule expands, and what happens on daylight-saving days, is in the module notes above.
 */
export const ScheduleSchema = z.discriminatedUnion('kind', [OnceScheduleSchema, RepeatScheduleSchema]).check(
  z.superRefine((schedule, ctx) => {
    if (
      schedule.windowMinutes !== undefined &&
      schedule.expireAfterMinutes !== undefined &&
      schedule.expireAfterMinutes < schedule.windowMinutes
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be shorter than windowMinutes',
        path: ['expireAfterMinutes'],
        input: schedule.expireAfterMinutes,
      });
    }
    if (schedule.kind !== 'repeat') return;
    const { repeat } = schedule;
    const { start, end } = repeat.boundsPeriod;
    if (end !== undefined && end < start) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be before the start',
        path: ['repeat', 'boundsPeriod', 'end'],
        input: end,
      });
    }
    const { frequency } = repeat;
    if (frequency === undefined) return;
    const timesPerDay = Math.max(1, normalizedTimesOfDay(repeat.timeOfDay).length);
    const problem =
      repeat.dayOfWeek !== undefined
        ? frequency !== impliedFrequency(repeat) && 'must match the number of days and times of day chosen'
        : frequency % timesPerDay !== 0
          ? 'must be a multiple of the number of times of day'
          : frequency / timesPerDay > periodDays(repeat) &&
            'needs a timeOfDay for each occurrence on the same day';
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem, path: ['repeat', 'frequency'], input: frequency });
  }),
);

/** When an assignment is due, in the client's time zone. */
export type Schedule = z.output<typeof ScheduleSchema>;
