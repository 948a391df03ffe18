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
  chartLoading: 'Loading the chart…',
  chartLoadFailed: 'The chart data could not be read. Try again later.',
  chartShowTable: 'Show data table',
  chartHideTable: 'Hide data table',
  chartSeriesLegend: 'Series to show',
  chartColumnWhen: 'When',
  chartColumnSeries: 'Series',
  chartColumnValue: 'Value',
  chartColumnUsual: 'Usual range',
  chartColumnNote: 'Note',
  chartUsualRange: (low: string, high: string) => `usual ${low}–${high}`,
  chartNoBaseline: 'no baseline yet',
  chartAboveUsual: 'above usual',
  chartBelowUsual: 'below usual',
  chartWithinUsual: 'within usual',
  chartMoodTitle: 'Check-ins over time',
  chartMoodEmpty: 'No check-ins to show yet.',
  chartMoodLegendValue: 'Check-in',
  chartMoodLegendOutside: 'Outside the usual range',
  chartMoodLegendBand: 'Usual range (previous 14 check-ins)',
  chartMoodLegendActivity: 'Activity completed',
  chartMoodPoint: (label: string, value: string, max: string, when: string, note: string) =>
    `${label} ${value} of ${max}, ${when}${note ? `, ${note}` : ''}`,
  chartMoodActivityPoint: (title: string, when: string) => `${title} completed, ${when}`,
  chartMoodSummary: (count: number, from: string, to: string, latest: string) =>
    `${count} ${count === 1 ? 'check-in' : 'check-ins'} from ${from} to ${to}; latest: ${latest}.`,
  chartMoodLatest: (label: string, value: string, where: string, low: string, high: string) =>
    `${label} ${value}, ${where} (${low}–${high})`,
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`,
  chartOutcomeTitle: 'Questionnaire scores over time',
  chartOutcomeEmpty: 'No questionnaire scores to show yet.',
  chartOutcomeNoScores: (title: string) => `${title}: no scorable responses yet.`,
  chartOutcomeMeasure: 'Questionnaire',
  chartOutcomeSummary: (title: string, from: string, to: string, period: string, change: string) =>
    `${title} went from ${from} to ${to} over ${period}: ${change}.`,
  chartOutcomeOneScore: (title: string, total: string, band: string, when: string) =>
    `${title}: one score so far, ${total} (${band}) on ${when}.`,
  chartOutcomePoint: (
    title: string,
    total: string,
    band: string,
    when: string,
    change: string,
    baseline: string,
  ) => `${title} ${total}, ${band}, ${when}; ${change} from baseline ${baseline}`,
  chartOutcomeBaselinePoint: (title: string, total: string, band: string, when: string) =>
    `${title} ${total}, ${band}, ${when}; baseline`,
  chartOutcomeReliableImprovement: 'reliable improvement',
  chartOutcomeReliableDeterioration: 'reliable deterioration',
  chartOutcomeNoReliableChange: 'no reliable change',
  chartOutcomeMeaningfulImprovement: 'clinically meaningful improvement',
  chartOutcomeMeaningfulDeterioration: 'clinically meaningful deterioration',
  chartOutcomeNoMeaningfulChange: 'no clinically meaningful change',
  chartOutcomeChangeUnknown: 'change not classifiable',
  chartOutcomeRecovered: (change: string) => `${change}, recovered`,
  chartOutcomeLegendRecovered: 'Recovered: no longer a case, with a reliable improvement',
  chartOutcomeUnscorable: 'unscorable',
  chartOutcomeLegendBaseline: 'Baseline',
  chartOutcomeZone: (threshold: string, words: string) => `Within ±${threshold} of baseline: ${words}`,
  chartOutcomeCasenessAtOrAbove: (threshold: string) => `Caseness cut-off: a case at ${threshold} or more`,
  chartOutcomeCasenessBelow: (threshold: string) => `Caseness cut-off: a case below ${threshold}`,
  chartOutcomeColumnTotal: 'Total',
  chartOutcomeColumnBand: 'Severity',
  chartOutcomeColumnChange: 'Change from baseline',
  chartAdherenceTitle: 'Completed work over time',
  chartAdherenceEmpty: 'Nothing assigned in this period.',
  chartAdherenceWeeks: 'Weeks',
  chartAdherenceDays: 'Days',
  chartAdherenceAssignment: 'Assignment',
  chartAdherenceAll: 'All assignments',
  chartAdherenceNothing: 'nothing assigned',
  chartAdherenceDone: (done: number, assigned: number) => `${done} of ${assigned} done`,
  chartAdherenceLate: (late: number) => `${late} late`,
  chartAdherenceMissed: (missed: number) => `${missed} missed`,
  chartAdherenceOpen: (open: number) => `${open} still open`,
  chartAdherenceWeekPoint: (week: string, counts: string) => `Week of ${week}: ${counts}`,
  chartAdherenceDayPoint: (day: string, counts: string, detail: string) =>
    `${day}: ${counts}${detail ? ` (${detail})` : ''}`,
  chartAdherenceDetail: (title: string, status: string) => `${title}: ${status}`,
  chartAdherenceStatusDone: 'Done on time',
  chartAdherenceStatusLate: 'Done late',
  chartAdherenceStatusMissed: 'Missed',
  chartAdherenceStatusOpen: 'Still open',
  chartAdherenceLegendAll: 'Day: all done',
  chartAdherenceLegendSome: 'Day: some done',
  chartAdherenceLegendNone: 'Day: none done',
  chartAdherenceColumnAssigned: 'Assigned',
  chartAdherenceStreak: (current: number, longest: number) =>
    `Current streak: ${current} in a row · longest: ${longest}`,
  chartProgressTitle: 'Your progress',
  chartProgressNoValues: 'Your check-ins will appear here.',
  chartProgressStreak: (count: number): string =>
    count === 1 ? 'activity done in a row' : 'activities done in a row',
  chartProgressThisWeek: (_count: number): string => 'done this week',
  chartProgressLegendBand: 'Your usual range',
  chartProgressPoint: (label: string, value: string, max: string, when: string) =>
    `${label} ${value} of ${max}, ${when}`,
  chartProgressBetter: (label: string) =>
    `Your ${label.toLowerCase()} has been higher this week than the week before.`,
  chartProgressSteady: (label: string) =>
    `Your ${label.toLowerCase()} has been steady, much like the week before.`,
  chartProgressHarder: (label: string) =>
    `This week your ${label.toLowerCase()} has been harder than the week before; it helps that you keep checking in.`,
  chartProgressKeepGoing: 'A few more check-ins and you will see how things change.',
  chartProgressSummaryStreak: (change: string, streak: number) =>
    `${change.replace(/\.$/, '')}, and you have done ${streak} ${streak === 1 ? 'activity' : 'activities'} in a row.`,
  chartAdherenceSummary: (
    weeks: string,
    done: number,
    assigned: number,
    rate: string,
    late: number,
    missed: number,
    streak: number,
  ) =>
    `${weeks}: ${done} of ${assigned} done (${rate}), ${late} late, ${missed} missed; current streak ${streak}.`,

  // ── Clinician elements, part 2: il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
  composerTitle: 'Assign an activity',
  composerFor: (name: string) => `for ${name}`,
  composerNoClient: 'Set client-id to say whom the activity is for.',
  composerCatalogue: 'Activity',
  composerFilterLegend: 'Show',
  composerFilter: (filter: string) =>
    (
      ({
        all: 'All',
        act: 'ACT',
        ifs: 'IFS',
        cbt: 'CBT',
        measure: 'Questionnaires',
        'check-in': 'Check-ins',
      }) as Record<string, string>
    )[filter] ?? filter,
  composerSearch: 'Search activities',
  composerShown: (shown: number, total: number) => `${shown} of ${total} activities shown`,
  composerEmptyCatalogue:
    'No activities are stored on this device yet. They appear once content is stored or synced.',
  composerNoMatch: 'No activity matches. Try another filter or search.',
  composerKind: (kind: string) =>
    (({ exercise: 'Exercise', measure: 'Questionnaire', 'check-in': 'Check-in' }) as Record<string, string>)[
      kind
    ] ?? kind,
  composerMinutes: (minutes: string) => `about ${minutes} min`,
  composerLicencePermission: (licence: string) =>
    `Not available: licensed ${licence}, non-commercial use only. A commercial product needs the owner's permission.`,
  composerLicenceForbidden: (licence: string) =>
    `Not available: licensed ${licence}, which forbids commercial use.`,
  composerPreview: 'What the client will do',
  composerPreviewNone: 'Choose an activity to see what it asks of the client.',
  composerQuestions: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`,
  composerCheckInSeconds: (seconds: string) => `about ${seconds} seconds`,
  composerSteps: (count: number) => `${count} ${count === 1 ? 'step' : 'steps'}`,
  composerStepKind: (kind: string) =>
    (
      ({
        text: 'Read',
        prompt: 'Write',
        rating: 'Rate',
        choice: 'Choose',
        'card-sort': 'Sort cards',
        'list-builder': 'Make a list',
        timer: 'Pause',
        audio: 'Listen',
        breathing: 'Breathe',
        'parts-map': 'Map parts',
        reflection: 'Reflect',
      }) as Record<string, string>
    )[kind] ?? kind,
  composerSchedule: 'Schedule',
  composerZone: (zone: string) => `Dates and times are the client's, in ${zone}.`,
  composerFrequency: 'How often',
  composerOnce: 'Once',
  composerWeekly: 'Every week on chosen days',
  composerDate: 'Date',
  composerTime: 'Time',
  composerDays: 'Days',
  composerTimes: 'Times of day',
  composerAnyTime: 'any time that day',
  composerTimeN: (index: number) => `Time ${index}`,
  composerRemoveTime: (index: number) => `Remove time ${index}`,
  composerRemove: 'Remove',
  composerAddTime: 'Add a time',
  composerStart: 'Starts on',
  composerEnd: 'Ends on (optional)',
  composerNote: 'Note for the client',
  composerNoteHint: 'The client sees this with the activity. Plain text.',
  composerUpcoming: 'The next two weeks',
  composerUpcomingPending: 'Choose an activity and a schedule to see when it is due.',
  composerUpcomingCount: (count: number) =>
    count === 0
      ? 'Not due in the next two weeks.'
      : `Due ${count} ${count === 1 ? 'time' : 'times'} in the next two weeks:`,
  composerWeekLoad: (week: string, minutes: string, limit: string) =>
    `Week of ${week}: about ${minutes} of at most ${limit} minutes of work`,
  composerWarningsTitle: 'Before you assign',
  composerWarnNewExercises: (count: number, limit: number) =>
    `This would be ${count} new exercises within 7 days; the suggested limit is ${limit}. One or two brief exercises a week work better.`,
  composerWarnMinutes: (week: string, minutes: string, limit: string) =>
    `The week of ${week} would hold about ${minutes} minutes of work; the limit is ${limit}.`,
  composerWarnCheckIn: (seconds: string, limit: string) =>
    `This check-in takes about ${seconds} seconds; check-ins over ${limit} seconds are often dropped after the first week.`,
  composerSave: 'Assign',
  composerSaveAnyway: 'Assign anyway',
  composerSaving: 'Saving…',
  composerSaved: (title: string, name: string) => `Assigned ${title} to ${name}. It syncs to their device.`,
  composerInvalid: (problem: string) => `This assignment is not valid: ${problem}`,
  composerChooseActivity: 'Choose an activity.',
  composerNeedDate: 'Choose a date.',
  composerNeedDays: 'Choose at least one day.',
  composerEndBeforeStart: 'The end must not be before the start.',
  clinicOverviewTitle: 'Clinic overview',
  clinicOverviewPeriod: 'Period',
  clinicOverviewWeeks: (weeks: number) => `Last ${weeks} weeks`,
  clinicOverviewMeasure: 'Questionnaire',
  clinicOverviewRange: (from: string, to: string) => `From ${from} to ${to}`,
  clinicOverviewPrivacy: (min: number) =>
    `Groups with fewer than ${min} clients are not shown, so no one can be recognised. Keep exports inside the clinic.`,
  clinicOverviewActive: 'Active clients',
  clinicOverviewCompletion: 'Between-session completion',
  clinicOverviewMedian: (measure: string) => `Median improvement on ${measure}`,
  clinicOverviewPoints: (value: string) => `${value} points`,
  clinicOverviewWithChange: (count: number) =>
    `${count} ${count === 1 ? 'client' : 'clients'} with two scores`,
  clinicOverviewOverall: 'Whole clinic',
  clinicOverviewByClinician: 'By clinician',
  clinicOverviewByCohort: 'By cohort',
  clinicOverviewColumnGroup: 'Group',
  clinicOverviewColumnClients: 'Clients',
  clinicOverviewColumnActive: 'Active',
  clinicOverviewColumnCompletion: 'Completion',
  clinicOverviewColumnWithChange: 'With two scores',
  clinicOverviewColumnImprovement: 'Median improvement',
  clinicOverviewColumnReliable: 'Reliably improved',
  clinicOverviewSuppressed: (min: number) => `Fewer than ${min} clients: not shown`,
  clinicOverviewUnknown: 'not enough data',
  clinicOverviewEmpty: 'No clients with assignments in this period.',
  clinicOverviewNoScores: 'No questionnaire scores in this period.',
  clinicOverviewExport: 'Export as CSV',
  clinicOverviewExported: (file: string) => `Exported ${file}.`,
  clinicOverviewChartTitle: (measure: string) => `Completion and improvement on ${measure}`,
  clinicOverviewAxisCompletion: 'Completion',
  clinicOverviewAxisImprovement: 'Median improvement',
  clinicOverviewSeries: (kind: string): string => (kind === 'cohort' ? 'Cohorts' : 'Clinicians'),
  clinicOverviewLegendNoChange: 'Dashed line: no change',
  clinicOverviewPoint: (group: string, completion: string, improvement: string, clients: number) =>
    `${group}: completion ${completion}, median improvement ${improvement} points (${clients} with two scores)`,
  clinicOverviewSummary: (measure: string, rho: string, clients: number, direction: string) =>
    `${direction === 'more' ? 'Clients who completed more between sessions tended to improve more' : direction === 'less' ? 'Clients who completed more between sessions tended to improve less' : 'Completion and improvement showed no clear relation'} on ${measure} (Spearman ρ ${rho}, ${clients} clients). An association, not a cause.`,
  clinicOverviewSummaryUnknown: (measure: string) =>
    `Too few clients have both completion and two ${measure} scores to relate them.`,
  clinicOverviewChartEmpty: 'No group is large enough, with scores, to plot.',

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
  clinicianLoading: 'Loading…',
  clinicianReadError: 'Could not read the data on this device.',
  clinicianRetry: 'Try again',
  clinicianWriteError: 'Could not save on this device. Nothing was changed.',
  clinicianClientFallback: (id: string) => `Client ${id}`,
  reviewQueueLabel: 'Review queue',
  reviewQueueViewLegend: 'Show',
  reviewQueueViewOpen: (count: number) => `Needs review (${count})`,
  reviewQueueViewSnoozed: (count: number) => `Snoozed (${count})`,
  reviewQueueViewAcknowledged: (count: number) => `Acknowledged (${count})`,
  reviewQueueKindsLegend: 'Kinds',
  reviewQueueKind: (kind: string, count: number) =>
    `${({ risk: 'Risk', deterioration: 'Deterioration', 'mood-shift': 'Mood shift', 'non-engagement': 'Not engaging', completion: 'Completed', overload: 'Overload' } as Record<string, string>)[kind] ?? kind} (${count})`,
  reviewQueueClinician: 'Clinician',
  reviewQueueAllClinicians: 'All clinicians',
  reviewQueueColumnClient: 'Client',
  reviewQueueColumnFlag: 'What needs review',
  reviewQueueColumnDate: 'Date',
  reviewQueueColumnAcknowledge: 'Acknowledge',
  reviewQueueColumnSnooze: 'Snooze',
  reviewQueueSummary: (shown: number, urgent: number, attention: number, info: number) =>
    shown === 0 ? 'Nothing to show.' : `${shown} shown: ${urgent} urgent, ${attention} need attention, ${info} for information.`,
  reviewQueueEmptyOpen: 'Nothing needs your review right now.',
  reviewQueueEmptySnoozed: 'No snoozed flags.',
  reviewQueueEmptyAcknowledged: 'No acknowledged flags.',
  reviewQueueEmptyCaseload: 'No clients in the caseload yet.',
  reviewQueueSeverity: (severity: string) =>
    ({ urgent: 'Urgent', attention: 'Attention', info: 'Info' } as Record<string, string>)[severity] ?? severity,
  reviewQueueOpenClient: (name: string) => `Open ${name}`,
  reviewQueueAcknowledge: 'Acknowledge',
  reviewQueueAcknowledgeLabel: (name: string) => `Acknowledge flag for ${name}`,
  reviewQueueSnooze: 'Snooze…',
  reviewQueueSnoozeLabel: (name: string) => `Snooze flag for ${name}`,
  reviewQueueNoSnoozeUrgent: 'Urgent: cannot be snoozed',
  reviewQueueAcknowledgedOn: (date: string) => `Acknowledged ${date}`,
  reviewQueueSnoozedUntil: (date: string) => `Until ${date}`,
  reviewQueueRaisedOn: (date: string) => `Raised ${date}`,
  reviewQueueAcknowledged: (name: string) => `Acknowledged the flag for ${name}.`,
  reviewQueueSnoozed: (name: string, date: string) => `Snoozed the flag for ${name} until ${date}.`,
  reviewQueueSnoozeTitle: (name: string) => `Snooze the flag for ${name}`,
  reviewQueueSnoozeDate: 'Show it again on',
  reviewQueueSnoozeHint: 'It comes back by itself on that day.',
  reviewQueueSnoozeConfirm: 'Snooze',
  reviewQueueCancel: 'Cancel',
  reviewQueueMoreEvidence: (count: number) => `and ${count} more`,
  flagSummary: (reason: string, p: Readonly<Record<string, string>>) => {
    switch (reason) {
      case 'risk-endorsed':
        return `${p['title']}: risk item ${p['item']} answered ${p['value']} (threshold ${p['threshold']}). Follow your risk protocol.`;
      case 'risk-unanswered':
        return `${p['title']}: risk item ${p['item']} left unanswered. Risk unknown, not "no risk".`;
      case 'worse-than-baseline':
        return `${p['title']} reliably worse than at the start: ${p['before']} → ${p['after']}.`;
      case 'worse-than-previous':
        return `${p['title']} reliably worse than last time: ${p['before']} → ${p['after']}.`;
      case 'shift-worse':
        return `${p['label']} ${p['value']}, worse than the recent average of ${p['baseline']}.`;
      case 'shift-better':
        return `${p['label']} ${p['value']}, better than the recent average of ${p['baseline']}.`;
      case 'no-recent-completion':
        return `Nothing completed for ${p['days']} days.`;
      case 'missed-in-a-row':
        return `${p['count']} due items missed in a row.`;
      case 'completed':
        return `${p['title']} completed ${p['count']}×.`;
      case 'too-many-new-exercises':
        return `${p['count']} new exercises within 7 days; the suggested limit is ${p['limit']}.`;
      default:
        return reason;
    }
  },
  evidenceRole: (role: string) =>
    ({
      'risk-answer': 'Risk answer',
      'score-before': 'Earlier score',
      'score-after': 'Latest score',
      'baseline-value': 'Recent value',
      'shifted-value': 'Value',
      'last-completion': 'Last completed',
      'missed-occurrence': 'Missed',
      completion: 'Completed',
      'new-assignment': 'Assigned',
    } as Record<string, string>)[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) => `${role}${values ? ` ${values}` : ''}, ${dates}`,
  evidenceUnanswered: 'unanswered',
};

/** The shape every locale has: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
