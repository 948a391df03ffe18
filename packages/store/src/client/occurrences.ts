/**
 * `client.occurrences`: what is due when, and what became of it. Occurrences are derived
 * (core's `expandOccurrences` + `classifyOccurrences`) from stored assignments and
 * submissions, never stored themselves, so they can never disagree with the data.
 *
 * @module
 */
import {
  classifyOccurrences,
  expandOccurrences,
  OccurrenceRangeSchema,
  parse,
  type ClassifiedOccurrence,
} from '@interlude/core';
import type { ClientContext } from './context.js';

/** Options of {@link ClientOccurrences.list}. */
export interface OccurrenceQuery {
  /** Start of the range (inclusive), ISO 8601 with offset. */
  readonly from: string;
  /** End of the range (exclusive). */
  readonly to: string;
  /** The moment statuses are judged at. Default: the client's clock. */
  readonly now?: string;
  /** Only this assignment's occurrences. */
  readonly assignmentId?: string;
}

/** Occurrences of the partition's assignments. */
export interface ClientOccurrences {
  /**
   * Every occurrence due in `[from, to)` with its status at `now` (`pending`, `completed`,
   * `late`, `missed`), sorted by due instant, then id.
   *
   * @throws ValidationError for a bad range or `now`.
   */
  list(query: OccurrenceQuery): Promise<ClassifiedOccurrence[]>;
}

/** @internal */
export function clientOccurrences(context: ClientContext): ClientOccurrences {
  return {
    async list(query) {
      // Checked up front: with no assignments stored, core would never see the range.
      const range = parse(OccurrenceRangeSchema, { from: query.from, to: query.to }, 'occurrence range');
      const now = query.now ?? context.now();
      const [assignments, submissions] = await Promise.all([
        context.read('occurrences.list', [], ({ repository }) => repository.assignments.list()),
        context.read('occurrences.list', [], ({ repository }) => repository.submissions.list()),
      ]);
      const chosen = assignments.filter(
        (assignment) => query.assignmentId === undefined || assignment.id === query.assignmentId,
      );
      const occurrences = chosen.flatMap((assignment) => expandOccurrences(assignment, range));
      return classifyOccurrences(occurrences, submissions, now).sort(
        (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    },
  };
}
