/**
 * English, the reference locale: every other locale must provide the same keys with the
 * same argument types (`satisfies Messages`). Keep strings short and plain.
 */
export const en = {
  notConfiguredTitle: 'This Interlude widget is not connected',
  notConfiguredBody:
    'Place it inside <il-provider> and give the provider a client created with createInterlude().',
  invalidClientTitle: 'The Interlude client is not valid',
  invalidClientBody: (problem: string) => `The provider received a client it cannot use: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} of ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} of ${max}, ${anchor}`,
  required: 'Please choose a value.',
  invalidSettingsTitle: 'This Interlude widget is not set up correctly',
  invalidSettingsBody: (problem: string) => `Check its attributes and properties: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)
  runLoading: 'Loading…',
  runResumed: 'Welcome back: your earlier answers are filled in.',
  runSubmitting: 'Saving…',
  runSubmitFailed: 'This could not be saved. Your answers are still here; please try again.',
  draftSaving: 'Saving on this device…',
  draftSaved: 'Saved on this device',
  draftFailed: 'Could not save on this device. Your answers are still here.',
  syncOnDevice: 'Saved on this device',
  syncOffline: 'Saved on this device. It will sync when you are back online.',
  syncSynced: 'Synced',
  invalidDefinitionTitle: 'This activity cannot be shown',
  invalidDefinitionBody: (problem: string) => `Its definition is not valid: ${problem}`,

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)
  sliderNotAnswered: 'Not answered yet',
  sliderValueText: (value: string, max: string) => `${value} of ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} of ${max}, ${anchor}`,
  measureLicenceRefused: 'This questionnaire cannot be offered here',
  measureSubmit: 'Submit answers',
  measureItemCount: (count: number) => `${count} questions`,
  measureItemMissing: 'This question is not answered yet.',
  measureMissingAll: (first: number) =>
    `Please answer every question. Question ${first} is not answered yet.`,
  measureMissingSome: (first: number, allowed: number) =>
    `Please answer question ${first}. Up to ${allowed} questions may be left out, but more are unanswered.`,
  measureThanks: 'Thank you. Your answers are saved.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `Your score: ${total} of ${max} (${band})` : `Your score: ${total} of ${max}`,
  measureUnscorable: 'Not enough questions were answered to give a score.',
  crisisHeading: 'You don’t have to face this alone',
  crisisMessage:
    'Thank you for telling us. If you are thinking about harming yourself, please reach out now: the people below can help, day or night.',
  crisisClinicianNote:
    'Your clinician will see this answer once it is sent and synced. They are not watching in real time, so if you need help now, please contact one of the services above.',
  crisisResourcesHeading: 'If you need help now',
  crisisCall: 'Call',
  crisisText: 'Text',
  crisisWebsite: (name: string) => `${name} website`,
  checkInSubmit: 'Save check-in',
  checkInOptional: 'optional',
  checkInItemMissing: 'Please answer this question.',
  checkInMissing: (prompt: string) => `Please answer “${prompt}”.`,
  checkInCharactersLeft: (count: number) => `${count} characters left`,
  checkInSaved: 'Check-in saved',
  checkInAgain: 'Check in again',
  todayDueNow: 'Due now',
  todayLater: 'Later today',
  todayThisWeek: 'Coming up this week',
  todayDone: 'Done',
  todayMissed: 'Not done this time',
  todayMissedNote: 'That’s okay. If you like, you can talk about it at your next session.',
  todayEmpty: 'Nothing is due right now.',
  todayWhy: 'Why this matters',
  todayMinutes: (minutes: string) => `About ${minutes} min`,
  todayDueBy: (time: string) => `Due at ${time}`,
  todayAnyTime: 'Any time today',
  todayDueOn: (date: string) => `Due ${date}`,
  todayDoneAt: (time: string) => `Done at ${time}`,
  todayStart: (title: string) => `Start ${title}`,
  todayDoneThanks: 'Done. Thank you for taking the time.',
  todayBack: 'Back to today’s list',
  todayUnavailable: 'This activity is not on this device yet. It will appear after the next sync.',
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

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
};

/** The shape every locale has: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
