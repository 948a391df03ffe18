/**
 * Limits of `<il-reminder-settings>`.
 *
 * @module
 */

/** How many preferred times the form offers to add. */
export const REMINDER_SETTINGS_MAX_TIMES = 6;

/** How many planned reminders the preview names. */
export const REMINDER_SETTINGS_PREVIEW_COUNT = 3;

/** How far ahead the preview plans, in days. */
export const REMINDER_SETTINGS_PREVIEW_DAYS = 7;
