/**
 * The open state of one user's partition: the storage backend, the typed repository over
 * it, the user's drafts and (with a transport) the sync engine. A client opens it once,
 * on first use or `client.ready`, and tears it down on `signOut()` or `close()`.
 *
 * @module
 */
import type { User } from '@interlude/core';
import type { StorageBackend, StorageLoss, StoreFactory } from '../backend/types.js';
import type { CollectionName } from '../backend/types.js';
import { trackGenerations } from '../backend/generations.js';
import { DraftStore, type Draft } from '../drafts.js';
import { Repository } from '../repository.js';
import { CURSOR_META_ID, createSyncEngine, type SyncEngine } from '../sync/engine.js';
import type { Transport } from '../sync/transport.js';
import type { InterludeProblem } from './problems.js';
import { storageProblem } from './problems.js';

/** One opened partition. */
export interface Session {
  readonly backend: StorageBackend;
  readonly repository: Repository;
  readonly drafts: DraftStore;
  /** Present when the client has a transport. */
  readonly engine: SyncEngine | undefined;
  /** Whether records are encrypted at rest (decides what `signOut({ keep })` may keep). */
  readonly encrypted: boolean;
  /** Set when the partition opened lost (the browser deleted its database); see `storage-lost`. */
  readonly loss: StorageLoss | undefined;
  /** After a local write: reports (once) that the journal could not take it. */
  checkJournal(): void;
}

/** What {@link openSession} needs from the client. */
export interface SessionOptions {
  readonly user: User;
  readonly store: StoreFactory;
  readonly transport: Transport | undefined;
  /** Names the partition for the cross-tab lock and change channel. */
  readonly partitionId: string;
  readonly now: () => Date;
  readonly batchSize: number | undefined;
  readonly maxBackoffMs: number | undefined;
  readonly report: (problem: InterludeProblem) => void;
  /** Told about collections written by sync or by a committed draft. */
  readonly changed: (collections: readonly CollectionName[], source: 'local' | 'sync') => void;
}

/** Opens the user's partition and builds what works on it. Nothing syncs yet. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const { user, report, changed } = options;
  // Every write of a clinician's client (repository, drafts, sync) changes its collections'
  // generation token, so the review queue's parsed records are reused exactly while nothing
  // changed. A client's partition has no review queue (`flags.forCaseload` is clinician-only, and
  // a partition is one user in one role), so nothing there reads a token: its writes skip them,
  // one put of a save's three.
  const opened = await options.store.open({ userId: user.id, role: user.role });
  const backend = user.role === 'clinician' ? trackGenerations(opened) : opened;
  const loss = backend.durability?.loss;
  if (loss) {
    const journal = backend.durability?.journal ?? 'none';
    // Records are missing though the database stayed: pull everything again, not just what is new.
    if (loss.reason === 'emptier') {
      await backend
        .write([{ type: 'delete', collection: 'meta', id: CURSOR_META_ID }])
        .catch(() => undefined);
    }
    report({ kind: 'storage-lost', reason: loss.reason, recovered: loss.recovered, journal });
  }
  const repository = new Repository(backend, { onProblem: report, now: options.now });
  let journalReported = false;
  const checkJournal = (): void => {
    const failure = backend.durability?.journalFailure;
    if (!failure || journalReported) return;
    journalReported = true;
    report({ kind: 'journal-error', failure });
  };
  const drafts = new DraftStore(repository, {
    userId: user.id,
    now: options.now,
    onSaved: coalesced(() => {
      changed(['drafts'], 'local');
      checkJournal();
    }),
    onError: (error) => {
      const problem = storageProblem('drafts.update', error);
      if (problem) report(problem);
    },
  });
  const engine = options.transport
    ? createSyncEngine({
        backend,
        transport: options.transport,
        partitionId: options.partitionId,
        now: options.now,
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
        ...(options.maxBackoffMs === undefined ? {} : { backoff: { maxMs: options.maxBackoffMs } }),
        // The client's change feed broadcasts, so other tabs hear sync's writes exactly once.
        broadcast: false,
        onChange: (collections) => changed(collections, 'sync'),
      })
    : undefined;
  return {
    backend,
    repository,
    drafts,
    engine,
    // Only a backend that declares encryption may be kept on sign-out; when unsure, wipe:
    // losing a kept partition is recoverable from the server, readable answers on a shared
    // device are not.
    encrypted: backend.encryptedAtRest === true,
    loss,
    checkJournal,
  };
}

/** Runs `action` once per microtask however often it is called: one notice for a batch of drafts. */
function coalesced(action: () => void): (draft: Draft) => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      action();
    });
  };
}
