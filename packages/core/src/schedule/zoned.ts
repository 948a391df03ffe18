/**
 * The few time-zone operations the engines need, on top of temporal-polyfill's functional
 * API (`temporal-polyfill/fns/*`): tree-shakeable, uses the native `Temporal` when the
 * runtime has one, and never installs a global. The class API (`import { Temporal } from
 * 'temporal-polyfill'`) costs about 19 kB gzip in a bundle; these functions about 10 kB.
 *
 * @internal
 * @module
 */
import * as Instant from 'temporal-polyfill/fns/Instant';
import * as PlainDate from 'temporal-polyfill/fns/PlainDate';
import * as PlainDateTime from 'temporal-polyfill/fns/PlainDateTime';
import * as ZonedDateTime from 'temporal-polyfill/fns/ZonedDateTime';

/** A calendar date (ISO calendar). */
export type DateRecord = PlainDate.Record;
/** An instant seen in a time zone. */
export type ZonedRecord = ZonedDateTime.Record;

/** Reads `YYYY-MM-DD` (already validated by the schemas). */
export function localDate(value: string): DateRecord {
  const [year, month, day] = value.split('-').map(Number);
  return PlainDate.create(year ?? 0, month ?? 0, day ?? 0);
}

/** Writes `YYYY-MM-DD`. */
export function formatDate(date: DateRecord): string {
  return PlainDate.toString(date);
}

/** `date + days`. */
export function addDays(date: DateRecord, days: number): DateRecord {
  return PlainDate.addDays(date, days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DateRecord, b: DateRecord): number {
  return PlainDate.diffDays(a, b);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: DateRecord): number {
  return PlainDate.dayOfWeek(date);
}

/** The ISO week a date belongs to, as `YYYY-Www`, and the Monday that starts it. */
export function isoWeek(date: DateRecord): { week: string; start: DateRecord } {
  const year = PlainDate.yearOfWeek(date) ?? date.year;
  const week = PlainDate.weekOfYear(date) ?? 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: addDays(date, 1 - isoWeekday(date)) };
}

/**
 * The instant of a local wall time in `timeZone`. A wall time skipped by a
 * daylight-saving gap moves forward by the gap's length and a repeated one takes its
 * first instance (Temporal's `'compatible'` disambiguation).
 */
export function atWallTime(date: DateRecord, time: string | undefined, timeZone: string): ZonedRecord {
  if (time === undefined) return ZonedDateTime.startOfDay(PlainDate.toZonedDateTime(date, timeZone));
  const [hour, minute, second] = time.split(':').map(Number);
  const wall = PlainDateTime.create(date.year, date.month, date.day, hour ?? 0, minute ?? 0, second ?? 0);
  return PlainDateTime.toZonedDateTime(wall, timeZone, { disambiguation: 'compatible' });
}

/** The first instant of the local day after the one `zoned` falls on. */
export function startOfNextDay(zoned: ZonedRecord): ZonedRecord {
  return ZonedDateTime.startOfDay(ZonedDateTime.addDays(zoned, 1));
}

/** The same wall time one local day later (23, 24 or 25 hours, as the zone's rules say). */
export function nextDayAtSameWallTime(zoned: ZonedRecord): ZonedRecord {
  return ZonedDateTime.addDays(zoned, 1);
}

/** `zoned` plus `minutes` of real elapsed time. */
export function addMinutes(zoned: ZonedRecord, minutes: number): ZonedRecord {
  return ZonedDateTime.addMinutes(zoned, minutes);
}

/** The local date `zoned` falls on. */
export function dateOf(zoned: ZonedRecord): DateRecord {
  return ZonedDateTime.toPlainDate(zoned);
}

/** An instant string (with offset) seen in `timeZone`. */
export function zonedFromString(instant: string, timeZone: string): ZonedRecord {
  return Instant.toZonedDateTimeISO(Instant.fromString(instant), timeZone);
}

/** Epoch milliseconds of an ISO date-time with offset. */
export function epochMs(instant: string): number {
  // Date.parse reads ECMAScript's date-time format (offsets included) quickly; other valid
  // RFC 3339 forms (e.g. more than 3 fraction digits) fall back to Temporal.
  const fast = Date.parse(instant);
  return Number.isNaN(fast) ? Instant.fromString(instant).epochMilliseconds : fast;
}

/** `2026-03-29T09:00:00+02:00`: seconds precision, the zone's offset, no bracketed zone name. */
export function formatInstant(zoned: ZonedRecord): string {
  // Same text as ZonedDateTime.toString(zoned, { timeZoneName: 'never', smallestUnit: 'second' }),
  // several times faster: the offset comes from Temporal, the rest is formatting.
  const offsetMinutes = Math.round(ZonedDateTime.offsetNanoseconds(zoned) / 60e9);
  const wall = new Date(Math.floor(zoned.epochMilliseconds / 1000) * 1000 + offsetMinutes * 60_000);
  const year = wall.getUTCFullYear();
  if (year < 0 || year > 9999)
    return ZonedDateTime.toString(zoned, { timeZoneName: 'never', smallestUnit: 'second' });
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${wall.toISOString().slice(0, 19)}${offset}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local date of the instant `epochMilliseconds` in `timeZone`. */
export function dateAtEpochMs(epochMilliseconds: number, timeZone: string): DateRecord {
  return dateOf(Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMilliseconds), timeZone));
}
