/**
 * Lossless mapping between Interlude's model and FHIR R4 resources, one module per resource pair.
 *
 * @module
 */
export * from './common.js';
export type { UnsupportedItem, QuestionnaireReadResult } from './questionnaire-common.js';
export { measureToQuestionnaire, questionnaireToMeasure } from './measure.js';
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
  fhirToAcknowledgement,
  type AcknowledgementRecord,
} from './flag.js';
export {
  recordToResources,
  resourceToRecord,
  identifierOf,
  type RecordContext,
  type RecordResources,
  type ResourceRecord,
} from './records.js';
