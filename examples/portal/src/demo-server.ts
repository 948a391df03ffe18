// Demo-only: a serverless "backend" for the portal. The client and the clinician are different
// users with separate partitions, so their data has to travel through a server; here that is
// @interlude/store's in-memory server, kept in localStorage so the demo survives a reload. A
// real portal points `transport` at its own backend (httpTransport, fhirTransport) instead.
//
// What is persisted is a journal: every push entry that changed the server, in order. Replaying
// it into a fresh memoryServer rebuilds the same records, versions and change log, so the sync
// cursors the two partitions keep in IndexedDB stay valid across reloads. localStorage is
// untrusted on read (another tab, an older version, a curious user): a journal that does not
// validate is dropped, and the demo starts over under a new epoch (so new partitions too).
import {
  SYNCED_COLLECTIONS,
  memoryServer,
  memoryTransport,
  type MemoryServer,
  type PushEntry,
  type SyncedCollection,
  type Transport,
} from '@interlude/store';

const KEY = 'interlude-demo:server';
/** Older key of the localStorage-only portal; removed so no stale copy lingers. */
const LEGACY_KEY = 'interlude-demo:check-ins';
const MAX_ENTRIES = 2000;

interface JournalEntry {
  readonly id: string;
  readonly collection: SyncedCollection;
  readonly record: Readonly<Record<string, unknown>> & { readonly id: string };
}

interface Journal {
  readonly epoch: string;
  readonly entries: JournalEntry[];
}

export interface DemoServer {
  /** Changes whenever the journal is dropped: part of the local database names. */
  readonly epoch: string;
  readonly server: MemoryServer;
  /** The transport both demo users sync through; every accepted change is persisted. */
  readonly transport: Transport;
  /** Forgets everything the demo server holds. */
  clear(): void;
}

function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { id, collection, record } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 256 &&
    (SYNCED_COLLECTIONS as readonly unknown[]).includes(collection) &&
    typeof record === 'object' &&
    record !== null &&
    !Array.isArray(record) &&
    (record as Record<string, unknown>)['id'] === id
  );
}

function readJournal(): Journal | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { epoch, entries } = parsed as Record<string, unknown>;
    if (typeof epoch !== 'string' || !/^[a-z0-9]{1,32}$/.test(epoch)) return undefined;
    if (!Array.isArray(entries) || entries.length > MAX_ENTRIES || !entries.every(isJournalEntry)) {
      return undefined;
    }
    return { epoch, entries };
  } catch {
    return undefined;
  }
}

function newEpoch(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

/** Opens the demo server kept in this browser's localStorage. */
export function openDemoServer(): DemoServer {
  localStorage.removeItem(LEGACY_KEY);
  const journal: Journal = readJournal() ?? { epoch: newEpoch(), entries: [] };
  const server = memoryServer();
  // Replay; the records themselves are validated again by each partition when it pulls them
  // (invalid ones are quarantined, never shown).
  for (const entry of journal.entries) server.receive([entry]);
  const save = (): void => {
    try {
      localStorage.setItem(KEY, JSON.stringify(journal));
    } catch {
      // Storage full or blocked: the demo keeps working for this page's lifetime.
    }
  };
  save();

  const inner = memoryTransport({ server });
  const transport: Transport = {
    async push(entries, options) {
      const before = entries.map((entry) => server.version(entry.collection, entry.id));
      const outcomes = await inner.push(entries, options);
      let changed = false;
      entries.forEach((entry: PushEntry, index) => {
        if (server.version(entry.collection, entry.id) === before[index]) return;
        journal.entries.push({ id: entry.id, collection: entry.collection, record: entry.record });
        changed = true;
      });
      if (changed) save();
      return outcomes;
    },
    pull: (cursor, options) => inner.pull(cursor, options),
  };
  return {
    epoch: journal.epoch,
    server,
    transport,
    clear: () => localStorage.removeItem(KEY),
  };
}
