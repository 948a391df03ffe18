/**
 * The few time-zone operations the engines need, with Temporal's semantics (a wall time in a
 * daylight-saving gap moves forward by the gap, a repeated one takes its first instance
 * unless asked for the later), on the zone offsets `Intl.DateTimeFormat` reports: the same
 * source temporal-polyfill reads them from, without its ~9 kB gzip in every bundle that
 * expands a schedule. `zoned.test.ts` compares each operation with Temporal itself.
 *
 * Plain calendar-day counting (the next day, the weekday, the ISO week) needs no zone and is
 * done on day numbers.
 *
 * @internal
 * @module
 */

/** An instant seen in a time zone: its epoch milliseconds, the zone's offset then, the wall clock. */
export interface ZonedRecord {
  readonly epochMilliseconds: number;
  readonly timeZoneId: string;
  /** The zone's offset from UTC at this instant, in milliseconds. */
  readonly offsetMs: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

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

/** The day number of a proleptic-Gregorian date (no validation: see {@link isCalendarDate}). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year-month-day` is a real date (2026-02-30 is not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (MONTH_DAYS[month - 1] as number);
}

/** Reads `YYYY-MM-DD` (already validated by the schemas). */
export function localDate(value: string): DateRecord {
  // `YYYY-MM-DD` digit by digit (every schedule's bounds are read per plan); else as split.
  let year = digitsAt(value, 0, 4);
  let month = digitsAt(value, 5, 2);
  let day = digitsAt(value, 8, 2);
  if (
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    Number.isNaN(year + month + day)
  )
    [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return { year, month, day, epochDay: epochDayOf(year, month, day) };
}

/** Writes `YYYY-MM-DD`. */
export function formatDate(date: DateRecord): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

// Session prep and the flags write the local date of every item they report, and a caseload's
// items fall on a few hundred days: each day's text is written once.
const DATE_TEXT_LIMIT = 100_000;
const dateTexts = new Map<number, string>();

/** {@link formatDate} of a day number, remembered. */
export function dateText(epochDay: number): string {
  let text = dateTexts.get(epochDay);
  if (text === undefined) {
    if (dateTexts.size >= DATE_TEXT_LIMIT) dateTexts.clear();
    dateTexts.set(epochDay, (text = formatDate(dateFromEpochDay(epochDay))));
  }
  return text;
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
    const zoned = zonedAtWallTime(date, hour, minute, second, timeZone, 'compatible');
    if (time !== undefined || (zoned.hour === 0 && zoned.minute === 0 && zoned.second === 0))
      return moment(zoned);
    // Midnight was skipped by a gap that starts before it: the day begins at that transition.
    return moment(
      zonedAt(transitionBefore(zoned.epochMilliseconds, timeZone, true) ?? zoned.epochMilliseconds, timeZone),
    );
  });
}

/**
 * The instant of the wall time `date hour:minute:second` in `timeZone`, as Temporal's
 * `PlainDateTime.toZonedDateTime` with `disambiguation` `'compatible'` or `'later'` (they
 * differ only for a repeated wall time: its first or its second instance).
 */
export function zonedAtWallTime(
  date: DateRecord,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
  disambiguation: 'compatible' | 'later' = 'compatible',
): ZonedRecord {
  const wall = date.epochDay * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return zonedAt(instantOfWallMs(wall, timeZone, disambiguation), timeZone);
}

/** The instant `epochMilliseconds` seen in `timeZone`. */
export function zonedAt(epochMilliseconds: number, timeZone: string): ZonedRecord {
  const offsetMs = offsetMsAt(epochMilliseconds, timeZone);
  const wall = new Date(epochMilliseconds + offsetMs);
  return {
    epochMilliseconds,
    timeZoneId: timeZone,
    offsetMs,
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/**
 * The zone's last offset change before `epochMilliseconds` (at it too, when `inclusive`),
 * looked for within the three days before: the callers ask about a wall time they know to
 * be in a gap, hours after its transition. `undefined` when there is none in that window.
 */
export function transitionBefore(
  epochMilliseconds: number,
  timeZone: string,
  inclusive = false,
): number | undefined {
  const utcDay = Math.floor(epochMilliseconds / DAY_MS);
  for (let day = utcDay; day >= utcDay - 3; day -= 1) {
    const known = dayOffsetsCached(day, timeZone);
    if (typeof known === 'number') continue;
    if (known.at < epochMilliseconds || (inclusive && known.at === epochMilliseconds)) return known.at;
  }
  return undefined;
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
  return remember(`${timeZone}@${epochMilliseconds}`, () => moment(zonedAt(epochMilliseconds, timeZone)));
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
  return dateFromEpochDay(Math.floor((zoned.epochMilliseconds + zoned.offsetMs) / DAY_MS));
}

/** An instant string (with offset) seen in `timeZone`. */
export function zonedFromString(instant: string, timeZone: string): ZonedRecord {
  return zonedAt(epochMs(instant), timeZone);
}

/** The local date of the instant `epochMilliseconds` in `timeZone`. */
export function dateAtEpochMs(epochMilliseconds: number, timeZone: string): DateRecord {
  return dateFromEpochDay(epochDayAt(epochMilliseconds, timeZone));
}

/** The day number (since 1970-01-01) of the local date of `epochMilliseconds` in `timeZone`. */
export function epochDayAt(epochMilliseconds: number, timeZone: string): number {
  return Math.floor((epochMilliseconds + offsetMsAt(epochMilliseconds, timeZone)) / DAY_MS);
}

// A zone's UTC offset changes a few times a year, and a caseload asks about the same few
// zones for thousands of instants. So each zone remembers, per UTC day, the offset that holds
// all day long (its offset at the day's first and last millisecond agree: tzdb has no two
// transitions within one day that cancel out), or for a day with a transition, the instant
// of the transition (found once by bisection) and the offsets either side of it.
const OFFSET_DAYS_LIMIT = 200_000;
let offsetDays: Map<string, Map<number, number | Transition>> | undefined;
let offsetDaysSize = 0;

interface Transition {
  /** The first millisecond with the new offset. */
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The offset (ms) of `timeZone` from UTC at `epochMilliseconds`, exactly as Temporal says. */
export function offsetMsAt(epochMilliseconds: number, timeZone: string): number {
  const known = dayOffsetsCached(Math.floor(epochMilliseconds / DAY_MS), timeZone);
  if (typeof known === 'number') return known;
  return epochMilliseconds < known.at ? known.before : known.after;
}

function dayOffsetsCached(utcDay: number, timeZone: string): number | Transition {
  offsetDays ??= new Map();
  let days = offsetDays.get(timeZone);
  if (days === undefined) offsetDays.set(timeZone, (days = new Map()));
  let known = days.get(utcDay);
  if (known === undefined) {
    known = dayOffsets(utcDay * DAY_MS, timeZone);
    if (offsetDaysSize >= OFFSET_DAYS_LIMIT) {
      offsetDays.clear();
      offsetDaysSize = 0;
      offsetDays.set(timeZone, (days = new Map()));
    }
    days.set(utcDay, known);
    offsetDaysSize += 1;
  }
  return known;
}

function dayOffsets(dayStart: number, timeZone: string): number | Transition {
  const before = exactOffsetMs(dayStart, timeZone);
  const after = exactOffsetMs(dayStart + DAY_MS - 1, timeZone);
  if (before === after) return before;
  // Bisect for the first millisecond with the new offset (about 27 questions, once per such day).
  let low = dayStart;
  let high = dayStart + DAY_MS - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (exactOffsetMs(middle, timeZone) === before) low = middle + 1;
    else high = middle;
  }
  return { at: low, before, after };
}

/**
 * The instant `days` local days after `epochMilliseconds` in `timeZone`: the same wall-clock
 * time on the date `days` later, resolved like Temporal's `ZonedDateTime.add({ days })`
 * (`'compatible'`: a time in a gap moves forward by the gap, a repeated one takes its first
 * instance). From cached offsets, so it rarely asks Temporal (a test compares it with Temporal).
 */
export function addLocalDaysMs(epochMilliseconds: number, days: number, timeZone: string): number {
  const wall = epochMilliseconds + offsetMsAt(epochMilliseconds, timeZone) + days * DAY_MS;
  return instantOfWallMs(wall, timeZone);
}

/**
 * Whole local days from `a` to `b` in `timeZone`, rounded down, as Temporal's
 * `ZonedDateTime.until(b, { largestUnit: 'days' })` with `roundingMode: 'floor'`: the local
 * dates' difference, less one when the wall time of `b` has not yet come round (a local day
 * is 23, 24 or 25 hours long).
 */
export function wholeLocalDaysBetween(a: number, b: number, timeZone: string): number {
  let days = epochDayAt(b, timeZone) - epochDayAt(a, timeZone);
  const sign = Math.sign(b - a);
  // Adding the dates' difference must not overshoot `b` (Temporal's calendar difference).
  if (sign > 0 && days > 0 && addLocalDaysMs(a, days, timeZone) > b) days -= 1;
  if (sign < 0 && days < 0 && addLocalDaysMs(a, days, timeZone) < b) days += 1;
  // What is left (less than a day, with the sign of b - a) rounds down.
  if (sign < 0 && addLocalDaysMs(a, days, timeZone) > b) days -= 1;
  return days;
}

/** The instant of a wall-clock time (given as if it were UTC) in `timeZone`, `'compatible'` or `'later'`. */
function instantOfWallMs(
  wall: number,
  timeZone: string,
  disambiguation: 'compatible' | 'later' = 'compatible',
): number {
  // As Temporal does: the offsets a day before and after bound the candidates.
  const before = offsetMsAt(wall - DAY_MS, timeZone);
  const after = offsetMsAt(wall + DAY_MS, timeZone);
  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMsAt(early, timeZone) === before;
  const lateFits = offsetMsAt(late, timeZone) === after;
  if (earlyFits && lateFits)
    // A repeated hour: the first instance, or the second for 'later'.
    return disambiguation === 'later' ? Math.max(early, late) : Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return early; // in a gap: read with the offset before it, i.e. moved forward by the gap
}

/** `formatInstant` of the instant `epochMilliseconds` seen in `timeZone`, from cached offsets. */
export function formatInstantMs(epochMilliseconds: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetMsAt(epochMilliseconds, timeZone) / 60_000);
  const wall = new Date(Math.floor(epochMilliseconds / 1000) * 1000 + offsetMinutes * 60_000);
  return `${wallText(wall)}${offsetText(offsetMinutes)}`;
}

/** `YYYY-MM-DDTHH:MM:SS` of a wall clock held as a UTC Date (`±YYYYYY` outside years 0–9999, as Temporal writes). */
function wallText(wall: Date): string {
  return wall.toISOString().slice(0, -5);
}

function offsetText(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// One formatter per zone (building one costs ~0.1 ms); a bounded memo, as the others here.
let formatters: Map<string, Intl.DateTimeFormat> | undefined;

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  formatters ??= new Map();
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset at `epochMilliseconds` (whole seconds, as tzdb has them), from Intl. */
function exactOffsetMs(epochMilliseconds: number, timeZone: string): number {
  const seconds = Math.floor(epochMilliseconds / 1000) * 1000;
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of formatterOf(timeZone).formatToParts(seconds)) {
    if (part.type === 'era') bc = /^B/i.test(part.value);
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - (fields.year ?? 0) : (fields.year ?? 0), (fields.month ?? 1) - 1, fields.day);
  wall.setUTCHours(fields.hour ?? 0, fields.minute, fields.second);
  return wall.getTime() - seconds;
}

/** Epoch milliseconds of an ISO date-time with offset. */
export function epochMs(instant: string): number {
  // The engines parse every submission's instant; the two shapes Interlude writes
  // (`2026-03-29T09:00:00Z`, `…+02:00`, optionally with `.sss`) are read digit by digit,
  // several times faster than Date.parse. Anything else goes to Date.parse (ECMAScript's
  // format, offsets included), and other valid RFC 3339 forms (e.g. more than 3 fraction
  // digits) to Temporal.
  const common = commonInstantMs(instant);
  if (!Number.isNaN(common)) return common;
  const fast = Date.parse(instant);
  return Number.isNaN(fast) ? rfc3339Ms(instant) : fast;
}

const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * The other RFC 3339 instants Temporal's `Instant.from` reads (more than 3 fraction digits,
 * lower-case `t`/`z`, a space for `T`), to the millisecond (truncated, as Temporal's
 * `epochMilliseconds`). Throws a RangeError, without the value, for anything else.
 */
function rfc3339Ms(text: string): number {
  const match = RFC_3339.exec(text);
  if (match === null) throw new RangeError('Invalid instant string');
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone = 'Z'] = match;
  const offset = /^[Zz]$/.test(zone)
    ? 0
    : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isCalendarDate(fields[0], fields[1], fields[2]) || fields[3] > 23 || fields[4] > 59 || fields[5] > 59)
    throw new RangeError('Invalid instant string');
  const millisecond = Number(fraction.padEnd(3, '0').slice(0, 3));
  return (
    epochDayOf(fields[0], fields[1], fields[2]) * DAY_MS +
    ((fields[3] * 60 + fields[4]) * 60 + fields[5]) * 1000 +
    millisecond -
    offset
  );
}

/** `YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)` with year ≥ 1000 and valid fields, else NaN. */
function commonInstantMs(text: string): number {
  const length = text.length;
  if (length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58)
    return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  let at = 19;
  let millisecond = 0;
  if (text.charCodeAt(at) === 46) {
    millisecond = digitsAt(text, 20, 3);
    at = 23;
  }
  let offset: number;
  const sign = text.charCodeAt(at);
  if (sign === 90 && length === at + 1) offset = 0;
  else if ((sign === 43 || sign === 45) && length === at + 6 && text.charCodeAt(at + 3) === 58) {
    const hours = digitsAt(text, at + 1, 2);
    const minutes = digitsAt(text, at + 4, 2);
    if (hours > 23 || minutes > 59) return Number.NaN;
    offset = (sign === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  } else return Number.NaN;
  if (year < 1000 || hour > 23 || minute > 59 || second > 59 || !isCalendarDate(year, month, day))
    return Number.NaN;
  return (
    epochDayOf(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond - offset
  );
}

/**
 * The number written by `count` decimal digits of `text` from `at`; NaN if any is not a digit.
 *
 * @internal
 */
export function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/** `2026-03-29T09:00:00+02:00`: seconds precision, the zone's offset, no bracketed zone name. */
export function formatInstant(zoned: ZonedRecord): string {
  // Same text as Temporal's ZonedDateTime.toString(zoned, { timeZoneName: 'never', smallestUnit: 'second' }).
  const offsetMinutes = Math.round(zoned.offsetMs / 60_000);
  const wall = new Date(Math.floor(zoned.epochMilliseconds / 1000) * 1000 + offsetMinutes * 60_000);
  return `${wallText(wall)}${offsetText(offsetMinutes)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
