/**
 * The client's wall clock for reminder planning, on temporal-polyfill's functional API (the
 * same imports as `schedule/zoned.ts`): every zone question goes to Temporal.
 *
 * @internal
 * @module
 */
import * as Instant from 'temporal-polyfill/fns/Instant';
import * as PlainDate from 'temporal-polyfill/fns/PlainDate';
import * as PlainDateTime from 'temporal-polyfill/fns/PlainDateTime';
import * as ZonedDateTime from 'temporal-polyfill/fns/ZonedDateTime';

/** An instant seen in a time zone. */
export type Zoned = ZonedDateTime.Record;
/** A calendar date. */
export type LocalDay = PlainDate.Record;

/** The instant `epochMilliseconds` seen in `timeZone`. */
export function zonedAtEpochMs(epochMilliseconds: number, timeZone: string): Zoned {
  return Instant.toZonedDateTimeISO(Instant.fromEpochMilliseconds(epochMilliseconds), timeZone);
}

/** The local date `zoned` falls on. */
export function dayOf(zoned: Zoned): LocalDay {
  return ZonedDateTime.toPlainDate(zoned);
}

/** `day + days`. */
export function nextDay(day: LocalDay, days = 1): LocalDay {
  return PlainDate.addDays(day, days);
}

/** `HH:MM` as minutes since local midnight. */
export function minutesOfDay(time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return hour * 60 + minute;
}

/**
 * The instant a local `HH:MM` happens on `day` in `timeZone`. A skipped wall time (DST gap)
 * resolves Temporal's way for `disambiguation`; a repeated one to its first (`'compatible'`)
 * or second (`'later'`) instance.
 */
export function atLocalTime(
  day: LocalDay,
  time: string,
  timeZone: string,
  disambiguation: 'compatible' | 'later' = 'compatible',
): Zoned {
  const minutes = minutesOfDay(time);
  const wall = PlainDateTime.create(day.year, day.month, day.day, Math.floor(minutes / 60), minutes % 60);
  return PlainDateTime.toZonedDateTime(wall, timeZone, { disambiguation });
}

/** The last change of the zone's offset before `zoned`, or `null`. */
export function previousTransition(zoned: Zoned): Zoned | null {
  return ZonedDateTime.getTimeZoneTransition(zoned, 'previous');
}
