/**
 * The submissions the review queue's flags look at, read by parts instead of whole: every
 * measure, the rest from core's `flagHistoryWindow` on (through the kind-and-time index, with a
 * day of margin), and the whole history of each client core's `clientsNeedingHistory` names
 * (through the `clientId` index). `computeFlags` over them gives what it gives over every
 * submission; the store knows nothing of the rules beyond what core says. Every record read is
 * validated as any other read (the repository's `check`: the submission shortcut, else the
 * schema, quarantining what fails); records outside the parts are not read at all.
 *
 * What was read is kept, frozen, at the collection's write generation (as `listShared` does),
 * so a second look or one after an acknowledgement reads only the generation token.
 *
 * A backend without the index (the encrypted wrapper, whose records are ciphertext) gets the
 * whole collection, as before.
 *
 * @module
 */
import {
  ACTIVITY_KINDS,
  clientsNeedingHistory,
  type ActivityDefinition,
  type Assignment,
  type FlagHistoryWindow,
  type FlagOptions,
  type Submission,
} from '@interlude/core';
import { tracksGenerations } from '../backend/generations.js';
import type { SubmissionRange } from '../backend/types.js';
import { deepFreeze, type Repository } from '../repository.js';

const DAY_MS = 86_400_000;

/** What one partition's reads for flags gave at one generation and window start. */
interface Parts {
  readonly generation: string | undefined;
  readonly from: string;
  readonly recent: readonly Submission[];
  /** Whole histories by client, added as core names them. */
  readonly histories: Map<string, readonly Submission[]>;
}

/** What {@link readRecent} read: the window's part, to complete with {@link withHistories}. */
export interface RecentSubmissions {
  /** `undefined`: the backend has no ranges, and `recent` is every submission. */
  readonly parts: Parts | undefined;
  readonly recent: readonly Submission[];
}

const kept = new WeakMap<Repository, Parts>();

/** Every measure and the rest of `window`'s part (or every submission, without the index). */
export async function readRecent(
  repository: Repository,
  window: FlagHistoryWindow,
  now: string,
): Promise<RecentSubmissions> {
  const { backend } = repository;
  if (backend.getSubmissionRanges === undefined)
    return { parts: undefined, recent: await repository.submissions.listShared() };
  // `submittedAt` is local time text, at most 23:59 from UTC: a day before `since` in UTC
  // starts at or before the local date of every submission from `since` on.
  const from = new Date(Date.parse(window.since) - DAY_MS).toISOString().slice(0, 10);
  // The token is read before the records: a write in between leaves a token this entry does not have.
  const generation = tracksGenerations(backend) ? await backend.generation('submissions') : undefined;
  const earlier = kept.get(repository);
  if (generation !== undefined && earlier?.generation === generation && earlier.from === from)
    return { parts: earlier, recent: earlier.recent };
  const { getSubmissionRanges } = backend;
  // One read per range, each validated as it arrives while IndexedDB reads the next.
  const read = await Promise.all(
    readOrder(window, from, lateFrom(now, from)).map(async (range) => {
      const accepted = await repository.submissions.accepted(
        await getSubmissionRanges.call(backend, [range]),
      );
      return accepted.map(deepFreeze);
    }),
  );
  const parts: Parts = {
    generation,
    from,
    recent: Object.freeze(read.flat()),
    histories: new Map(),
  };
  if (generation === undefined) kept.delete(repository);
  else kept.set(repository, parts);
  return { parts, recent: parts.recent };
}

/**
 * The ranges of `window`'s part in the order they are asked for (IndexedDB answers them in that
 * order): the older part of the whole kinds, then everything up to `late`, then from `late` on.
 * The main thread checks each part while the next is read, so when the last arrives only a
 * small part (the last two weeks) is left to check. Together they are the window's part, each
 * submission in exactly one range (text bounds, `before` exclusive).
 */
export function readOrder(window: FlagHistoryWindow, from: string, late: string): SubmissionRange[] {
  const whole = ACTIVITY_KINDS.filter((kind) => window.wholeKinds.includes(kind));
  if (late <= from)
    return [
      ...whole.map((kind) => ({ kind, before: from })),
      ...ACTIVITY_KINDS.map((kind) => ({ kind, from })),
    ];
  return [
    ...whole.map((kind) => ({ kind, before: from })),
    ...ACTIVITY_KINDS.map((kind) => ({ kind, from, before: late })),
    ...ACTIVITY_KINDS.map((kind) => ({ kind, from: late })),
  ];
}

/** The UTC date two weeks before `now`, where {@link readOrder} starts its last ranges. */
function lateFrom(now: string, from: string): string {
  const late = new Date(Date.parse(now) - LATE_DAYS * DAY_MS);
  return Number.isNaN(late.getTime()) ? from : late.toISOString().slice(0, 10);
}

const LATE_DAYS = 14;

/**
 * `recent` with the whole history of every client core says it is not enough for. Needs every
 * assignment and definition, as `computeFlags` gets them.
 */
export async function withHistories(
  repository: Repository,
  { parts, recent }: RecentSubmissions,
  caseload: {
    readonly assignments: readonly Assignment[];
    readonly definitions: readonly ActivityDefinition[];
  },
  window: FlagHistoryWindow,
  now: string,
  options: FlagOptions | undefined,
): Promise<readonly Submission[]> {
  if (parts === undefined) return recent;
  const needing = clientsNeedingHistory(
    { ...caseload, submissions: recent, scores: [] },
    window,
    now,
    options,
  );
  if (needing.length === 0) return recent;
  // Most clients named (data long unsynced, a past `now`): one read of everything costs less.
  const clients = new Set([
    ...caseload.assignments.map((assignment) => assignment.clientId),
    ...recent.map((submission) => submission.clientId),
  ]);
  if (needing.length * 2 > clients.size) return repository.submissions.listShared();
  const missing = needing.filter((clientId) => !parts.histories.has(clientId));
  const histories = await Promise.all(
    missing.map((clientId) => repository.submissions.listWhere('clientId', clientId)),
  );
  missing.forEach((clientId, index) =>
    parts.histories.set(clientId, Object.freeze((histories[index] ?? []).map(deepFreeze))),
  );
  const named = new Set(needing);
  return [
    ...recent.filter((submission) => !named.has(submission.clientId)),
    ...needing.flatMap((clientId) => parts.histories.get(clientId) ?? []),
  ];
}
