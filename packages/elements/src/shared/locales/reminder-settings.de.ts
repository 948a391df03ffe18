import type { ReminderSettingsStrings } from './reminder-settings.js';

export const de = {
  remindersPauseAll: 'Alle Erinnerungen pausieren',
  remindersPreferredTimes: 'Bevorzugte Uhrzeiten',
  remindersPreferredHint: 'Für Aktivitäten, die Sie zu jeder Tageszeit machen können.',
  remindersTime: (index: number) => `Uhrzeit ${index}`,
  remindersAddTime: 'Uhrzeit hinzufügen',
  remindersRemoveTime: (time: string) => `${time} entfernen`,
  remindersQuietHours: 'Ruhezeiten (keine Erinnerungen)',
  remindersQuietOff: 'Keine Ruhezeiten',
  remindersQuietFrom: 'Von',
  remindersQuietUntil: 'Bis',
  remindersMaxPerDay: 'Höchstens so viele Erinnerungen am Tag',
  remindersPerActivity: 'Erinnern an',
  remindersSave: 'Erinnerungseinstellungen speichern',
  remindersSaved: 'Erinnerungseinstellungen gespeichert',
  remindersSaveFailed:
    'Die Einstellungen konnten nicht gespeichert werden. Bitte prüfen Sie sie und versuchen Sie es erneut.',
  remindersPreview: (times: string) => `Sie werden erinnert: ${times}.`,
  remindersPreviewNone: 'In den nächsten 7 Tagen sind keine Erinnerungen geplant.',
  remindersPreviewPaused:
    'Erinnerungen sind pausiert. Sie können Ihre Aktivitäten trotzdem jederzeit öffnen.',
  remindersInvalid: (problem: string) => `Bitte prüfen: ${problem}`,
} satisfies ReminderSettingsStrings;
