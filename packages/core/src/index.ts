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
  localizedText,
  type Modality,
  type ActivityKind,
  type LocalizedText,
  type ActivityRef,
} from './definitions/common.js';
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
  parseMeasureDefinition,
  measureTotalRange,
  countedValue,
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
  SHORT_TEXT_MAX_LENGTH,
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
export {
  CONDITION_OPS,
  MicroFeedbackConditionSchema,
  MicroFeedbackRuleSchema,
  MicroFeedbackSchema,
  answerMeets,
  isAnswered,
  microFeedback,
  type ConditionOp,
  type AnswerComparison,
  type MicroFeedbackCondition,
  type MicroFeedbackRule,
  type MicroFeedback,
} from './definitions/micro-feedback.js';
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
  PART_ROLES,
  PartsMapStepSchema,
  ReflectionStepSchema,
  ExerciseStepSchema,
  ANSWER_STEP_KINDS,
  AttributionSchema,
  ExerciseDefinitionSchema,
  parseExerciseDefinition,
  visibleSteps,
  reflectionText,
  type StepCondition,
  type PartRole,
  type ExerciseStep,
  type ExerciseStepKind,
  type Attribution,
  type ExerciseDefinition,
  type ExerciseAnswers,
} from './definitions/exercise.js';
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
  regionOfLocale,
  type CrisisResource,
  type CrisisResourceSet,
} from './crisis/crisis-resources.js';
export * from './licensing/index.js';
export * from './trends/index.js';
export * from './workload/index.js';
