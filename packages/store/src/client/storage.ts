/**
 * `client.storage`: what the device does to keep the signed-in user's data, for a host that
 * wants to show it ("Stored on this device; your browser may clear it when space runs out")
 * or nudge a sync before unsynced answers are at risk.
 *
 * @module
 */
import type { JournalKind, PersistenceOutcome, StorageLoss } from '../backend/types.js';
import { persistedNow } from '../backend/durability/persistence.js';
import { countOutbox, oldestPendingAt, readOutbox } from '../sync/outbox.js';
import type { ClientContext } from './context.js';

/** What {@link ClientStorage.status} reports. */
export interface DeviceStorageStatus {
  /**
   * Where unsynced changes and drafts are copied besides IndexedDB (`opfs`, `local-storage`),
   * or `none` (a memory store, a journal switched off, or no storage for one).
   */
  readonly journal: JournalKind;
  /** Set once the journal failed to take a change this session (`full`, `failed`). */
  readonly journalFailure?: 'full' | 'failed';
  /** Whether the browser agreed to keep the origin's storage (`navigator.storage.persist()`). */
  readonly persistence: PersistenceOutcome;
  /** `navigator.storage.estimate()`: bytes the origin uses and may use, where the browser says. */
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
  /** Changes that exist only on this device so far (not yet on the server). */
  readonly unsynced: number;
  /** When the oldest of them was made, ISO 8601. */
  readonly oldestUnsyncedAt?: string;
  /** Set when the partition opened lost this session; see the `storage-lost` problem. */
  readonly lost?: StorageLoss;
}

/** The device storage of the signed-in user's partition. */
export interface ClientStorage {
  /** Reads the current state (opens the partition). Storage failures read as zero unsynced. */
  status(): Promise<DeviceStorageStatus>;
}

/** @internal */
export function clientStorage(context: ClientContext): ClientStorage {
  return {
    async status() {
      const session = await context.session();
      const durability = session.backend.durability;
      const entries = await readOutbox(session.backend).then(
        (outbox) => outbox.entries,
        () => [],
      );
      const oldest = oldestPendingAt(entries);
      const estimate = await estimateStorage();
      return {
        journal: durability?.journal ?? 'none',
        ...(durability?.journalFailure ? { journalFailure: durability.journalFailure } : {}),
        persistence: durability?.persistence ?? (await persistedNow()),
        ...estimate,
        unsynced: countOutbox(entries).pending,
        ...(oldest === undefined ? {} : { oldestUnsyncedAt: oldest }),
        ...(session.loss ? { lost: session.loss } : {}),
      };
    },
  };
}

async function estimateStorage(): Promise<{ usageBytes?: number; quotaBytes?: number }> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.estimate !== 'function') return {};
  try {
    const { usage, quota } = await storage.estimate();
    return {
      ...(usage === undefined ? {} : { usageBytes: usage }),
      ...(quota === undefined ? {} : { quotaBytes: quota }),
    };
  } catch {
    return {};
  }
}
