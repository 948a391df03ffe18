/**
 * Lossless mapping between Interlude's model and FHIR R4 resources, one module per resource pair.
 *
 * @module
 */
export * from './common.js';
export type { UnsupportedItem, QuestionnaireReadResult } from './questionnaire-common.js';
export { measureToQuestionnaire, measureAnswerCoding } from './measure.js';
export {
  questionnaireToMeasure,
  readQuestionnaireAsMeasure,
  formOfInstrument,
  linkIdToItemId,
  type MeasureReadOptions,
  type MeasureReadResult,
  type MeasureBinding,
  type MeasureForm,
  type ItemBinding,
  type AnswerKey,
} from './foreign-measure.js';
export { loincAnswerFor, loincAnswerText } from './loinc-answers.js';
export {
  SERVICE_REQUEST_STATUS,
  assignmentToServiceRequest,
  serviceRequestToAssignment,
  type AssignmentMappingOptions,
} from './service-request.js';
export { checkInToQuestionnaire, questionnaireToCheckIn } from './check-in.js';
export { exerciseToQuestionnaire, questionnaireToExercise } from './exercise.js';
export {
  TASK_STATUS,
  assignmentToTask,
  taskToAssignment,
  scheduleToTiming,
  timingToSchedule,
} from './assignment.js';
export {
  answersToItems,
  itemsToAnswers,
  submissionToQuestionnaireResponse,
  questionnaireResponseToSubmission,
  readQuestionnaireResponse,
  stableUuid,
  UNASSIGNED,
  type ResponseReadOptions,
  type ResponseReadResult,
  type ActivityDefinition,
} from './submission.js';
export {
  SURVEY_CATEGORY,
  scoreRecordId,
  scoreToObservation,
  observationToScore,
  type ScoreRecord,
} from './score.js';
export {
  checkInRatingsToObservations,
  observationToCheckInRating,
  type CheckInRating,
} from './check-in-ratings.js';
export {
  DETECTED_ISSUE_SEVERITY,
  flagToFhir,
  fhirToFlag,
  acknowledgementToFhir,
  acknowledgementToTask,
  SNOOZED_STATUS,
  fhirToAcknowledgement,
  flagClientId,
  ACKNOWLEDGEMENT_CODE,
  type AcknowledgementMappingOptions,
  type AcknowledgementRecord,
} from './flag.js';
export {
  recordToResources,
  resourceToRecord,
  readResource,
  identifierOf,
  type ReadContext,
  type ResourceReadResult,
  type SkipReason,
  type SkippedResource,
  type RecordContext,
  type RecordResources,
  type ResourceRecord,
} from './records.js';
