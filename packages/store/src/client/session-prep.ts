/**
 * `client.sessionPrep`: one client's period since the last session, computed on the clinician's
 * device by core's `prepareSession` from what the partition holds (so it works offline and
 * matches the charts and the review queue).
 *
 * @module
 */
import {
  prepareSession,
  parse,
  RecordIdSchema,
  type SessionPrep,
  type SessionPrepOptions,
} from '@interlude/core';
import type { ClientContext } from './context.js';
import { NotPermittedError } from './errors.js';

/** Options of {@link Interlude.sessionPrep}. */
export interface SessionPrepQuery {
  /** Start of the period, usually the last session (ISO 8601 with offset). */
  readonly since: string;
  /** End of the period. Default: the client's clock. */
  readonly now?: string;
  /** Locale for titles, labels and prompts. Default: the user's `locale`, else `en`. */
  readonly locale?: string;
  /** Tuning; see core's `DEFAULT_SESSION_PREP_OPTIONS`. */
  readonly options?: SessionPrepOptions;
}

/** @internal */
export function clientSessionPrep(
  context: ClientContext,
): (clientId: string, query: SessionPrepQuery) => Promise<SessionPrep> {
  return async (clientId, query) => {
    if (context.user.role !== 'clinician') throw new NotPermittedError('sessionPrep', 'clinician');
    parse(RecordIdSchema, clientId, 'client id');
    const [assignments, submissions, scores, definitions] = await Promise.all([
      context.read('sessionPrep', [], async ({ repository }) =>
        (await repository.assignments.list()).filter((assignment) => assignment.clientId === clientId),
      ),
      // Through the clientId index: one client's history, not the caseload's.
      context.read('sessionPrep', [], ({ repository }) =>
        repository.submissions.listWhere('clientId', clientId),
      ),
      context.read('sessionPrep', [], ({ repository }) => repository.scores.list()),
      context.read('sessionPrep', [], ({ repository }) => repository.definitions.list()),
    ]);
    const own = new Set(submissions.map((submission) => submission.id));
    return prepareSession({
      clientId,
      since: query.since,
      now: query.now ?? context.now(),
      assignments,
      submissions,
      scores: scores
        .filter((score) => own.has(score.submissionId))
        .map((score) => ({ submissionId: score.submissionId, score })),
      definitions: definitions.map((stored) => stored.definition),
      locale: query.locale ?? context.user.locale ?? 'en',
      ...(query.options ? { options: query.options } : {}),
    });
  };
}
