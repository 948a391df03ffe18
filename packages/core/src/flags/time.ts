/**
 * The time operations flags and session prep need, on the zone helpers of
 * `schedule/zoned.ts` (kept separate so these engines do not depend on the schedule
 * engine's internals). "7 days" means 7 local days in the client's zone, so a daylight-saving
 * change never shifts a threshold by an hour.
 *
 * @internal
 * @module
 */
import {
  addLocalDaysMs,
  dateText,
  epochDayAt,
  epochMs,
  formatInstantMs,
  wholeLocalDaysBetween,
} from '../schedule/zoned.js';

export { epochMs } from '../schedule/zoned.js';

/** The instant `days` local days after (before, if negative) `instant`, in epoch ms and as text with offset. */
export function shiftDays(instant: string, days: number, timeZone: string): { ms: number; text: string } {
  // Temporal's ZonedDateTime.addDays, from cached zone offsets (the polyfill asks Intl each time).
  const ms = addLocalDaysMs(epochMs(instant), days, timeZone);
  return { ms, text: formatInstantMs(ms, timeZone) };
}

/** {@link shiftDays} from and to epoch ms, for when the text is not needed. */
export function shiftDaysMs(ms: number, days: number, timeZone: string): number {
  return addLocalDaysMs(ms, days, timeZone);
}

/** Whole local days from `a` to `b`, rounded down. */
export function wholeDaysBetween(a: string, b: string, timeZone: string): number {
  return wholeLocalDaysBetween(epochMs(a), epochMs(b), timeZone);
}

/** The local date (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function localDateOf(instant: string, timeZone: string): string {
  return localDateAtMs(epochMs(instant), timeZone);
}

/** The local date (`YYYY-MM-DD`) of the instant `ms` (epoch milliseconds) in `timeZone`. */
export function localDateAtMs(ms: number, timeZone: string): string {
  return dateText(epochDayAt(ms, timeZone));
}
