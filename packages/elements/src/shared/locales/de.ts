import type { Messages } from './en.js';

export const de = {
  notConfiguredTitle: 'Dieses Interlude-Element ist nicht verbunden',
  notConfiguredBody:
    'Setzen Sie es in ein <il-provider>-Element und geben Sie diesem einen mit createInterlude() erstellten Client.',
  invalidClientTitle: 'Der Interlude-Client ist ungültig',
  invalidClientBody: (problem: string) => `Der Provider hat einen unbrauchbaren Client erhalten: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} von ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} von ${max}, ${anchor}`,
  required: 'Bitte wählen Sie einen Wert.',
  invalidSettingsTitle: 'Dieses Interlude-Element ist falsch eingerichtet',
  invalidSettingsBody: (problem: string) => `Prüfen Sie seine Attribute und Eigenschaften: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)
  runLoading: 'Wird geladen …',
  runResumed: 'Willkommen zurück: Ihre bisherigen Antworten sind eingetragen.',
  runSubmitting: 'Wird gespeichert …',
  runSubmitFailed:
    'Das konnte nicht gespeichert werden. Ihre Antworten sind noch da; bitte versuchen Sie es erneut.',
  draftSaving: 'Wird auf diesem Gerät gespeichert …',
  draftSaved: 'Auf diesem Gerät gespeichert',
  draftFailed: 'Konnte nicht auf diesem Gerät gespeichert werden. Ihre Antworten sind noch da.',
  syncOnDevice: 'Auf diesem Gerät gespeichert',
  syncOffline: 'Auf diesem Gerät gespeichert. Es wird synchronisiert, sobald Sie wieder online sind.',
  syncSynced: 'Synchronisiert',
  invalidDefinitionTitle: 'Diese Aktivität kann nicht angezeigt werden',
  invalidDefinitionBody: (problem: string) => `Ihre Definition ist ungültig: ${problem}`,

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)
  sliderNotAnswered: 'Noch nicht beantwortet',
  sliderValueText: (value: string, max: string) => `${value} von ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} von ${max}, ${anchor}`,
  measureLicenceRefused: 'Dieser Fragebogen kann hier nicht angeboten werden',
  measureSubmit: 'Antworten absenden',
  measureItemCount: (count: number) => `${count} Fragen`,
  measureItemMissing: 'Diese Frage ist noch nicht beantwortet.',
  measureMissingAll: (first: number) =>
    `Bitte beantworten Sie alle Fragen. Frage ${first} ist noch nicht beantwortet.`,
  measureMissingSome: (first: number, allowed: number) =>
    `Bitte beantworten Sie Frage ${first}. Bis zu ${allowed} Fragen dürfen offen bleiben, es sind aber mehr.`,
  measureThanks: 'Danke. Ihre Antworten sind gespeichert.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `Ihr Wert: ${total} von ${max} (${band})` : `Ihr Wert: ${total} von ${max}`,
  measureUnscorable: 'Es wurden zu wenige Fragen beantwortet, um einen Wert zu berechnen.',
  crisisHeading: 'Sie müssen das nicht allein durchstehen',
  crisisMessage:
    'Danke, dass Sie es uns sagen. Wenn Sie daran denken, sich etwas anzutun, wenden Sie sich bitte jetzt an eine der Stellen unten – dort hilft man Ihnen, Tag und Nacht.',
  crisisClinicianNote:
    'Ihre Therapeutin bzw. Ihr Therapeut sieht diese Antwort, sobald sie gesendet und synchronisiert ist – aber nicht sofort. Wenn Sie jetzt Hilfe brauchen, wenden Sie sich bitte an eine der Stellen oben.',
  crisisResourcesHeading: 'Wenn Sie jetzt Hilfe brauchen',
  crisisCall: 'Anrufen:',
  crisisText: 'SMS an',
  crisisWebsite: (name: string) => `Website von ${name}`,
  checkInSubmit: 'Check-in speichern',
  checkInOptional: 'freiwillig',
  checkInItemMissing: 'Bitte beantworten Sie diese Frage.',
  checkInMissing: (prompt: string) => `Bitte beantworten Sie „${prompt}“.`,
  checkInCharactersLeft: (count: number) => `noch ${count} Zeichen`,
  checkInSaved: 'Check-in gespeichert',
  checkInAgain: 'Noch einmal einchecken',
  todayDueNow: 'Jetzt fällig',
  todayLater: 'Später heute',
  todayThisWeek: 'Diese Woche',
  todayDone: 'Erledigt',
  todayMissed: 'Diesmal nicht erledigt',
  todayMissedNote:
    'Das ist in Ordnung. Wenn Sie möchten, können Sie in der nächsten Sitzung darüber sprechen.',
  todayEmpty: 'Gerade ist nichts fällig.',
  todayWhy: 'Warum das wichtig ist',
  todayMinutes: (minutes: string) => `Etwa ${minutes} Min.`,
  todayDueBy: (time: string) => `Fällig um ${time}`,
  todayAnyTime: 'Heute, wann es passt',
  todayDueOn: (date: string) => `Fällig ${date}`,
  todayDoneAt: (time: string) => `Erledigt um ${time}`,
  todayStart: (title: string) => `${title} beginnen`,
  todayDoneThanks: 'Erledigt. Danke, dass Sie sich die Zeit genommen haben.',
  todayBack: 'Zurück zur heutigen Liste',
  todayUnavailable:
    'Diese Aktivität ist noch nicht auf diesem Gerät. Sie erscheint nach der nächsten Synchronisierung.',
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

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
