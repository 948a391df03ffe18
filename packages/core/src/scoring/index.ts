/**
 * Measure scoring: the generic engine, reliable and meaningful change, and the stored score.
 *
 * @module
 */
export { scoreMeasure, type MeasureAnswer, type MeasureAnswers } from './score-measure.js';
export {
  classifyChange,
  changeThreshold,
  CHANGE_KINDS,
  CHANGE_BASES,
  MEANINGFUL_CHANGE_KINDS,
  type ChangeKind,
  type ChangeBasis,
  type MeaningfulChangeKind,
  type ChangeThreshold,
  type ChangeClassification,
  type ChangeUnknownReason,
} from './classify-change.js';
export { ScoreSchema, parseScore, UNSCORABLE_REASONS, type Score, type UnscorableReason } from './score.js';
export { InvalidAnswerError, type AnswerProblem } from './answer-error.js';
