/**
 * The sync engine: pushes the outbox through a {@link Transport}, pulls server changes
 * since a persisted cursor, and reports a status elements can show ("Saved on this
 * device" while `pending > 0`, "Synced" after).
 *
 * Every piece of state that matters (outbox entries with their attempts and next attempt
 * time, the pull cursor) lives in the {@link StorageBackend}, so a reload, a crash or a new
 * engine on the same partition carries on where the last one stopped. The engine itself
 * only holds what is safe to forget: timers, the in-flight call, the status.
 *
 * Delivery is at-least-once; exactly-once comes from the server storing by record id
 * (see `http-transport.ts`). So the engine can always retry: a lost response, a duplicate or
 * a reordered batch only ever causes a second `stored` for the same id.
 *
 * @module
 */
import type { CollectionName, StorageBackend, StorageLoss, StoredRecord, WriteOp } from '../backend/types.js';
import { publishChange, subscribeChanges } from './broadcast.js';
import {
  countOutbox,
  outboxDelete,
  outboxPut,
  readOutbox,
  readOutboxEntry,
  selectDue,
  type OutboxEntry,
  type OutboxFailure,
} from './outbox.js';
import { metaTransportState } from './transport-state.js';
import {
  TransportError,
  type PushEntry,
  type PushOutcome,
  type SyncedCollection,
  type Transport,
  type TransportFailure,
} from './transport.js';

/**
 * Collections whose records are never changed once made. A conflict on one of them means
 * the server already has the record, so the engine treats it as stored.
 */
export const APPEND_ONLY_COLLECTIONS: readonly SyncedCollection[] = [
  'submissions',
  'scores',
  'acknowledgements',
];

/** The `meta` record holding the pull cursor. */
export const CURSOR_META_ID = 'sync:cursor';

/**
 * What went wrong last: a transport failure, the server asking to retry some entries later
 * (`retry`), the local storage, or something unexpected.
 */
export type SyncErrorKind = TransportFailure | 'retry' | 'storage' | 'unknown';

/** What elements show about sync. */
export interface SyncStatus {
  /**
   * - `idle`: nothing running; the last sync (if any) succeeded. Changes made during it may
   *   still be `pending`; they go with the next sync.
   * - `syncing`: a sync is running in this tab.
   * - `offline`: the network is unreachable; changes stay on this device and go later.
   * - `error`: the last sync failed (`error.kind`), or left changes behind that wait out a
   *   backoff (`retry`, or the kind of their last failure); `auth` stops sync until
   *   {@link SyncEngine.resume}.
   */
  readonly state: 'idle' | 'syncing' | 'offline' | 'error';
  /** Local changes not yet on the server. `0` with `lastSuccessAt` set means "Synced". */
  readonly pending: number;
  /** Changes the server refused; kept for inspection, never retried automatically. */
  readonly rejected: number;
  /**
   * When a sync last ended with everything on the server (push and pull succeeded and
   * nothing was left pending), ISO 8601. Never refreshed while changes are pending.
   */
  readonly lastSuccessAt?: string;
  /** When the oldest pending change was made on this device, ISO 8601 (absent when none). */
  readonly oldestPendingAt?: string;
  /** Why the last sync failed. Kinds only: never record content or server messages. */
  readonly error?: { readonly kind: SyncErrorKind; readonly retryable: boolean };
  /**
   * When automatic sync next tries to send what is pending (or, with nothing pending, to
   * pull again) after a failure, ISO 8601. A host syncing by hand can call `syncNow()` then.
   */
  readonly retryAt?: string;
  /**
   * Set by the client (`createInterlude`) when the partition opened lost: the browser deleted
   * its database. What had not reached the server was put back from the journal; the rest
   * comes back with the next pull. Stays for the session.
   */
  readonly storageLost?: StorageLoss;
}

/** Something the user should be told about, raised during a sync. */
export type SyncNotice =
  /** The server had a newer version of a record changed here; the server's now shows. */
  | { readonly kind: 'server-wins'; readonly collection: SyncedCollection; readonly id: string }
  /** The server will never accept this change; it stays in the outbox as `rejected`. */
  | { readonly kind: 'rejected'; readonly collection: SyncedCollection; readonly id: string }
  /** The server holds something this device could not apply as it came (see `PullReport`). */
  | {
      readonly kind: 'pull-report';
      readonly item: string;
      readonly report: 'skipped' | 'partial';
      readonly reason: string;
    };

/** What one {@link SyncEngine.syncNow} did. */
export interface SyncReport {
  /** Set when nothing was attempted: sync is stopped on an auth error, or another tab holds the lock. */
  readonly skipped?: 'auth' | 'locked';
  /** Entries sent (including re-sends of a split batch). */
  readonly pushed: number;
  readonly stored: number;
  readonly conflicts: number;
  readonly rejected: number;
  readonly retried: number;
  /** Entries dropped because their record no longer exists locally. */
  readonly dropped: number;
  /** Server changes written locally. */
  readonly pulled: number;
  /** Server changes not written because the local record has a pending change. */
  readonly keptLocal: number;
  /** Set when the sync stopped early. */
  readonly failure?: SyncErrorKind;
}

/** Exponential backoff with full jitter: attempt n waits `random() * min(maxMs, baseMs * factor^(n-1))`. */
export interface BackoffOptions {
  /** Default 1000. */
  readonly baseMs?: number;
  /** The longest wait between two attempts. Default 5 minutes. */
  readonly maxMs?: number;
  /** Default 2. */
  readonly factor?: number;
}

/** Timer functions, injectable so tests drive time. */
export interface SyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createSyncEngine}. */
export interface SyncEngineOptions {
  /** The partition's storage: records, `outbox` and `meta`. */
  readonly backend: StorageBackend;
  readonly transport: Transport;
  /**
   * Names the partition for the cross-tab lock and change channel
   * (`interlude-sync:<partitionId>`, `interlude:<partitionId>`). Default `'default'`.
   */
  readonly partitionId?: string;
  /** The clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Uniform in [0, 1), for the jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Entries per push call. Default 50. */
  readonly batchSize?: number;
  readonly backoff?: BackoffOptions;
  /**
   * `'web-locks'` (default): only one tab of a partition syncs at a time, via
   * `navigator.locks`; where Web Locks do not exist this behaves like `'none'`.
   */
  readonly lock?: 'web-locks' | 'none';
  /** Default: the global `setTimeout`/`clearTimeout`. */
  readonly timers?: SyncTimers;
  /** Called after sync wrote local collections (pulled changes, server-wins conflicts, outbox). */
  readonly onChange?: (collections: readonly CollectionName[]) => void;
  /** Tell other tabs which collections changed (see `broadcast.ts`). Default `true`. */
  readonly broadcast?: boolean;
  /** Upper bound on pull pages per sync, against a server that always says `hasMore`. Default 1000. */
  readonly maxPullPages?: number;
}

/** Options of {@link SyncEngine.syncNow}. */
export interface SyncNowOptions {
  /**
   * Also push entries whose backoff has not run out yet (default `true`). Rejected entries
   * never go; {@link SyncEngine.retryRejected} puts them back first.
   */
  readonly includeBackingOff?: boolean;
}

/** Runs sync for one partition. Create one per open partition with {@link createSyncEngine}. */
export interface SyncEngine {
  /** The current status. */
  readonly status: SyncStatus;
  /** Calls `listener` with the current status at once and after every change; returns unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Calls `listener` for every {@link SyncNotice}; returns unsubscribe. */
  onNotice(listener: (notice: SyncNotice) => void): () => void;
  /**
   * Pushes the outbox now, then pulls server changes. By default every pending entry goes,
   * also those waiting out a backoff after a failure (a person asked for it); automatic
   * syncs pass `{ includeBackingOff: false }` and send only what is due. Never throws:
   * failures show in the report and the status. Concurrent calls in one tab share the
   * running sync.
   */
  syncNow(options?: SyncNowOptions): Promise<SyncReport>;
  /**
   * Syncs now and then automatically: every `intervalMs` (default 30 s), sooner when an
   * entry comes due, later while backing off; on the `online` event; and shows `offline` on
   * the `offline` event.
   */
  start(options?: { intervalMs?: number }): void;
  /** Stops automatic sync and cancels an in-flight call (its entries are retried later). */
  stop(): void;
  /** Clears a stopping error (a new token after `auth`) and syncs. */
  resume(): Promise<SyncReport>;
  /** Puts rejected entries (all, or those with the given ids) back in the queue. Returns how many. */
  retryRejected(ids?: readonly string[]): Promise<number>;
  /** Recounts the outbox, e.g. after a local write; resolves with the new status. */
  refreshStatus(): Promise<SyncStatus>;
  /**
   * A local write just added `queued` outbox entries: counts them at once, so no status (not
   * even that of a run starting before the recount) says "Synced" while they wait to be sent.
   */
  noteQueued(queued: number): void;
}

interface Counters {
  pushed: number;
  stored: number;
  conflicts: number;
  rejected: number;
  retried: number;
  dropped: number;
  pulled: number;
  keptLocal: number;
}

/** Thrown inside a run to end it; carries the transport failure to report. */
class StopRun extends Error {
  constructor(readonly error: TransportError) {
    super('sync run stopped');
  }
}

/**
 * Creates the sync engine of one partition. Nothing runs until {@link SyncEngine.syncNow}
 * or {@link SyncEngine.start}.
 *
 * @example
 * ```ts
 * const engine = createSyncEngine({
 *   backend,
 *   partitionId: 'client:c-1',
 *   transport: httpTransport({ baseUrl: 'https://api.example.org/interlude', auth: getToken }),
 * });
 * engine.subscribe((status) => {
 *   label.textContent = status.pending > 0 ? 'Saved on this device' : 'Synced';
 * });
 * engine.start({ intervalMs: 60_000 });
 * ```
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const backend = options.backend;
  const transport = options.transport;
  // Durable transport state (e.g. FHIR versions) next to the cursor: survives reloads, wiped with the partition.
  const transportState = metaTransportState(backend);
  const partitionId = options.partitionId ?? 'default';
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 50));
  const baseMs = options.backoff?.baseMs ?? 1000;
  const maxMs = options.backoff?.maxMs ?? 5 * 60_000;
  const factor = options.backoff?.factor ?? 2;
  const maxPullPages = options.maxPullPages ?? 1000;
  const broadcast = options.broadcast ?? true;
  const timers: SyncTimers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };

  let status: SyncStatus = { state: 'idle', pending: 0, rejected: 0 };
  const statusListeners = new Set<(status: SyncStatus) => void>();
  const noticeListeners = new Set<(notice: SyncNotice) => void>();
  let running: { promise: Promise<SyncReport>; includeBackingOff: boolean } | undefined;
  let controller = new AbortController();
  /** Set by an auth failure: no transport call until resume(). */
  let authStopped = false;
  /** Whole-call failures in a row, for the engine-level backoff. */
  let consecutiveFailures = 0;
  let retryAt: number | undefined;
  let started: { intervalMs: number; cleanup: () => void } | undefined;
  let timer: unknown;

  function setStatus(next: SyncStatus): void {
    status = next;
    for (const listener of statusListeners) listener(status);
  }

  function notify(notice: SyncNotice): void {
    for (const listener of noticeListeners) listener(notice);
  }

  /** Full jitter: a uniform delay up to the exponential cap (AWS architecture blog, "Exponential Backoff And Jitter"). */
  function backoffMs(attempt: number, retryAfterMs?: number): number {
    const cap = Math.min(maxMs, baseMs * factor ** Math.max(0, attempt - 1));
    const jittered = Math.floor(random() * cap);
    return Math.max(jittered, retryAfterMs ?? 0);
  }

  function changed(collections: Iterable<CollectionName>): void {
    const list = [...new Set(collections)];
    if (list.length === 0) return;
    options.onChange?.(list);
    if (broadcast) publishChange(partitionId, list);
  }

  interface OutboxSummary {
    readonly pending: number;
    readonly rejected: number;
    /** The earliest `nextAttemptAt` of a pending entry. */
    readonly nextDue: number | undefined;
    /** The earliest `enqueuedAt` of a pending entry. */
    readonly oldest: number | undefined;
    /** The last failure of a pending entry that failed before and still waits, if any. */
    readonly leftBehind: OutboxFailure | undefined;
  }

  async function counts(): Promise<OutboxSummary> {
    const { entries } = await readOutbox(backend);
    let nextDue: number | undefined;
    let oldest: number | undefined;
    let leftBehind: OutboxFailure | undefined;
    for (const entry of entries) {
      if (entry.state !== 'pending') continue;
      const at = Date.parse(entry.nextAttemptAt);
      if (nextDue === undefined || at < nextDue) nextDue = at;
      const made = Date.parse(entry.enqueuedAt);
      if (oldest === undefined || made < oldest) oldest = made;
      if (entry.attempts > 0) leftBehind ??= entry.lastFailure ?? 'retry';
    }
    return { ...countOutbox(entries), nextDue, oldest, leftBehind };
  }

  /** The outbox part of a status: counts and the oldest pending change. */
  function outboxStatus(summary: Pick<OutboxSummary, 'pending' | 'rejected' | 'oldest'>) {
    return {
      pending: summary.pending,
      rejected: summary.rejected,
      ...(summary.oldest === undefined ? {} : { oldestPendingAt: new Date(summary.oldest).toISOString() }),
    };
  }

  // ---- push -------------------------------------------------------------------------

  function retryOp(entry: OutboxEntry, failure: OutboxFailure, retryAfterMs?: number): WriteOp {
    const attempts = entry.attempts + 1;
    const at = new Date(now().getTime() + backoffMs(attempts, retryAfterMs)).toISOString();
    return outboxPut({ ...entry, attempts, nextAttemptAt: at, lastFailure: failure });
  }

  /**
   * Whether `entry` is still the stored entry. If the record was written again while its
   * push was in flight, the entry was replaced (new `enqueuedAt`) and must stay: the newer
   * version still has to go.
   */
  async function unchanged(entry: OutboxEntry): Promise<boolean> {
    const current = await readOutboxEntry(backend, entry.id);
    return current !== undefined && current.enqueuedAt === entry.enqueuedAt && current.state === entry.state;
  }

  async function pushBatch(batch: readonly OutboxEntry[], counters: Counters): Promise<void> {
    const ops: WriteOp[] = [];
    const sent: { entry: OutboxEntry; push: PushEntry }[] = [];
    for (const entry of batch) {
      const record = await backend.get(entry.collection, entry.id);
      if (!isRecord(record, entry.id)) {
        // Deleted locally (or unreadable): nothing left to send.
        ops.push(outboxDelete(entry.id));
        counters.dropped += 1;
        continue;
      }
      sent.push({
        entry,
        push: {
          id: entry.id,
          collection: entry.collection,
          record,
          ...(entry.baseVersion === undefined ? {} : { baseVersion: entry.baseVersion }),
        },
      });
    }
    if (ops.length > 0) await backend.write(ops);
    if (sent.length === 0) return;

    counters.pushed += sent.length;
    let outcomes: readonly PushOutcome[];
    try {
      outcomes = await transport.push(
        sent.map((item) => item.push),
        { signal: controller.signal, state: transportState },
      );
    } catch (error) {
      const failure = toTransportError(error);
      if (failure.failure === 'rejected' && sent.length > 1) {
        // One bad entry must not sink the others: send them one by one.
        for (const item of sent) await pushBatch([item.entry], counters);
        return;
      }
      if (failure.failure === 'rejected') {
        const [only] = sent;
        if (only && (await unchanged(only.entry))) {
          await backend.write([outboxPut({ ...only.entry, state: 'rejected', lastFailure: 'rejected' })]);
          counters.rejected += 1;
          notify({ kind: 'rejected', collection: only.entry.collection, id: only.entry.id });
        }
        return;
      }
      if (failure.retryable) {
        const retryOps: WriteOp[] = [];
        for (const item of sent) {
          if (await unchanged(item.entry))
            retryOps.push(retryOp(item.entry, failure.failure, failure.retryAfterMs));
        }
        await backend.write(retryOps);
        counters.retried += retryOps.length;
      }
      // auth leaves the entries alone: it is not their fault, and resume() sends them as they are.
      throw new StopRun(failure);
    }

    const byId = new Map<string, PushOutcome>();
    for (const outcome of outcomes) {
      const previous = byId.get(outcome.id);
      // A transport that duplicated delivery may answer twice; the most definitive answer wins.
      if (!previous || RANK[outcome.status] < RANK[previous.status]) byId.set(outcome.id, outcome);
    }
    const resultOps: WriteOp[] = [];
    const touched = new Set<CollectionName>();
    const notices: SyncNotice[] = [];
    for (const { entry } of sent) {
      if (!(await unchanged(entry))) continue;
      // No answer for an entry is a transient failure of that entry.
      const outcome: PushOutcome = byId.get(entry.id) ?? {
        id: entry.id,
        status: 'retry',
        reason: 'no outcome',
      };
      switch (outcome.status) {
        case 'stored':
          resultOps.push(outboxDelete(entry.id));
          counters.stored += 1;
          break;
        case 'conflict':
          resultOps.push(outboxDelete(entry.id));
          counters.conflicts += 1;
          if (APPEND_ONLY_COLLECTIONS.includes(entry.collection)) break;
          // Server wins. Without the server's record, the pull that follows brings it.
          if (isRecord(outcome.serverRecord, entry.id)) {
            resultOps.push({ type: 'put', collection: entry.collection, value: outcome.serverRecord });
            touched.add(entry.collection);
          }
          notices.push({ kind: 'server-wins', collection: entry.collection, id: entry.id });
          break;
        case 'rejected':
          resultOps.push(outboxPut({ ...entry, state: 'rejected', lastFailure: 'rejected' }));
          counters.rejected += 1;
          notices.push({ kind: 'rejected', collection: entry.collection, id: entry.id });
          break;
        case 'retry':
          resultOps.push(retryOp(entry, 'retry'));
          counters.retried += 1;
          break;
      }
    }
    // The record from a server-wins conflict and the removal of its entry land together.
    await backend.write(resultOps);
    changed(touched);
    for (const notice of notices) notify(notice);
  }

  // ---- pull -------------------------------------------------------------------------

  async function readCursor(): Promise<string | null> {
    const meta = await backend.get('meta', CURSOR_META_ID);
    const cursor = (meta as { cursor?: unknown } | undefined)?.cursor;
    return typeof cursor === 'string' ? cursor : null;
  }

  /** Whether the outbox holds a local change (pending, or rejected and kept) for the pulled record. */
  async function hasLocalChange(id: string): Promise<boolean> {
    return (await backend.get('outbox', id)) !== undefined;
  }

  async function pull(counters: Counters): Promise<void> {
    let cursor = await readCursor();
    for (let page = 0; page < maxPullPages; page += 1) {
      let result;
      try {
        result = await transport.pull(cursor, { signal: controller.signal, state: transportState });
      } catch (error) {
        throw new StopRun(toTransportError(error));
      }
      const ops: WriteOp[] = [];
      const touched = new Set<CollectionName>();
      for (const change of result.changes) {
        const id = 'deleted' in change ? change.id : change.record.id;
        if (await hasLocalChange(id)) {
          // The local change is newer than what the server knew; it will be pushed.
          counters.keptLocal += 1;
          continue;
        }
        // A save may land between the check above and this write: the write checks again,
        // inside its own transaction, and leaves a record alone that has an outbox entry by then.
        const unless = { collection: 'outbox', id } as const;
        if ('deleted' in change) ops.push({ type: 'delete', collection: change.collection, id, unless });
        else ops.push({ type: 'put', collection: change.collection, value: change.record, unless });
        touched.add(change.collection);
        counters.pulled += 1;
      }
      // The page and the cursor after it are one write: a crash re-pulls the page, never skips it.
      ops.push({ type: 'put', collection: 'meta', value: { id: CURSOR_META_ID, cursor: result.cursor } });
      await backend.write(ops);
      changed(touched);
      for (const report of result.reports ?? []) {
        notify({ kind: 'pull-report', item: report.item, report: report.kind, reason: report.reason });
      }
      const stuck = result.cursor === cursor;
      cursor = result.cursor;
      if (!result.hasMore || stuck) break;
    }
  }

  // ---- one run ----------------------------------------------------------------------

  async function run(includeBackingOff: boolean): Promise<SyncReport> {
    const counters: Counters = {
      pushed: 0,
      stored: 0,
      conflicts: 0,
      rejected: 0,
      retried: 0,
      dropped: 0,
      pulled: 0,
      keptLocal: 0,
    };
    setStatus({ ...withoutError(status), state: 'syncing' });
    let failure: SyncErrorKind | undefined;
    try {
      const { entries } = await readOutbox(backend);
      const due = selectDue(entries, includeBackingOff ? FAR_FUTURE : now(), Number.POSITIVE_INFINITY);
      const before = counters.stored + counters.retried + counters.rejected + counters.dropped;
      for (let start = 0; start < due.length; start += batchSize) {
        await pushBatch(due.slice(start, start + batchSize), counters);
      }
      if (counters.stored + counters.retried + counters.rejected + counters.dropped > before)
        changed(['outbox']);
      await pull(counters);
      consecutiveFailures = 0;
      retryAt = undefined;
    } catch (error) {
      failure = handleFailure(error);
    }
    const summary = await counts().catch(() => undefined);
    const base = {
      ...(summary ? outboxStatus(summary) : keepOutboxStatus(status)),
      ...(status.lastSuccessAt ? { lastSuccessAt: status.lastSuccessAt } : {}),
    };
    // Entries that failed before and still wait out their backoff: not a success, say when.
    const leftBehind = failure === undefined ? summary?.leftBehind : undefined;
    if (failure === undefined && leftBehind === undefined) {
      // "Synced" only when nothing is left: changes made during the run go with the next one.
      const synced = summary !== undefined && summary.pending === 0;
      setStatus({ ...base, state: 'idle', ...(synced ? { lastSuccessAt: now().toISOString() } : {}) });
    } else {
      const kind: SyncErrorKind = failure ?? leftBehind ?? 'unknown';
      const retryable = kind !== 'auth';
      const at = retryable ? nextAttempt(summary) : undefined;
      setStatus({
        ...base,
        state: kind === 'network' ? 'offline' : 'error',
        error: { kind, retryable },
        ...(at === undefined ? {} : { retryAt: new Date(at).toISOString() }),
      });
    }
    return { ...counters, ...(failure === undefined ? {} : { failure }) };
  }

  /**
   * When automatic sync next sends what is pending: not before the engine's own backoff after
   * a failed call, and not before the earliest entry comes due. With nothing pending, when it
   * pulls again.
   */
  function nextAttempt(summary: OutboxSummary | undefined): number | undefined {
    if (!summary || summary.pending === 0 || summary.nextDue === undefined) return retryAt;
    return Math.max(retryAt ?? Number.NEGATIVE_INFINITY, summary.nextDue);
  }

  function handleFailure(error: unknown): SyncErrorKind {
    const cause = error instanceof StopRun ? error.error : undefined;
    if (cause?.failure === 'auth') {
      authStopped = true;
      retryAt = undefined;
      return 'auth';
    }
    consecutiveFailures += 1;
    retryAt = now().getTime() + backoffMs(consecutiveFailures, cause?.retryAfterMs);
    // Local storage failing (quota, closed partition) is not the network's fault.
    return cause ? cause.failure : isStorageError(error) ? 'storage' : 'unknown';
  }

  async function locked(action: () => Promise<SyncReport>): Promise<SyncReport> {
    const locks = options.lock === 'none' ? undefined : webLocks();
    if (!locks) return action();
    let report: SyncReport | undefined;
    await locks.request(`interlude-sync:${partitionId}`, { ifAvailable: true }, async (lock) => {
      if (lock) report = await action();
    });
    if (report) return report;
    // Another tab is syncing this partition; show its effect on the outbox here.
    await refreshStatus().catch(() => undefined);
    return { ...EMPTY_REPORT, skipped: 'locked' };
  }

  function syncNow(syncOptions: SyncNowOptions = {}): Promise<SyncReport> {
    if (authStopped) return Promise.resolve({ ...EMPTY_REPORT, skipped: 'auth' });
    const includeBackingOff = syncOptions.includeBackingOff ?? true;
    if (running && includeBackingOff && !running.includeBackingOff) {
      // An automatic run is under way and may skip backed-off entries: a manual one follows it.
      const after = running.promise.then(() => syncNow(syncOptions));
      return after;
    }
    if (!running) {
      const promise = locked(() => run(includeBackingOff)).finally(() => {
        running = undefined;
        schedule();
      });
      running = { promise, includeBackingOff };
    }
    return running.promise;
  }

  // ---- scheduling -------------------------------------------------------------------

  /**
   * Arms the next automatic sync: after a failure at `retryAt`; otherwise at the interval,
   * or sooner when a backed-off entry comes due.
   */
  function schedule(): void {
    if (!started || authStopped) return;
    const current = now().getTime();
    if (retryAt !== undefined) {
      arm(Math.max(0, retryAt - current));
      return;
    }
    const intervalMs = started.intervalMs;
    arm(intervalMs);
    void counts()
      .then(({ nextDue }) => {
        if (!started || timer === undefined || nextDue === undefined) return;
        const dueIn = Math.max(0, nextDue - now().getTime());
        if (dueIn < intervalMs) arm(dueIn);
      })
      .catch(() => undefined);
  }

  function arm(delay: number): void {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      void syncNow({ includeBackingOff: false });
    }, delay);
  }

  function noteQueued(queued: number): void {
    if (queued > 0) setStatus({ ...status, pending: status.pending + queued });
  }

  async function refreshStatus(): Promise<SyncStatus> {
    const { oldestPendingAt: _oldest, ...rest } = status;
    setStatus({ ...rest, ...outboxStatus(await counts()) });
    return status;
  }

  function start(startOptions?: { intervalMs?: number }): void {
    if (started) return;
    const cleanups: (() => void)[] = [];
    if (typeof window !== 'undefined') {
      const online = (): void => void syncNow();
      const offline = (): void => setStatus({ ...withoutError(status), state: 'offline' });
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      cleanups.push(() => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      });
    }
    // Another tab's write or sync changes our outbox count.
    cleanups.push(
      subscribeChanges(partitionId, ({ collections }) => {
        if (collections.includes('outbox')) void refreshStatus().catch(() => undefined);
      }),
    );
    started = {
      intervalMs: startOptions?.intervalMs ?? 30_000,
      cleanup: () => cleanups.forEach((fn) => fn()),
    };
    arm(0);
  }

  function stop(): void {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    started?.cleanup();
    started = undefined;
    controller.abort();
    controller = new AbortController();
  }

  return {
    get status() {
      return status;
    },
    subscribe(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    syncNow,
    start,
    stop,
    resume() {
      authStopped = false;
      consecutiveFailures = 0;
      retryAt = undefined;
      setStatus({ ...withoutError(status), state: 'idle' });
      return syncNow();
    },
    async retryRejected(ids) {
      const wanted = ids ? new Set(ids) : undefined;
      const { entries } = await readOutbox(backend);
      const at = now().toISOString();
      const ops = entries
        .filter((entry) => entry.state === 'rejected' && (!wanted || wanted.has(entry.id)))
        .map((entry) => outboxPut({ ...entry, state: 'pending', attempts: 0, nextAttemptAt: at }));
      if (ops.length > 0) {
        await backend.write(ops);
        changed(['outbox']);
        await refreshStatus();
      }
      return ops.length;
    },
    refreshStatus,
    noteQueued,
  };
}

/** Selecting "due" at this instant selects every pending entry. */
const FAR_FUTURE = new Date(8.64e15);

const EMPTY_REPORT: SyncReport = {
  pushed: 0,
  stored: 0,
  conflicts: 0,
  rejected: 0,
  retried: 0,
  dropped: 0,
  pulled: 0,
  keptLocal: 0,
};

/** Lower is more definitive. */
const RANK: Record<PushOutcome['status'], number> = { stored: 0, conflict: 1, rejected: 2, retry: 3 };

/** The counts of `status`, when the outbox could not be read again. */
function keepOutboxStatus(status: SyncStatus): Pick<SyncStatus, 'pending' | 'rejected' | 'oldestPendingAt'> {
  const { pending, rejected, oldestPendingAt } = status;
  return { pending, rejected, ...(oldestPendingAt === undefined ? {} : { oldestPendingAt }) };
}

function withoutError(status: SyncStatus): SyncStatus {
  const { error: _error, retryAt: _retryAt, ...rest } = status;
  return rest;
}

function isRecord(value: unknown, id: string): value is StoredRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { id?: unknown }).id === id
  );
}

function isStorageError(error: unknown): boolean {
  return error instanceof Error && error.name === 'StorageError';
}

/** Anything a transport throws becomes a TransportError; a vendor's bug is retried like a server fault. */
function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new TransportError('network', 'The sync call was cancelled.');
  }
  return new TransportError('server', 'The transport failed unexpectedly.', { cause: error });
}

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

function webLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const locks = (navigator as { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' ? locks : undefined;
}
