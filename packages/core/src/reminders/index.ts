/**
 * Reminder planning: the client's preferences and the plan of reminders a vendor's channel sends.
 *
 * @module
 */
export {
  DEFAULT_REMINDER_PREFERENCES,
  ReminderTimeSchema,
  QuietHoursSchema,
  FollowUpSchema,
  ReminderPreferencesSchema,
  parseReminderPreferences,
  type QuietHours,
  type FollowUp,
  type ReminderPreferences,
  type ReminderPreferencesInput,
} from './preferences.js';
export {
  REMINDER_KINDS,
  planReminders,
  reminderDedupeKey,
  type ReminderKind,
  type ReminderAdjustment,
  type ReminderOccurrence,
  type SentReminder,
  type PlanRemindersInput,
  type PlannedReminder,
} from './plan.js';
