/**
 * Time values as they travel through the model: instants carry their UTC offset, local
 * dates and times are wall-clock values in a named IANA time zone.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * Whether `timeZone` names a time zone this runtime knows (IANA names such as
 * `Europe/Berlin`, plus `UTC`). Offsets like `+02:00` are refused: they cannot follow
 * daylight-saving changes.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  // Building a DateTimeFormat costs ~0.1 ms and parsing a caseload asks about the same few zones.
  knownZones ??= new Map();
  let valid = knownZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownZones.size >= 1_000) knownZones.clear();
    knownZones.set(timeZone, valid);
  }
  return valid;
}

let knownZones: Map<string, boolean> | undefined;

/** An IANA time zone, e.g. `Europe/Berlin`; schedules are expanded in it. */
export const TimeZoneSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  );

/** An IANA time-zone name. */
export type TimeZone = z.output<typeof TimeZoneSchema>;

/** An instant as an ISO 8601 date-time with an offset (`Z` or `±HH:MM`), e.g. `2026-03-29T09:00:00+02:00`. */
export const InstantStringSchema = z.iso.datetime({ offset: true });

/** An ISO 8601 date-time with an offset. */
export type InstantString = z.output<typeof InstantStringSchema>;

function isRealDate(year: number, month: number, day: number): boolean {
  // A calendar-validity check only (no time zones involved): 2026-02-30 must be refused.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A calendar date without a zone, `YYYY-MM-DD`, read in the schedule's time zone. */
export const LocalDateSchema = z.string().check(z.refine(isLocalDate, 'must be a date like 2026-03-29'));

/** A wall-clock time without a zone, `HH:MM` or `HH:MM:SS` (24-hour). */
export const LocalTimeSchema = z.string().check(z.regex(LOCAL_TIME, 'must be a time like 09:00 or 09:00:30'));

/** A wall-clock date and time without a zone, `YYYY-MM-DDTHH:MM[:SS]`. */
export const LocalDateTimeSchema = z.string().check(
  z.refine((value) => {
    const [date, time, ...rest] = value.split('T');
    return (
      rest.length === 0 &&
      date !== undefined &&
      time !== undefined &&
      isLocalDate(date) &&
      LOCAL_TIME.test(time)
    );
  }, 'must be a local date-time like 2026-03-29T09:00'),
);

/** `YYYY-MM-DD`. */
export type LocalDate = z.output<typeof LocalDateSchema>;
/** `HH:MM[:SS]`. */
export type LocalTime = z.output<typeof LocalTimeSchema>;
/** `YYYY-MM-DDTHH:MM[:SS]`. */
export type LocalDateTime = z.output<typeof LocalDateTimeSchema>;
