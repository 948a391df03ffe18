/**
 * The contract between Interlude's sync engine and a vendor's backend. Implement it to
 * sync with your own API; `@interlude/fhir` implements it for any FHIR R4 server.
 *
 * Idempotency is the transport's duty: pushing the same entry twice (same `id`) must store
 * it once. Entries carry the record's id, which for submissions is a UUID made on the
 * device, so a server can de-duplicate with a conditional create or a unique key.
 *
 * @module
 */
import { InterludeError, type ValidationIssue } from '@interlude/core';

/** Collections that travel to and from the server (drafts, outbox and meta stay local). */
export const SYNCED_COLLECTIONS = [
  'definitions',
  'assignments',
  'submissions',
  'scores',
  'flags',
  'acknowledgements',
  'preferences',
] as const;

/** One of {@link SYNCED_COLLECTIONS}. */
export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number];

/** One local change on its way to the server. */
export interface PushEntry {
  /** The record's id: the idempotency key. */
  readonly id: string;
  readonly collection: SyncedCollection;
  /** The record as stored locally (already validated). */
  readonly record: Readonly<Record<string, unknown>> & { readonly id: string };
  /** The server version this change was based on, for optimistic concurrency (e.g. an ETag). */
  readonly baseVersion?: string;
}

/**
 * What happened to one pushed entry.
 * - `stored`: the server has it now (first time, or it already had exactly this: a duplicate).
 * - `conflict`: the server holds a newer version; the engine keeps the server's and notifies.
 * - `rejected`: the server will never accept it (e.g. 422); the engine stops retrying it.
 * - `retry`: a transient failure for this entry only; the engine retries it with backoff.
 */
export type PushOutcome =
  | { readonly id: string; readonly status: 'stored'; readonly version?: string }
  | {
      readonly id: string;
      readonly status: 'conflict';
      readonly serverRecord?: Readonly<Record<string, unknown>>;
    }
  | { readonly id: string; readonly status: 'rejected'; readonly reason: string }
  | { readonly id: string; readonly status: 'retry'; readonly reason: string };

/** One change from the server. */
export type PulledChange =
  | {
      readonly collection: SyncedCollection;
      readonly record: Readonly<Record<string, unknown>> & { readonly id: string };
      readonly version?: string;
    }
  | { readonly collection: SyncedCollection; readonly id: string; readonly deleted: true };

/**
 * Something on the server a pull could not apply as it came: `skipped` (not a record this device
 * reads, or unreadable) or `partial` (applied, with parts left out). Identifiers and reasons only,
 * never content; the engine passes each on as a `pull-report` notice.
 */
export interface PullReport {
  /** What it concerns, as the server names it, e.g. `QuestionnaireResponse/123`. */
  readonly item: string;
  readonly kind: 'skipped' | 'partial';
  /** Why, e.g. `not-interlude: no Interlude score identifier`. */
  readonly reason: string;
}

/** A page of server changes since a cursor. */
export interface PullResult {
  readonly changes: readonly PulledChange[];
  /** Where the next pull continues; persisted so sync resumes after a reload. */
  readonly cursor: string;
  /** More changes are waiting: pull again with `cursor`. */
  readonly hasMore: boolean;
  /** What this page could not apply as it came, and why (see {@link PullReport}). */
  readonly reports?: readonly PullReport[];
}

/**
 * Durable state a transport may keep in the partition (e.g. the server version of each record),
 * next to the pull cursor in the partition's `meta` collection: it survives reloads and is wiped
 * with the partition. Keys are the transport's own; values are JSON.
 */
export interface TransportState {
  get(key: string): Promise<unknown>;
  /** Writes every entry in one transaction; a `value` of `undefined` deletes the key. */
  set(entries: readonly { readonly key: string; readonly value: unknown }[]): Promise<void>;
}

/** What the engine passes to every transport call. */
export interface TransportCallOptions {
  readonly signal: AbortSignal;
  /** The partition's {@link TransportState}; absent when the caller keeps none (e.g. a test calling the transport directly). */
  readonly state?: TransportState;
}

/** A backend that can take local changes and hand back server changes. */
export interface Transport {
  /**
   * Sends a batch. Resolves with one outcome per entry (any order); throws
   * {@link TransportError} when the whole call failed (network, auth, timeout, 5xx).
   */
  push(entries: readonly PushEntry[], options: TransportCallOptions): Promise<readonly PushOutcome[]>;
  /** Fetches changes after `cursor` (`null`: from the beginning). */
  pull(cursor: string | null, options: TransportCallOptions): Promise<PullResult>;
}

/** Why a whole transport call failed; decides whether the engine retries. */
export const TRANSPORT_FAILURES = ['network', 'timeout', 'server', 'auth', 'rejected'] as const;

/** `network`, `timeout` and `server` are retried with backoff; `auth` stops sync until re-authenticated; `rejected` drops the batch call. */
export type TransportFailure = (typeof TRANSPORT_FAILURES)[number];

/** A transport call failed as a whole. Messages never contain record content. */
export class TransportError extends InterludeError {
  readonly failure: TransportFailure;
  /** HTTP status, when there was one. */
  readonly status: number | undefined;
  /**
   * How long the server asked us to wait before trying again (HTTP `Retry-After`), in
   * milliseconds. The sync engine never retries sooner than this.
   */
  readonly retryAfterMs: number | undefined;

  constructor(
    failure: TransportFailure,
    message: string,
    options?: { status?: number; cause?: unknown; retryAfterMs?: number },
  ) {
    super(`transport-${failure}`, message, { cause: options?.cause });
    this.name = 'TransportError';
    this.failure = failure;
    this.status = options?.status;
    this.retryAfterMs = options?.retryAfterMs;
  }

  /** Whether trying again later may succeed. */
  get retryable(): boolean {
    return this.failure === 'network' || this.failure === 'timeout' || this.failure === 'server';
  }
}

/**
 * The server answered, but not with what the protocol promises (not JSON, a missing field,
 * an unknown status). A `server` failure, so the engine retries with backoff: a proxy's
 * HTML error page or a half-deployed backend usually recovers. `issues` say what is wrong
 * and where (e.g. `outcomes[3].status`), never the values the server sent.
 *
 * @example
 * ```ts
 * try { await transport.pull(null, { signal }); }
 * catch (error) {
 *   if (error instanceof InvalidResponseError) console.warn(error.endpoint, error.issues);
 * }
 * ```
 */
export class InvalidResponseError extends TransportError {
  /** Which call returned it, e.g. `'push'` or `'changes'`. */
  readonly endpoint: string;
  /** Every problem found, each with its path into the response body. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    endpoint: string,
    message: string,
    options: { status?: number; issues?: readonly ValidationIssue[]; cause?: unknown } = {},
  ) {
    super('server', message, options);
    this.name = 'InvalidResponseError';
    this.endpoint = endpoint;
    this.issues = options.issues ?? [];
  }
}
