/**
 * The few time-zone operations the engines need, on top of temporal-polyfill's functional
 * API (`temporal-polyfill/fns/*`): tree-shakeable, uses the native `Temporal` when the
 * runtime has one, and never installs a global. The class API (`import { Temporal } from
 * 'temporal-polyfill'`) costs about 19 kB gzip in a bundle; these functions about 10 kB.
 *
 * Every zone question (which instant is this wall time, what offset applies) goes to
 * Temporal. Plain calendar-day counting (the next day, the weekday, the ISO week) needs no
 * zone and is done on day numbers, which is much cheaper than the polyfill's records.
 *
 * @internal
 * @module
 */
import * as Instant from 'temporal-polyfill/fns/Instant';
import * as PlainDate from 'temporal-polyfill/fns/PlainDate';
import * as PlainDateTime from 'temporal-polyfill/fns/PlainDateTime';
import * as ZonedDateTime from 'temporal-polyfill/fns/ZonedDateTime';

/** An instant seen in a time zone. */
export type ZonedRecord = ZonedDateTime.Record;

/** A proleptic-Gregorian calendar date, with its day number since 1970-01-01. */
export interface DateRecord {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly epochDay: number;
}

const DAY_MS = 86_400_000;

// Gregorian day counting (H. Hinnant's days_from_civil / civil_from_days): no zone
// involved, and far cheaper than a Date or a polyfill record per day.

/** The date `epochDay` days after 1970-01-01. */
export function dateFromEpochDay(epochDay: number): DateRecord {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day, epochDay };
}

function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Reads `YYYY-MM-DD` (already validated by the schemas). */
export function localDate(value: string): DateRecord {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return { year, month, day, epochDay: epochDayOf(year, month, day) };
}

/** Writes `YYYY-MM-DD`. */
export function formatDate(date: DateRecord): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** `date + days`. */
export function addDays(date: DateRecord, days: number): DateRecord {
  return dateFromEpochDay(date.epochDay + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DateRecord, b: DateRecord): number {
  return b.epochDay - a.epochDay;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: DateRecord): number {
  return ((((date.epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week a date belongs to, as `YYYY-Www`, and the Monday that starts it. */
export function isoWeek(date: DateRecord): { week: string; start: DateRecord } {
  // ISO 8601: a week belongs to the year its Thursday falls in.
  const monday = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(monday, 3);
  const week = Math.floor((thursday.epochDay - epochDayOf(thursday.year, 1, 1)) / 7) + 1;
  return { week: `${String(thursday.year).padStart(4, '0')}-W${pad(week)}`, start: monday };
}

/** An instant with its epoch milliseconds and its ISO text, computed once. */
export interface Moment {
  readonly zoned: ZonedRecord;
  readonly ms: number;
  readonly text: string;
}

/** Wraps an instant as a {@link Moment}. */
export function moment(zoned: ZonedRecord): Moment {
  return { zoned, ms: zoned.epochMilliseconds, text: formatInstant(zoned) };
}

// Caseloads repeat the same zone + wall time for many clients; resolving one through the
// polyfill costs tens of microseconds, so remember recent answers (a pure memo, bounded).
const MEMO_LIMIT = 50_000;
let memo: Map<string, Moment> | undefined;

/**
 * The instant of a local wall time in `timeZone` (without a time: the first instant of the
 * local day). A wall time skipped by a daylight-saving gap moves forward by the gap's
 * length and a repeated one takes its first instance (Temporal's `'compatible'`).
 */
export function atWallTime(date: DateRecord, time: string | undefined, timeZone: string): Moment {
  return remember(`${timeZone}|${date.epochDay}|${time ?? ''}`, () => {
    const [hour = 0, minute = 0, second = 0] = (time ?? '00:00').split(':').map(Number);
    const wall = PlainDateTime.create(date.year, date.month, date.day, hour, minute, second);
    const zoned = PlainDateTime.toZonedDateTime(wall, timeZone, { disambiguation: 'compatible' });
    if (time !== undefined) return moment(zoned);
    // 'compatible' midnight is the day's first instant unless a gap starts before midnight.
    const offsetMs = ZonedDateTime.offsetNanoseconds(zoned) / 1e6;
    if ((zoned.epochMilliseconds + offsetMs) % DAY_MS === 0) return moment(zoned);
    const plain = PlainDate.create(date.year, date.month, date.day);
    return moment(ZonedDateTime.startOfDay(PlainDate.toZonedDateTime(plain, timeZone)));
  });
}

/**
 * The same wall time one local day later (23, 24 or 25 hours, as the zone's rules say),
 * resolved like Temporal's `ZonedDateTime.add({ days: 1 })`.
 */
export function nextDayAtSameWallTime(at: Moment, timeZone: string): Moment {
  // The text already holds the local wall date and time (it was written with the zone's offset).
  return atWallTime(addDays(localDate(at.text.slice(0, 10)), 1), at.text.slice(11, 19), timeZone);
}

/** `at` plus `minutes` of real elapsed time, seen in `timeZone`. */
export function addMinutes(at: Moment, minutes: number, timeZone: string): Moment {
  return momentAt(at.ms + minutes * 60_000, timeZone);
}

/** The instant `epochMilliseconds` seen in `timeZone`. */
export function momentAt(epochMilliseconds: number, timeZone: string): Moment {
  return remember(`${timeZone}@${epochMilliseconds}`, () =>
    moment(Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMilliseconds), timeZone)),
  );
}

function remember(key: string, compute: () => Moment): Moment {
  memo ??= new Map();
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

/** The local date a moment falls on, read from its text (written with the zone's offset). */
export function dateOfMoment(at: Moment): DateRecord {
  return localDate(at.text.slice(0, 10));
}

/** The local date `zoned` falls on. */
export function dateOf(zoned: ZonedRecord): DateRecord {
  const offsetMs = ZonedDateTime.offsetNanoseconds(zoned) / 1e6;
  return dateFromEpochDay(Math.floor((zoned.epochMilliseconds + offsetMs) / DAY_MS));
}

/** An instant string (with offset) seen in `timeZone`. */
export function zonedFromString(instant: string, timeZone: string): ZonedRecord {
  return Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMs(instant)), timeZone);
}

/** The local date of the instant `epochMilliseconds` in `timeZone`. */
export function dateAtEpochMs(epochMilliseconds: number, timeZone: string): DateRecord {
  return dateOf(Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMilliseconds), timeZone));
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
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
