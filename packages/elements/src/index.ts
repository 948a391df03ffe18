/**
 * `@interlude/elements`: web components for blended therapy. Importing this module
 * defines every element; import `@interlude/elements/<name>.js` to define only one.
 *
 * @packageDocumentation
 */
export { IlProvider } from './provider/define.js';
export { PROVIDER_STATES, type ProviderState } from './provider/provider.types.js';
export { interludeClientContext } from './context.js';
export { ClientController, isStoreClient, type ClientHost } from './shared/internal/client-controller.js';
export { DataController, type DataSource, type DataState } from './shared/internal/data-controller.js';
export {
  ActivityRunController,
  unassignedId,
  type ActivityRunOptions,
  type RunStatus,
  type DraftStatus,
  type SubmitRunOptions,
} from './shared/internal/activity-run.js';
export * from './shared/events/index.js';
export { LocalizeController, registerMessages, availableLocales } from './shared/internal/localize.js';
export { en, type Messages } from './shared/locales/all.js';
export { TRANSLATED_LOCALES } from './shared/locales/strings.js';
export type { Localizer } from './shared/internal/localize.js';
export type {
  Intersection,
  Message,
  MessageArguments,
  StringGroup,
  StringsOf,
  StringsOfGroup,
  TranslatedLocale,
} from './shared/locales/strings.js';
export { IlRatingScale } from './rating-scale/define.js';
export {
  RATING_SCALE_MAX_OPTIONS,
  RATING_SCALE_MAX_LABEL_LENGTH,
  type RatingScaleLabels,
  type RatingScaleValueLabel,
} from './rating-scale/rating-scale.types.js';
export { IlExercisePlayer } from './exercise-player/define.js';
export type { FormAssociatedElement } from './shared/internal/form-associated.js';
export { IlReviewQueue } from './review-queue/define.js';
export {
  REVIEW_QUEUE_VIEWS,
  REVIEW_QUEUE_KINDS,
  REVIEW_QUEUE_COLUMNS,
  type ReviewQueueView,
  type ReviewQueueKind,
  type DisplayNames,
} from './review-queue/review-queue.types.js';
export { IlMoodChart } from './mood-chart/define.js';
export {
  MOOD_DIRECTIONS,
  MOOD_CHART_MAX_SERIES,
  MOOD_CHART_MAX_POINTS,
  type MoodDirection,
  type MoodChartPoint,
  type MoodChartSeries,
  type MoodChartActivity,
  type MoodChartData,
} from './mood-chart/mood-chart.types.js';
export { IlOutcomeChart } from './outcome-chart/define.js';
export {
  OUTCOME_MARKS,
  OUTCOME_CHART_MAX_POINTS,
  type OutcomeMark,
  type OutcomeChartPoint,
  type OutcomeChartMeasure,
  type OutcomeChartData,
} from './outcome-chart/outcome-chart.types.js';
export { IlAdherenceChart } from './adherence-chart/define.js';
export {
  ADHERENCE_STATUSES,
  ADHERENCE_CHART_MAX_OCCURRENCES,
  type AdherenceStatus,
  type AdherenceChartOccurrence,
  type AdherenceChartAssignment,
  type AdherenceChartData,
} from './adherence-chart/adherence-chart.types.js';
export { IlProgress } from './progress/define.js';
export {
  PROGRESS_TRENDS,
  type ProgressTrend,
  type ProgressSeries,
  type ProgressOccurrence,
  type ProgressData,
} from './progress/progress.types.js';
export { IlSlider } from './slider/define.js';
export { SLIDER_MAX_STEPS } from './slider/slider.types.js';
export { IlChoiceGroup } from './choice-group/define.js';
export { CHOICE_GROUP_MAX_OPTIONS, type ChoiceGroupOption } from './choice-group/choice-group.types.js';
export { IlCrisisResources } from './crisis-resources/define.js';
export { CRISIS_HEADING_LEVELS, type CrisisHeadingLevel } from './crisis-resources/crisis-resources.types.js';
export { IlMeasureForm } from './measure-form/define.js';
export {
  MEASURE_FORM_HEADING_LEVELS,
  type MeasureFormHeadingLevel,
} from './measure-form/measure-form.types.js';
export { IlCheckIn } from './check-in/define.js';
export { CHECK_IN_HEADING_LEVELS, type CheckInHeadingLevel } from './check-in/check-in.types.js';
export { IlToday } from './today/define.js';
export {
  TODAY_HEADING_LEVELS,
  TODAY_SECTIONS,
  type TodayHeadingLevel,
  type TodaySection,
} from './today/today.types.js';
export { IlReminderSettings } from './reminder-settings/define.js';
export {
  REMINDER_SETTINGS_MAX_TIMES,
  REMINDER_SETTINGS_PREVIEW_COUNT,
  REMINDER_SETTINGS_PREVIEW_DAYS,
} from './reminder-settings/reminder-settings.types.js';
export { crisisSettingsContext, type CrisisSettings } from './shared/internal/crisis-context.js';
export { THEME_TOKENS, TOKEN_GROUPS, type ThemeToken, type TokenGroup } from './shared/styles/tokens.js';
export { IlAssignmentComposer } from './assignment-composer/define.js';
export {
  COMPOSER_FILTERS,
  COMPOSER_FREQUENCIES,
  COMPOSER_MAX_TIMES,
  COMPOSER_PREVIEW_DAYS,
  type ComposerFilter,
  type ComposerFrequency,
} from './assignment-composer/assignment-composer.types.js';
export { IlClinicOverview } from './clinic-overview/define.js';
export {
  CLINIC_OVERVIEW_PERIODS,
  CLINIC_OVERVIEW_MAX_GROUPS,
  type ClinicOverviewData,
} from './clinic-overview/clinic-overview.types.js';
export { IlSessionPrep } from './session-prep/define.js';
export {
  SESSION_PREP_SECTION_IDS,
  SESSION_PREP_HEADING_LEVELS,
  type SessionPrepSection,
  type SessionPrepHeadingLevel,
} from './session-prep/session-prep.types.js';
