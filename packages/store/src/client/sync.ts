/**
 * `client.sync`: the sync status and controls, available before the partition is open and
 * without a transport (then changes stay on the device and `pending` counts them).
 *
 * Status for a UI: `pending > 0` means "Saved on this device"; `pending === 0` with
 * `lastSuccessAt` means "Synced"; `state` says whether a sync is running, the device is
 * offline, or sync stopped on an error (`error.kind === 'auth'`: sign in again, then `resume()`).
 *
 * @module
 */
import { countOutbox, oldestPendingAt, readOutbox } from '../sync/outbox.js';
import type { SyncNotice, SyncReport, SyncStatus } from '../sync/engine.js';
import type { Session } from './session.js';

/** What {@link ClientSync.syncNow} did; `skipped: 'no-transport'` for a device-only client. */
export type ClientSyncReport = Omit<SyncReport, 'skipped'> & {
  readonly skipped?: SyncReport['skipped'] | 'no-transport';
};

/** Sync of the signed-in user's partition. */
export interface ClientSync {
  /** The current status (before the partition opened: idle, nothing pending). */
  readonly status: SyncStatus;
  /** Calls `listener` with the status at once and after every change; returns unsubscribe. Opens the partition. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Calls `listener` for every notice (a server-wins conflict, a rejected change); returns unsubscribe. */
  onNotice(listener: (notice: SyncNotice) => void): () => void;
  /**
   * Pushes every pending change now, also those waiting out a backoff after a failure, then
   * pulls server changes. Never rejects for network failures: they show in the report and
   * the status (`retryAt` says when automatic sync tries again).
   */
  syncNow(): Promise<ClientSyncReport>;
  /**
   * Starts automatic sync (at once, every `sync.intervalMs`, on `online`, after each local
   * write), opening the partition if needed. Only needed with `sync: { autoStart: false }`:
   * otherwise it starts by itself when the partition opens, i.e. on the client's first use
   * (any read, write, subscription or `client.ready`). Resolves once started.
   */
  start(): Promise<void>;
  /** Stops automatic sync (and cancels a call in flight; its changes go later). `syncNow()` still works. */
  stop(): void;
  /** After an auth stop (`error.kind === 'auth'`) and a fresh sign-in: clears the stop and syncs. */
  resume(): Promise<ClientSyncReport>;
  /** Puts changes the server rejected back in the queue (all, or by id). Resolves with how many. */
  retryRejected(ids?: readonly string[]): Promise<number>;
}

/** Quiet time after the last local write before the outbox is counted again. */
const RECOUNT_DELAY_MS = 100;

const NO_TRANSPORT: ClientSyncReport = {
  skipped: 'no-transport',
  pushed: 0,
  stored: 0,
  conflicts: 0,
  rejected: 0,
  retried: 0,
  dropped: 0,
  pulled: 0,
  keptLocal: 0,
};

/** @internal The client's side of {@link ClientSync}: attaches to the engine once the partition is open. */
export class SyncFacade implements ClientSync {
  #status: SyncStatus = { state: 'idle', pending: 0, rejected: 0 };
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  readonly #noticeListeners = new Set<(notice: SyncNotice) => void>();
  #session: Session | undefined;
  #detach: (() => void) | undefined;
  #nudging: Promise<void> | undefined;
  #again = false;
  #recountTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the outbox is counted again, unless more writes come first. */
  #recountAt = 0;
  /** Whether automatic sync should run: `autoStart`, then `start()` / `stop()`. */
  #automatic: boolean;

  constructor(
    private readonly open: () => Promise<Session>,
    /** Opens the partition in the background (problems are reported by the client). */
    private readonly touch: () => void,
    private readonly autoSync: { readonly autoStart: boolean; readonly intervalMs: number | undefined },
  ) {
    this.#automatic = autoSync.autoStart;
  }

  get status(): SyncStatus {
    return this.#status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#status);
    this.touch();
    return () => this.#listeners.delete(listener);
  }

  onNotice(listener: (notice: SyncNotice) => void): () => void {
    this.#noticeListeners.add(listener);
    return () => this.#noticeListeners.delete(listener);
  }

  async syncNow(): Promise<ClientSyncReport> {
    const { engine } = await this.open();
    if (!engine) {
      await this.#countLocally();
      return NO_TRANSPORT;
    }
    return engine.syncNow();
  }

  async start(): Promise<void> {
    this.#automatic = true;
    await this.open();
    // attach() started it if the partition opened just now; otherwise start it here.
    if (this.#automatic && this.#session) this.#startEngine(this.#session);
  }

  stop(): void {
    this.#automatic = false;
    this.#session?.engine?.stop();
  }

  async resume(): Promise<ClientSyncReport> {
    const { engine } = await this.open();
    return engine ? engine.resume() : NO_TRANSPORT;
  }

  async retryRejected(ids?: readonly string[]): Promise<number> {
    const { engine } = await this.open();
    return engine ? engine.retryRejected(ids) : 0;
  }

  /** @internal The partition opened: follow its engine (and start it, unless told not to). */
  attach(session: Session): void {
    this.#session = session;
    if (session.loss) this.#set(this.#status);
    const { engine } = session;
    if (!engine) {
      void this.#countLocally();
      return;
    }
    const unsubscribe = engine.subscribe((status) => this.#set(status));
    const unNotice = engine.onNotice((notice) => {
      for (const listener of [...this.#noticeListeners]) {
        try {
          listener(notice);
        } catch {
          // a failing listener must not stop the others
        }
      }
    });
    this.#detach = () => {
      unsubscribe();
      unNotice();
      engine.stop();
    };
    if (this.#automatic) this.#startEngine(session);
    else void engine.refreshStatus().catch(() => undefined);
  }

  #startEngine(session: Session): void {
    session.engine?.start(
      this.autoSync.intervalMs === undefined ? undefined : { intervalMs: this.autoSync.intervalMs },
    );
  }

  /** @internal Sign-out or close: stop syncing and let go of the engine. */
  detach(): void {
    if (this.#recountTimer !== undefined) clearTimeout(this.#recountTimer);
    this.#recountTimer = undefined;
    this.#detach?.();
    this.#detach = undefined;
    this.#session = undefined;
    this.#listeners.clear();
    this.#noticeListeners.clear();
  }

  /**
   * @internal A local write committed, adding `queued` outbox entries. The count goes up at
   * once ("Saved on this device"); the exact count is re-read from the outbox once writes
   * pause (re-reading after every save would make 1,000 saves cost O(n²)). With automatic
   * sync, a sync then starts without anyone waiting for it.
   */
  afterWrite(queued: number): void {
    const session = this.#session;
    if (!session) return;
    // With an engine, its status counts them: a run it starts next begins from its own status.
    if (session.engine) session.engine.noteQueued(queued);
    else if (queued > 0) this.#set({ ...this.#status, pending: this.#status.pending + queued });
    if (session.engine && this.#automatic) this.#nudge();
    else this.#recountSoon();
  }

  #recountSoon(): void {
    // One timer for a run of writes, moved on when it fires early: a timer per save cost more
    // than the save's notice.
    this.#recountAt = Date.now() + RECOUNT_DELAY_MS;
    this.#recountTimer ??= setTimeout(() => this.#recountWhenQuiet(), RECOUNT_DELAY_MS);
  }

  #recountWhenQuiet(): void {
    const wait = this.#recountAt - Date.now();
    if (wait > 0) {
      this.#recountTimer = setTimeout(() => this.#recountWhenQuiet(), wait);
      return;
    }
    this.#recountTimer = undefined;
    const engine = this.#session?.engine;
    if (engine) void engine.refreshStatus().catch(() => undefined);
    else void this.#countLocally();
  }

  /**
   * Syncs until no write came in during the last run. A run already under way may have read
   * the outbox before this write, so it is followed by one more.
   */
  #nudge(): void {
    const engine = this.#session?.engine;
    if (!engine) return;
    if (this.#nudging || engine.status.state === 'syncing') this.#again = true;
    if (this.#nudging) return;
    this.#nudging = (async () => {
      do {
        const busy = engine.status.state === 'syncing';
        this.#again = false;
        // Only what is due: a save is no reason to break the backoff of earlier failures.
        await engine.syncNow({ includeBackingOff: false });
        if (busy) this.#again = true;
        // The engine may have been stopped by sign-out meanwhile; then there is nothing to do.
      } while (this.#again && this.#session?.engine === engine);
    })().finally(() => {
      this.#nudging = undefined;
    });
  }

  async #countLocally(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      const { entries } = await readOutbox(session.backend);
      const { pending, rejected } = countOutbox(entries);
      const oldest = oldestPendingAt(entries);
      const { oldestPendingAt: _previous, ...rest } = this.#status;
      if (this.#session === session) {
        this.#set({
          ...rest,
          pending,
          rejected,
          ...(oldest === undefined ? {} : { oldestPendingAt: oldest }),
        });
      }
    } catch {
      // the status keeps its last counts; the failing read is reported where it matters (lists)
    }
  }

  #set(status: SyncStatus): void {
    const loss = this.#session?.loss;
    this.#status = loss ? { ...status, storageLost: loss } : status;
    status = this.#status;
    for (const listener of [...this.#listeners]) {
      try {
        listener(status);
      } catch {
        // a failing listener must not stop the others
      }
    }
  }
}
