/**
 * `client.flags`: review by exception for clinicians. Flags are computed on the device with
 * core's `computeFlags` from what the partition holds, so they work offline and always match
 * the data on screen; acknowledgements are stored (and synced) by flag id.
 *
 * @module
 */
import {
  computeFlags,
  flagHistoryWindow,
  parse,
  RecordIdSchema,
  startOfLocalDay,
  ValidationError,
  type Flag,
  FlagAcknowledgementSchema,
  type FlagAcknowledgement,
  type FlagOptions,
} from '@interlude/core';
import { createOutboxEntry, outboxPut } from '../sync/outbox.js';
import { readRecent, withHistories } from './flag-submissions.js';
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
  /**
   * Puts flag `flagId` out of the queue until `until`: a date (`YYYY-MM-DD`, its start in the
   * clinician's `user.timeZone`, else UTC) or an ISO instant, after now. Stored with its outbox
   * entry in one transaction, as its own record (append-only like acknowledgements): a later
   * snooze replaces it, an acknowledgement ends it, and when the date comes the flag is open
   * again by itself. An urgent flag is never hidden by a snooze (core's `computeFlags`).
   *
   * @throws ValidationError when `until` is malformed or not after now; {@link NotPermittedError} for a client.
   */
  snooze(flagId: string, options: SnoozeOptions): Promise<FlagAcknowledgement>;
}

/** Options of {@link ClientFlags.snooze}. */
export interface SnoozeOptions {
  /** The day the flag comes back (`YYYY-MM-DD`, in the clinician's zone) or an ISO instant. */
  readonly until: string;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** @internal */
export function clientFlags(context: ClientContext): ClientFlags {
  const clinicianOnly = (operation: string): void => {
    if (context.user.role !== 'clinician') throw new NotPermittedError(operation, 'clinician');
  };
  return {
    async forCaseload(query = {}) {
      clinicianOnly('flags.forCaseload');
      const now = query.now ?? context.now();
      // Validates now and the options before anything is read.
      const window = flagHistoryWindow(now, query.options);
      // Asked for in this order, IndexedDB answers the smaller collections first: they are
      // validated while it still reads the submissions.
      const [scores, definitions, assignments, acknowledgements, recent] = await Promise.all([
        context.read('flags.forCaseload', [], ({ repository }) => repository.scores.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.definitions.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.assignments.listShared()),
        context.read('flags.forCaseload', [], ({ repository }) => repository.acknowledgements.listShared()),
        context.read('flags.forCaseload', { parts: undefined, recent: [] }, ({ repository }) =>
          readRecent(repository, window, now),
        ),
      ]);
      // Only what the rules look at: see flag-submissions.ts.
      const submissions = await context.read('flags.forCaseload', [], ({ repository }) =>
        withHistories(
          repository,
          recent,
          { assignments, definitions: definitions.map((stored) => stored.definition) },
          window,
          now,
          query.options,
        ),
      );
      return computeFlags(
        {
          assignments,
          submissions,
          scores: scores.map((score) => ({ submissionId: score.submissionId, score })),
          definitions: definitions.map((stored) => stored.definition),
          acknowledgements: acknowledgements.map(({ flagId, acknowledgedAt, snoozedUntil }) =>
            snoozedUntil === undefined
              ? { flagId, acknowledgedAt }
              : { flagId, acknowledgedAt, snoozedUntil },
          ),
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
    async snooze(flagId, options) {
      clinicianOnly('flags.snooze');
      parse(RecordIdSchema, flagId, 'flag id');
      const now = context.now();
      const until = LOCAL_DATE.test(options.until)
        ? startOfLocalDay(options.until, context.user.timeZone ?? 'UTC')
        : options.until;
      const snooze = parse(
        FlagAcknowledgementSchema,
        { flagId, acknowledgedAt: now, snoozedUntil: until },
        'snooze',
      );
      if (Date.parse(snooze.snoozedUntil as string) <= Date.parse(now)) {
        throw new ValidationError('snooze', [
          { path: ['until'], code: 'custom', message: 'must be after now' },
        ]);
      }
      // Its own id, so the append-only server keeps every snooze and the acknowledgement (keyed by flag id).
      const record = { id: snoozeId(), ...snooze };
      const { repository } = await context.session();
      const entry = createOutboxEntry({ id: record.id, collection: 'acknowledgements', now: new Date(now) });
      await repository.write([repository.acknowledgements.putOp(record), outboxPut(entry)]);
      context.written(['acknowledgements', 'outbox'], 1);
      return snooze;
    },
  };
}

/** A fresh id for one snooze record. */
function snoozeId(): string {
  return `snooze-${crypto.randomUUID()}`;
}
