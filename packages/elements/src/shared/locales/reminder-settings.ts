/**
 * Strings of il-reminder-settings.
 * English is the reference: `reminder-settings.de.ts` and `reminder-settings.ar.ts` must give the same keys with the same
 * arguments (`satisfies ReminderSettingsStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  remindersPauseAll: 'Pause all reminders',
  remindersPreferredTimes: 'Preferred times',
  remindersPreferredHint: 'For activities you can do any time of day.',
  remindersTime: (index: number) => `Time ${index}`,
  remindersAddTime: 'Add a time',
  remindersRemoveTime: (time: string) => `Remove ${time}`,
  remindersQuietHours: 'Quiet hours (no reminders)',
  remindersQuietOff: 'No quiet hours',
  remindersQuietFrom: 'From',
  remindersQuietUntil: 'Until',
  remindersMaxPerDay: 'At most this many reminders a day',
  remindersPerActivity: 'Remind me about',
  remindersSave: 'Save reminder settings',
  remindersSaved: 'Reminder settings saved',
  remindersSaveFailed: 'These settings could not be saved. Please check them and try again.',
  remindersPreview: (times: string) => `You’ll be reminded ${times}.`,
  remindersPreviewNone: 'No reminders are planned for the next 7 days.',
  remindersPreviewPaused: 'Reminders are paused. You can still open your activities any time.',
  remindersInvalid: (problem: string) => `Please check: ${problem}`,
};

export type ReminderSettingsStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const reminderSettingsStrings: StringGroup<ReminderSettingsStrings> = {
  en,
  de: () => import('./reminder-settings.de.js').then((module) => module.de),
  ar: () => import('./reminder-settings.ar.js').then((module) => module.ar),
};
