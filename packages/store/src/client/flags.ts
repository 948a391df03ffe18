/**
 * `client.flags`: review by exception for clinicians. Flags are computed on the device with
 * core's `computeFlags` from what the partition holds, so they work offline and always match
 * the data on screen; acknowledgements are stored (and synced) by flag id.
 *
 * @module
 */
import {
  computeFlags,
  parse,
  RecordIdSchema,
  type Flag,
  type FlagAcknowledgement,
  type FlagOptions,
} from '@interlude/core';
import { createOutboxEntry, outboxPut } from '../sync/outbox.js';
import type { ClientContext } from './context.js';
import { NotPermittedError } from './errors.js';

/** Options of {@link ClientFlags.forCaseload}. */
export interface CaseloadFlagQuery {
  /** The moment to compute at, ISO 8601 with offset. Default: the client's clock. */
  readonly now?: string;
  /** Thresholds; see core's `DEFAULT_FLAG_OPTIONS`. */
  readonly options?: FlagOptions;
}

/** Flags over the signed-in clinician's caseload. */
export interface ClientFlags {
  /**
   * Every flag at `now` over the stored assignments, submissions, scores and definitions,
   * with stored acknowledgements applied (`acknowledgedAt` set; the flag is still returned).
   * Sorted urgent first. Unreadable records are reported and left out.
   *
   * @throws {@link NotPermittedError} for a client; ValidationError for a bad `now` or option.
   */
  forCaseload(query?: CaseloadFlagQuery): Promise<Flag[]>;
  /**
   * Records that the clinician saw flag `flagId` now: stored with its outbox entry in one
   * transaction. Acknowledging twice keeps the first (acknowledgements are append-only).
   */
  acknowledge(flagId: string): Promise<FlagAcknowledgement>;
}

/** @internal */
export function clientFlags(context: ClientContext): ClientFlags {
  const clinicianOnly = (operation: string): void => {
    if (context.user.role !== 'clinician') throw new NotPermittedError(operation, 'clinician');
  };
  return {
    async forCaseload(query = {}) {
      clinicianOnly('flags.forCaseload');
      const now = query.now ?? context.now();
      const [assignments, submissions, scores, definitions, acknowledgements] = await Promise.all([
        context.read('flags.forCaseload', [], ({ repository }) => repository.assignments.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.submissions.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.scores.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.definitions.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.acknowledgements.listShared()),
      ]);
      return computeFlags(
        {
          assignments,
          submissions,
          scores: scores.map((score) => ({ submissionId: score.submissionId, score })),
          definitions: definitions.map((stored) => stored.definition),
          acknowledgements: acknowledgements.map(({ flagId, acknowledgedAt }) => ({
            flagId,
            acknowledgedAt,
          })),
        },
        now,
        query.options,
      );
    },
    async acknowledge(flagId) {
      clinicianOnly('flags.acknowledge');
      parse(RecordIdSchema, flagId, 'flag id');
      const { repository } = await context.session();
      const existing = await repository.acknowledgements.get(flagId);
      if (existing) return { flagId: existing.flagId, acknowledgedAt: existing.acknowledgedAt };
      const acknowledgement = { id: flagId, flagId, acknowledgedAt: context.now() };
      const entry = createOutboxEntry({
        id: flagId,
        collection: 'acknowledgements',
        now: new Date(context.now()),
      });
      await repository.write([repository.acknowledgements.putOp(acknowledgement), outboxPut(entry)]);
      context.written(['acknowledgements', 'outbox'], 1);
      return { flagId, acknowledgedAt: acknowledgement.acknowledgedAt };
    },
  };
}
