/**
 * The client's wall clock for reminder planning, on the zone helpers of `schedule/zoned.ts`
 * (Temporal's semantics on Intl's offsets).
 *
 * @internal
 * @module
 */
import {
  addDays,
  dateOf,
  transitionBefore,
  zonedAt,
  zonedAtWallTime,
  type DateRecord,
  type ZonedRecord,
} from '../schedule/zoned.js';

/** An instant seen in a time zone. */
export type Zoned = ZonedRecord;
/** A calendar date. */
export type LocalDay = DateRecord;

/** The instant `epochMilliseconds` seen in `timeZone`. */
export function zonedAtEpochMs(epochMilliseconds: number, timeZone: string): Zoned {
  return zonedAt(epochMilliseconds, timeZone);
}

/** The local date `zoned` falls on. */
export function dayOf(zoned: Zoned): LocalDay {
  return dateOf(zoned);
}

/** `day + days`. */
export function nextDay(day: LocalDay, days = 1): LocalDay {
  return addDays(day, days);
}

/** `HH:MM` as minutes since local midnight. */
export function minutesOfDay(time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return hour * 60 + minute;
}

/**
 * The instant a local `HH:MM` happens on `day` in `timeZone`. A skipped wall time (DST gap)
 * moves forward by the gap (Temporal's way for both `disambiguation`s); a repeated one
 * resolves to its first (`'compatible'`) or second (`'later'`) instance.
 */
export function atLocalTime(
  day: LocalDay,
  time: string,
  timeZone: string,
  disambiguation: 'compatible' | 'later' = 'compatible',
): Zoned {
  const minutes = minutesOfDay(time);
  return zonedAtWallTime(day, Math.floor(minutes / 60), minutes % 60, 0, timeZone, disambiguation);
}

/**
 * The last change of the zone's offset before `zoned`, or `null` when there is none in the
 * three days before (the only caller asks about a wall time in a gap, hours after it opened).
 */
export function previousTransition(zoned: Zoned): Zoned | null {
  const at = transitionBefore(zoned.epochMilliseconds, zoned.timeZoneId);
  return at === undefined ? null : zonedAt(at, zoned.timeZoneId);
}
