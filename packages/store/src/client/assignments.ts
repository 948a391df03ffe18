/**
 * `client.assignments`: what a client is asked to do (read), and what a clinician assigns
 * (write, through the outbox).
 *
 * @module
 */
import type { Assignment, AssignmentStatus } from '@interlude/core';
import { createOutboxEntry, outboxPut } from '../sync/outbox.js';
import type { ClientContext } from './context.js';
import { NotPermittedError } from './errors.js';

/** Filters of {@link ClientAssignments.list}. */
export interface AssignmentQuery {
  /** Only these statuses (one or several). */
  readonly status?: AssignmentStatus | readonly AssignmentStatus[];
  /** Only this client's (useful in a clinician's caseload). */
  readonly clientId?: string;
}

/** Assignments of the signed-in user's partition. */
export interface ClientAssignments {
  /**
   * Stored assignments, ordered by `suggestedOrder` (unset last), then `createdAt`, then id.
   * Unreadable records are reported through `onProblem` and left out, never thrown.
   */
  list(query?: AssignmentQuery): Promise<Assignment[]>;
  /** One assignment, or `undefined` (also when unreadable: reported, not thrown). */
  get(id: string): Promise<Assignment | undefined>;
  /**
   * Clinician only: validates and stores an assignment together with its outbox entry (one
   * transaction); resolves once committed. Sync sends it later; if the server holds a newer
   * version, the server's wins and `client.sync.onNotice` says so.
   *
   * @throws ValidationError for an invalid assignment, {@link NotPermittedError} for a client.
   */
  put(assignment: Assignment): Promise<Assignment>;
}

/** @internal */
export function clientAssignments(context: ClientContext): ClientAssignments {
  return {
    list: (query = {}) =>
      context.read('assignments.list', [], async ({ repository }) => {
        const statuses = query.status === undefined ? undefined : new Set([query.status].flat());
        return (await repository.assignments.list())
          .filter((assignment) => !statuses || statuses.has(assignment.status))
          .filter((assignment) => query.clientId === undefined || assignment.clientId === query.clientId)
          .sort(byOrder);
      }),
    get: (id) =>
      context.read('assignments.get', undefined, ({ repository }) => repository.assignments.get(id)),
    async put(assignment) {
      if (context.user.role !== 'clinician') throw new NotPermittedError('assignments.put', 'clinician');
      const { repository } = await context.session();
      const parsed = repository.assignments.validate(assignment);
      const entry = createOutboxEntry({
        id: parsed.id,
        collection: 'assignments',
        now: new Date(context.now()),
      });
      await repository.write([repository.assignments.putOp(parsed), outboxPut(entry)]);
      context.written(['assignments', 'outbox'], 1);
      return parsed;
    },
  };
}

function byOrder(a: Assignment, b: Assignment): number {
  const order = (a.suggestedOrder ?? Infinity) - (b.suggestedOrder ?? Infinity);
  if (order !== 0 && !Number.isNaN(order)) return order;
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
