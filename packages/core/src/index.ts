/**
 * `@interlude/core`: the typed model and pure engines of Interlude. No DOM, no I/O,
 * nothing runs at import time; every function that needs the time takes `now`.
 *
 * @packageDocumentation
 */
export { InterludeError, ValidationError, formatPath, type ValidationIssue } from './errors.js';
export { parse, safeParse, type ParseResult } from './parse.js';
export { USER_ROLES, UserSchema, parseUser, isSameUser, type User, type UserRole } from './user.js';
export type { InterludeClient } from './client.js';
export {
  MODALITIES,
  ACTIVITY_KINDS,
  DefinitionIdSchema,
  VersionSchema,
  LocaleSchema,
  LocalizedTextSchema,
  ActivityRefSchema,
  activityBaseShape,
  type Modality,
  type ActivityKind,
  type LocalizedText,
  type ActivityRef,
} from './definitions/common.js';
export { localizedText } from './definitions/localized-text.js';
export {
  MeasureDefinitionSchema,
  MeasureItemSchema,
  MeasureItemIdSchema,
  ResponseOptionSchema,
  SeverityBandSchema,
  MissingItemRuleSchema,
  RiskItemSchema,
  MeasureFlagRuleSchema,
  MeasureScoringSchema,
  MeasureLoincSchema,
  MeasureLicenceSchema,
  ReliableChangeSchema,
  MeaningfulChangeSchema,
  MeasureSourceSchema,
  CasenessSchema,
  LoincCodeSchema,
  MEASURE_DIRECTIONS,
  COMMERCIAL_USE,
  isValidLoincCode,
  type MeasureDefinition,
  type MeasureItem,
  type ResponseOption,
  type SeverityBand,
  type MissingItemRule,
  type RiskItem,
  type MeasureFlagRule,
  type MeasureScoring,
  type MeasureLicence,
  type MeasureSource,
  type MeasureDirection,
} from './definitions/measure.js';
export { parseMeasureDefinition, safeParseMeasureDefinition } from './definitions/measure-parse.js';
export { measureTotalRange, countedValue } from './definitions/measure-range.js';
export * from './scoring/index.js';
export {
  ItemIdSchema,
  TrackedSchema,
  ChoiceOptionSchema,
  SliderItemSchema,
  MoodItemSchema,
  ChoiceItemSchema,
  ShortTextItemSchema,
  CheckInItemSchema,
  CheckInTemplateSchema,
  CheckInAnswerSchema,
  CheckInAnswersSchema,
  MAX_CHECK_IN_ITEMS,
  CHECK_IN_SECONDS,
  CHECK_IN_LIMIT_SECONDS,
  parseCheckInTemplate,
  estimateCheckInSeconds,
  checkInWarnings,
  type Tracked,
  type ChoiceOption,
  type CheckInItem,
  type CheckInItemKind,
  type CheckInTemplate,
  type CheckInAnswer,
  type CheckInAnswers,
  type CheckInWarning,
} from './definitions/check-in.js';
export { SHORT_TEXT_MAX_LENGTH } from './definitions/check-in-limits.js';
export {
  CONDITION_OPS,
  MicroFeedbackConditionSchema,
  MicroFeedbackRuleSchema,
  MicroFeedbackSchema,
  type ConditionOp,
  type MicroFeedbackCondition,
  type MicroFeedbackRule,
  type MicroFeedback,
} from './definitions/micro-feedback.js';
export { answerMeets, isAnswered, microFeedback, type AnswerComparison } from './definitions/answer-tests.js';
export {
  StepConditionSchema,
  TextStepSchema,
  PromptStepSchema,
  RatingStepSchema,
  ChoiceStepSchema,
  CardSchema,
  PileSchema,
  CardSortStepSchema,
  ListBuilderStepSchema,
  TimerStepSchema,
  AudioStepSchema,
  BreathingStepSchema,
  TimedCueSchema,
  CaptionTrackSchema,
  EntryFieldSchema,
  PartsMapStepSchema,
  ReflectionStepSchema,
  ExerciseStepSchema,
  AttributionSchema,
  ExerciseDefinitionSchema,
  parseExerciseDefinition,
  type StepCondition,
  type TimedCue,
  type CaptionTrack,
  type EntryField,
  type ExerciseStep,
  type ExerciseStepKind,
  type Attribution,
  type ExerciseDefinition,
  type ExerciseAnswers,
} from './definitions/exercise.js';
export {
  PART_ROLES,
  PART_FIELDS,
  ANSWER_STEP_KINDS,
  visibleSteps,
  reflectionText,
  type PartRole,
  type PartField,
} from './definitions/exercise-steps.js';
export {
  tableRows,
  tableAnswer,
  listColumns,
  listEntries,
  listAnswer,
  partsOf,
  partsAnswer,
  moveEntry,
  cardSortPiles,
  pileOf,
  unsortedCards,
  placeCard,
  type TableRow,
  type CardSortAnswer,
  type CardPlacement,
} from './definitions/exercise-answers.js';
export {
  stepPosition,
  isStepAnswered,
  isStepMissing,
  firstMissingStep,
  submittedAnswers,
  BREATHING_PHASES,
  breathingSeconds,
  breathingState,
  activeCueIndex,
  type StepPosition,
  type BreathingPhaseName,
  type BreathingState,
} from './definitions/exercise-run.js';
export { formatText, type TextRun, type TextLine, type TextBlock } from './definitions/formatted-text.js';
export * from './model/index.js';
export * from './schedule/index.js';
export * from './adherence/index.js';
export * from './aggregates/index.js';
export * from './reminders/index.js';
export * from './flags/index.js';
export { CaseloadIndex, indexCaseload } from './caseload/caseload-index.js';
export * from './session-prep/index.js';
export {
  DialNumberSchema,
  CrisisSourceSchema,
  CrisisResourceSchema,
  CrisisResourceSetSchema,
  parseCrisisResourceSet,
  type CrisisResource,
  type CrisisResourceSet,
} from './crisis/crisis-resources.js';
export { regionOfLocale } from './crisis/region.js';
export { checkRatingScaleSettings, type RatingScaleSettings } from './scales/rating-scale.js';
export { RATING_SCALE_MAX_OPTIONS, RATING_SCALE_MAX_LABEL_LENGTH } from './scales/rating-scale-limits.js';
export * from './licensing/index.js';
export * from './workload/index.js';
export * from './trends/index.js';
