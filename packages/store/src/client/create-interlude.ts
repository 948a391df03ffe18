/**
 * `createInterlude`: the one client a vendor creates and hands to the elements
 * (`<il-provider>`), and the typed API for building their own UI on the same data.
 *
 * One client serves one signed-in user. Their partition opens on first use (or
 * `await client.ready`); `signOut()` wipes it (or, encrypted, may keep it closed) and makes
 * every later call reject with {@link SignedOutError}, so a screen left open can never show
 * the previous user's data to the next one.
 *
 * @module
 */
import type { InterludeClient, Licensing, SessionPrep, User } from '@interlude/core';
import type { CollectionName, StoreFactory } from '../backend/types.js';
import { countOutbox, readOutbox } from '../sync/outbox.js';
import { clientAssignments, type ClientAssignments } from './assignments.js';
import { clientCaseload, type ClientCaseload } from './caseload.js';
import { ChangeFeed, type ChangeListener, type SubscribableCollection } from './change-feed.js';
import type { ClientContext } from './context.js';
import { clientDefinitions, validateDefinition, type ClientDefinitions } from './definitions.js';
import { clientDrafts, type ClientDrafts } from './drafts.js';
import { ClientClosedError, SignedOutError } from './errors.js';
import { clientFlags, type ClientFlags } from './flags.js';
import { clientOccurrences, type ClientOccurrences } from './occurrences.js';
import { resolveOptions, type CreateInterludeOptions } from './options.js';
import { clientPreferences, type ClientPreferences } from './preferences.js';
import { clientSessionPrep, type SessionPrepQuery } from './session-prep.js';
import { reporter, storageProblem } from './problems.js';
import { openSession, type Session } from './session.js';
import { clientStorage, type ClientStorage } from './storage.js';
import { SyncFacade, type ClientSync } from './sync.js';
import { clientSubmissions, type ClientSubmissions } from './submissions.js';

/** Options of {@link Interlude.signOut}. */
export interface SignOutOptions {
  /**
   * Keep the partition (closed) for the user's next sign-in instead of wiping it. Honoured
   * only when the store encrypts at rest (`idbStore({ encryption })`, `encrypted(...)`): a
   * plain partition is always wiped.
   */
  readonly keep?: boolean;
}

/** What {@link Interlude.signOut} did. */
export interface SignOutResult {
  /** Whether the partition was deleted (`false`: kept, encrypted and closed). */
  readonly wiped: boolean;
  /**
   * Local changes that had not reached the server yet. When `wiped`, they are gone: check
   * `client.sync.status.pending` (and offer to sync) before signing out.
   */
  readonly unsynced: number;
}

/**
 * The Interlude client: typed async methods and subscriptions over the signed-in user's
 * partition. Satisfies core's `InterludeClient`, which is all the elements ask for.
 */
export interface Interlude extends InterludeClient {
  /** The signed-in person (validated). */
  readonly user: User;
  /**
   * The declared use (validated; `DEFAULT_LICENSING` when none was given). Pass it to core's
   * `checkLicence(definition, client.licensing)` or `licensedDefinitions(definitions, client.licensing)`.
   */
  readonly licensing: Licensing;
  /** Resolves once the partition is open; rejects with the `StorageError` that kept it shut. */
  readonly ready: Promise<void>;
  /**
   * The client's clock as ISO 8601 (the `now` option, default the device clock). Elements ask
   * it what "today" is, so a host or a test that sets the clock sees one consistent day.
   */
  now(): string;
  readonly assignments: ClientAssignments;
  readonly submissions: ClientSubmissions;
  readonly drafts: ClientDrafts;
  readonly flags: ClientFlags;
  readonly occurrences: ClientOccurrences;
  /** Clinician only: who the caseload's clients are, their adherence, and the clinic aggregates. */
  readonly caseload: ClientCaseload;
  /**
   * Clinician only: core's `prepareSession` for one client since `since` (usually the last
   * session) over the stored data, for `il-session-prep` or the vendor's own notes.
   *
   * @throws ValidationError for a malformed client id, `since` or `now`; `NotPermittedError` for a client.
   * @example
   * ```ts
   * const prep = await client.sessionPrep('c-1042', { since: lastSession.startedAt });
   * renderSessionPrepText(prep, { locale: 'en' });
   * ```
   */
  sessionPrep(clientId: string, query: SessionPrepQuery): Promise<SessionPrep>;
  /** The stored catalogue: what assignments refer to and what a clinician can assign. */
  readonly definitions: ClientDefinitions;
  /** The client's reminder preferences. */
  readonly preferences: ClientPreferences;
  readonly sync: ClientSync;
  /**
   * What the device does to keep this user's data: the journal, persistent storage, quota,
   * and how much exists only here so far. See docs/storage-and-sync.md.
   */
  readonly storage: ClientStorage;
  /**
   * Calls `listener` whenever `collection` changed: a local write, a sync pull, or a write in
   * another tab on the same partition. The listener is told what changed, never the records:
   * re-read what you show. Returns unsubscribe.
   *
   * @throws {@link SignedOutError} / {@link ClientClosedError} after sign-out or close.
   */
  subscribe(collection: SubscribableCollection, listener: ChangeListener): () => void;
  /**
   * Stops sync, flushes pending drafts, then wipes the partition, or, with `keep` and an
   * encrypted store, just closes it. Afterwards every method rejects with {@link SignedOutError}.
   */
  signOut(options?: SignOutOptions): Promise<SignOutResult>;
  /** Stops sync, flushes drafts and closes the partition; the data stays. Later calls reject. */
  close(): Promise<void>;
}

/**
 * Creates the client for one signed-in user. Nothing is opened until first use (any read,
 * write or subscription) or `await client.ready`; then, with a transport, automatic sync
 * starts, unless `sync: { autoStart: false }`, in which case `client.sync.start()` starts it
 * (or `client.sync.syncNow()` syncs once).
 *
 * @throws ValidationError (subject `Interlude options`) listing every problem by path,
 *   e.g. `user.role`, when the configuration is invalid.
 * @example
 * ```ts
 * import { createInterlude, idbStore, httpTransport } from '@interlude/store';
 *
 * const client = createInterlude({
 *   user: { id: 'c-1042', role: 'client', timeZone: 'Europe/Berlin' },
 *   store: idbStore({ name: 'my-portal' }),
 *   transport: httpTransport({ baseUrl: 'https://api.example.org/interlude', auth: getToken }),
 *   onProblem: (problem) => telemetry.count(`interlude.${problem.kind}`),
 *   licensing: { use: 'commercial', permissions: { 'core-10': 'CORE System Trust letter 2026-04-02' } },
 * });
 * document.querySelector('il-provider')!.client = client;
 *
 * client.sync.subscribe((status) => {
 *   badge.textContent = status.pending > 0 ? 'Saved on this device' : status.lastSuccessAt ? 'Synced' : '';
 * });
 * const { score } = await client.submissions.save(submission, { definition: phq9 }); // saved locally
 * // on sign-out:
 * await client.signOut();
 * ```
 */
export function createInterlude(options: CreateInterludeOptions): Interlude {
  const config = resolveOptions(options);
  const { user, now } = config;
  const report = reporter(config.onProblem);
  const partitionId = partitionIdOf(config.store, user);
  const feed = new ChangeFeed(partitionId);
  let state: 'active' | 'signed-out' | 'closed' = 'active';
  let opening: Promise<Session> | undefined;
  let session: Session | undefined;
  let ending: Promise<SignOutResult | undefined> | undefined;

  const closedError = (): ClientClosedError =>
    state === 'signed-out' ? new SignedOutError() : new ClientClosedError();
  const check = (): void => {
    if (state !== 'active') throw closedError();
  };

  /** Opens the partition once; a failed open may be retried by the next call. */
  function openPartition(): Promise<Session> {
    opening ??= openSession({
      user,
      store: config.store,
      transport: config.transport,
      partitionId,
      now: () => new Date(now()),
      batchSize: config.batchSize,
      maxBackoffMs: config.maxBackoffMs,
      report,
      changed: (collections, source) => feed.emit(collections, source),
    }).then(
      (opened) => {
        session = opened;
        // Opened only to be wiped (sign-out before first use): sync must not start.
        if (state === 'active') sync.attach(opened);
        return opened;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  }

  async function active(): Promise<Session> {
    check();
    const opened = await openPartition();
    check();
    return opened;
  }

  const sync = new SyncFacade(
    active,
    () => {
      void active().catch((error: unknown) => {
        const problem = storageProblem('open', error);
        if (problem) report(problem);
      });
    },
    { autoStart: config.autoStart, intervalMs: config.intervalMs },
  );

  const context: ClientContext = {
    user,
    now,
    session: active,
    async read(operation, fallback, action) {
      try {
        return await action(await active());
      } catch (error) {
        const problem = storageProblem(operation, error);
        if (!problem) throw error;
        report(problem);
        return fallback;
      }
    },
    written(collections: readonly CollectionName[], queued: number) {
      feed.emit(collections, 'local');
      sync.afterWrite(queued);
      session?.checkJournal();
    },
  };

  async function end(next: 'signed-out' | 'closed', keep: boolean): Promise<SignOutResult | undefined> {
    state = next;
    feed.close();
    sync.detach();
    // Sign-out must wipe even a partition this client never opened; close has nothing to do then.
    const opened = next === 'signed-out' ? await openPartition() : await opening?.catch(() => undefined);
    if (!opened) return undefined;
    let unsynced = 0;
    try {
      unsynced = countOutbox((await readOutbox(opened.backend)).entries).pending;
    } catch {
      // unknown; the wipe below is what matters
    }
    // Pending draft changes land first: kept with the partition, or deleted with it.
    await opened.drafts.dispose().catch(() => undefined);
    const wipe = next === 'signed-out' && !(keep && opened.encrypted);
    if (wipe) await opened.backend.destroy();
    else opened.backend.close();
    session = undefined;
    return { wiped: wipe, unsynced };
  }

  const prepare = clientSessionPrep(context);
  const client: Interlude = {
    user,
    licensing: config.licensing,
    now: () => now(),
    get ready() {
      return active().then(() => undefined);
    },
    assignments: guarded(clientAssignments(context), check),
    submissions: guarded(clientSubmissions(context), check),
    drafts: guarded(
      clientDrafts(() => session, active),
      check,
    ),
    flags: guarded(clientFlags(context), check),
    occurrences: guarded(clientOccurrences(context), check),
    caseload: guarded(clientCaseload(context), check),
    sessionPrep: (clientId, query) => {
      try {
        check();
      } catch (error) {
        return Promise.reject(error);
      }
      return prepare(clientId, query);
    },
    storage: guarded(clientStorage(context), check),
    definitions: { ...guarded(clientDefinitions(context), check), validate: validateDefinition },
    preferences: guarded(clientPreferences(context), check),
    sync: {
      get status() {
        return sync.status;
      },
      subscribe(listener) {
        check();
        return sync.subscribe(listener);
      },
      onNotice(listener) {
        check();
        return sync.onNotice(listener);
      },
      syncNow: () => sync.syncNow(),
      start: () => sync.start(),
      stop: () => sync.stop(),
      resume: () => sync.resume(),
      retryRejected: (ids) => sync.retryRejected(ids),
    },
    subscribe(collection, listener) {
      check();
      return feed.subscribe(collection, listener);
    },
    async signOut(signOutOptions = {}) {
      if (state === 'closed') throw closedError();
      if (state === 'active' || !ending) {
        ending = end('signed-out', signOutOptions.keep === true).catch((error: unknown) => {
          // Not wiped (storage failed): a later signOut() tries again.
          ending = undefined;
          throw error;
        });
      }
      return (await ending) ?? { wiped: true, unsynced: 0 };
    },
    async close() {
      if (state !== 'active') {
        await ending?.catch(() => undefined);
        return;
      }
      ending = end('closed', true);
      await ending;
    },
  };
  return client;
}

/**
 * Rejects every method call once the client is signed out or closed, before it touches
 * anything (so even a role check cannot answer for a signed-out user).
 */
function guarded<T extends object>(api: T, check: () => void): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]): unknown => {
      try {
        check();
      } catch (error) {
        return Promise.reject(error);
      }
      return method(...args);
    };
  }
  return wrapped as T;
}

const memoryIds = new WeakMap<StoreFactory, string>();
let memoryCounter = 0;

/**
 * Names the partition for the cross-tab channel and sync lock. IndexedDB partitions are
 * shared by every tab of the origin, so the name is the user's; a memory store is private to
 * its factory (one "device"), so clients on different memory stores never block each other.
 */
function partitionIdOf(store: StoreFactory, user: User): string {
  if (store.kind !== 'memory') return `${user.role}:${user.id}`;
  let id = memoryIds.get(store);
  if (id === undefined) memoryIds.set(store, (id = `memory-${(memoryCounter += 1)}`));
  return `${id}:${user.role}:${user.id}`;
}
