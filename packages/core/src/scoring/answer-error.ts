/**
 * The error thrown when answers do not fit a measure: an answer that is not one of its item's values,
 * an unknown item id, or more answers than items. Never a silent score.
 *
 * @module
 */
import { InterludeError, formatPath, type ValidationIssue } from '../errors.js';

/**
 * Answers passed to `scoreMeasure` do not fit the measure. The message and `issues` name the item
 * (id and path) and what was wrong, never the answer itself: answers are health information.
 *
 * @example
 * ```ts
 * try { scoreMeasure(phq9, answers); }
 * catch (error) {
 *   if (error instanceof InvalidAnswerError) console.warn(error.message); // "Invalid answers to phq-9: [3] (item phq9-4): not an allowed value"
 * }
 * ```
 */
export class InvalidAnswerError extends InterludeError {
  /** The measure whose answers were rejected. */
  readonly measureId: string;
  /** Every problem, each with the path into the answers (array index or item id). */
  readonly issues: readonly ValidationIssue[];
  /** The ids of the items whose answers were rejected, in the order found. */
  readonly itemIds: readonly string[];

  constructor(measureId: string, problems: readonly AnswerProblem[]) {
    super(
      'invalid-answer',
      `Invalid answers to ${measureId}: ${problems
        .map(
          ({ path, itemId, message }) =>
            `${formatPath(path)}${itemId && typeof path[0] === 'number' ? ` (item ${itemId})` : ''}: ${message}`,
        )
        .join('; ')}`,
    );
    this.name = 'InvalidAnswerError';
    this.measureId = measureId;
    this.issues = problems.map(({ path, code, message }) => ({ path, code, message }));
    this.itemIds = problems.flatMap(({ itemId }) => (itemId ? [itemId] : []));
  }
}

/** One rejected answer, before it becomes an {@link InvalidAnswerError}. */
export interface AnswerProblem extends ValidationIssue {
  /** The item concerned, when the problem belongs to one. */
  readonly itemId?: string;
}
