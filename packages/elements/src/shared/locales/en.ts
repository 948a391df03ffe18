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

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)

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

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
};

/** The shape every locale has: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
