/**
 * Local days for interfaces: "which date is it there", "the start of that day", "a week later",
 * all in a named IANA zone, with the zone's daylight-saving rules (Temporal's `'compatible'`
 * semantics, as schedules use). What a date picker in a clinician's or client's zone needs.
 *
 * @module
 */
import { LocalDateSchema, InstantStringSchema, TimeZoneSchema } from '../model/time.js';
import { parse } from '../parse.js';
import {
  addLocalDaysMs,
  atWallTime,
  dateAtEpochMs,
  epochMs,
  formatDate,
  formatInstantMs,
  localDate,
} from './zoned.js';

/**
 * The local date (`YYYY-MM-DD`) of `instant` in `timeZone`.
 *
 * @throws {@link ValidationError} for a malformed instant or zone.
 * @example
 * ```ts
 * localDateIn('2026-03-29T23:30:00Z', 'Europe/Berlin'); // '2026-03-30'
 * ```
 */
export function localDateIn(instant: string, timeZone: string): string {
  const at = parse(InstantStringSchema, instant, 'instant');
  return formatDate(dateAtEpochMs(epochMs(at), parse(TimeZoneSchema, timeZone, 'time zone')));
}

/**
 * The first instant of local `date` in `timeZone`, with its offset (01:00 where midnight is
 * skipped by a daylight-saving gap).
 *
 * @throws {@link ValidationError} for a malformed date or zone.
 * @example
 * ```ts
 * startOfLocalDay('2026-03-29', 'Europe/Berlin'); // '2026-03-29T00:00:00+01:00'
 * ```
 */
export function startOfLocalDay(date: string, timeZone: string): string {
  const day = localDate(parse(LocalDateSchema, date, 'date'));
  return atWallTime(day, undefined, parse(TimeZoneSchema, timeZone, 'time zone')).text;
}

/**
 * `instant` moved by `days` local days in `timeZone` (the same wall time, 23 or 25 hours apart
 * across a daylight-saving change), with the zone's offset.
 *
 * @throws {@link ValidationError} for a malformed instant or zone.
 * @example
 * ```ts
 * addLocalDays('2026-03-28T09:00:00+01:00', 1, 'Europe/Berlin'); // '2026-03-29T09:00:00+02:00'
 * ```
 */
export function addLocalDays(instant: string, days: number, timeZone: string): string {
  const at = parse(InstantStringSchema, instant, 'instant');
  const zone = parse(TimeZoneSchema, timeZone, 'time zone');
  return formatInstantMs(addLocalDaysMs(epochMs(at), Math.trunc(days), zone), zone);
}
