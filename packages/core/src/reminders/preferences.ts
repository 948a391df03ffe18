/**
 * A client's reminder preferences: when they may be nudged, how often, and about what.
 *
 * Practitioners in blended care named intrusive reminders as one way between-session work
 * turns from added value into added burden, so the defaults are modest (one reminder per
 * occurrence, at most two a day, nothing at night) and no setting can exceed the client's
 * own daily cap.
 *
 * @module
 */
import * as z from 'zod/mini';
import { RecordIdSchema } from '../model/assignment.js';
import { InstantStringSchema, TimeZoneSchema } from '../model/time.js';
import { parse } from '../parse.js';

/** A local wall-clock time `HH:MM` (24-hour). */
export const ReminderTimeSchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 21:00'));

/** Schema for {@link QuietHours}. */
export const QuietHoursSchema = z
  .object({
    /** Local time quiet hours begin (inclusive). */
    start: ReminderTimeSchema,
    /** Local time they end (exclusive); earlier than `start` means they span midnight. */
    end: ReminderTimeSchema,
  })
  .check(
    z.refine((quiet) => quiet.start !== quiet.end, {
      message: 'must differ from start (use null for no quiet hours)',
      path: ['end'],
    }),
  );

/** A daily local-time span with no reminders, e.g. `{ start: '21:00', end: '08:00' }`. */
export type QuietHours = z.output<typeof QuietHoursSchema>;

/** Schema for {@link FollowUp}. */
export const FollowUpSchema = z.object({
  /** Send the nudge this many minutes before the occurrence expires. */
  beforeExpiryMinutes: z.int().check(z.gte(1), z.lte(60 * 24 * 31)),
});

/** A single extra nudge before an occurrence expires, for work still not done. */
export type FollowUp = z.output<typeof FollowUpSchema>;

/**
 * The defaults, chosen to be modest (everything but the time zone):
 * - `quietHours` 21:00–08:00 local;
 * - `preferredTimes` none (a timed activity is reminded at its own time);
 * - `maxPerDay` 2;
 * - `snoozeUntil` none, `optedOut` false, `optedOutAssignmentIds` none;
 * - `leadMinutes` 0 (remind when it is due, not before);
 * - `followUp` off: a second nudge is something the client opts into.
 */
export const DEFAULT_REMINDER_PREFERENCES = {
  quietHours: { start: '21:00', end: '08:00' } as QuietHours | null,
  preferredTimes: [] as readonly string[],
  maxPerDay: 2,
  snoozeUntil: null as string | null,
  optedOut: false,
  optedOutAssignmentIds: [] as readonly string[],
  leadMinutes: 0,
  followUp: null as FollowUp | null,
} as const;

const defaults = DEFAULT_REMINDER_PREFERENCES;

/** Schema for {@link ReminderPreferences}; every field but `timeZone` has a default. */
export const ReminderPreferencesSchema = z.object({
  /** The client's IANA time zone: quiet hours, preferred times and the daily cap are read in it. */
  timeZone: TimeZoneSchema,
  /** No reminders in this local span; `null` for none. */
  quietHours: z._default(z.nullable(QuietHoursSchema), () =>
    defaults.quietHours === null ? null : { ...defaults.quietHours },
  ),
  /**
   * Local times the client likes to be reminded at. They place reminders for "any time that
   * day" occurrences (the first preferred time at or after the start of the due day, within
   * the on-time window); an occurrence with its own time of day is reminded at that time.
   */
  preferredTimes: z._default(z.array(ReminderTimeSchema).check(z.maxLength(24)), () => [
    ...defaults.preferredTimes,
  ]),
  /** At most this many reminders per local day (0 turns reminders off). */
  maxPerDay: z._default(z.int().check(z.gte(0), z.lte(24)), defaults.maxPerDay),
  /** No reminder before this instant; reminders that would fall earlier move to it. */
  snoozeUntil: z._default(z.nullable(InstantStringSchema), defaults.snoozeUntil),
  /** Opted out of all reminders. */
  optedOut: z._default(z.boolean(), defaults.optedOut),
  /** Opted out of reminders for these assignments. */
  optedOutAssignmentIds: z._default(z.array(RecordIdSchema).check(z.maxLength(10_000)), () => [
    ...defaults.optedOutAssignmentIds,
  ]),
  /** Remind this many minutes before a timed occurrence is due. */
  leadMinutes: z._default(z.int().check(z.gte(0), z.lte(60 * 24)), defaults.leadMinutes),
  /** An optional second nudge before expiry; `null` for none. */
  followUp: z._default(z.nullable(FollowUpSchema), () =>
    defaults.followUp === null ? null : { ...defaults.followUp },
  ),
});

/** A client's reminder preferences with every default filled in. */
export type ReminderPreferences = z.output<typeof ReminderPreferencesSchema>;

/** Reminder preferences as a vendor or a settings form may give them: only `timeZone` is required. */
export type ReminderPreferencesInput = z.input<typeof ReminderPreferencesSchema>;

/**
 * Validates reminder preferences and fills in {@link DEFAULT_REMINDER_PREFERENCES}.
 *
 * @throws {@link ValidationError} with the path of every problem (e.g. `quietHours.end`).
 * @example
 * ```ts
 * const preferences = parseReminderPreferences({ timeZone: 'Europe/Berlin', maxPerDay: 1 });
 * preferences.quietHours; // { start: '21:00', end: '08:00' }
 * ```
 */
export function parseReminderPreferences(input: unknown): ReminderPreferences {
  return parse(ReminderPreferencesSchema, input, 'reminder preferences');
}
