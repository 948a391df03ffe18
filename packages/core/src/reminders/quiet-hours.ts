/**
 * Quiet hours on the client's wall clock, including the days daylight saving changes it.
 *
 * @internal
 * @module
 */
import type { QuietHours } from './preferences.js';
import { atLocalTime, dayOf, minutesOfDay, nextDay, previousTransition, type Zoned } from './wall-clock.js';

/** Seconds since local midnight on the wall clock (not elapsed time: a DST day still reads 00:00–23:59). */
function wallSeconds(zoned: Zoned): number {
  return zoned.hour * 3600 + zoned.minute * 60 + zoned.second;
}

/** Whether the wall-clock time of `zoned` falls in `[start, end)`, spanning midnight when `end < start`. */
export function isInQuietHours(zoned: Zoned, quiet: QuietHours): boolean {
  const now = wallSeconds(zoned);
  const start = minutesOfDay(quiet.start) * 60;
  const end = minutesOfDay(quiet.end) * 60;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * The first instant after `zoned` (which is in quiet hours) at which they are over.
 *
 * On a spring-forward day the end's wall time may not exist (02:30 in Berlin on the last
 * Sunday of March); quiet hours are then over at the transition itself (03:00). On a
 * fall-back day the end's wall time happens twice; the first one after `zoned` is taken.
 */
export function endOfQuietHours(zoned: Zoned, quiet: QuietHours): Zoned {
  const start = minutesOfDay(quiet.start) * 60;
  const end = minutesOfDay(quiet.end);
  // Spanning midnight and already past the start: the quiet hours end tomorrow.
  const day = start > end * 60 && wallSeconds(zoned) >= start ? nextDay(dayOf(zoned)) : dayOf(zoned);
  const after = zoned.epochMilliseconds;
  const compatible = atLocalTime(day, quiet.end, zoned.timeZoneId);
  if (compatible.hour * 60 + compatible.minute !== end) {
    // The wall time was skipped: the clocks jumped over it, so the jump is when it arrives.
    const transition = previousTransition(compatible);
    return transition !== null && transition.epochMilliseconds > after ? transition : compatible;
  }
  if (compatible.epochMilliseconds > after) return compatible;
  // A repeated wall time whose first instance is not after `zoned`: take the second one.
  return atLocalTime(day, quiet.end, zoned.timeZoneId, 'later');
}
