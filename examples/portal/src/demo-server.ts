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
//
// The generated caseload (demo-caseload.ts) is not journaled: it is rebuilt from the journal's
// anchor day on every load, before the journal is replayed, so the change log comes out the same.
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
  /** The day the demo was first opened (`YYYY-MM-DD`): the generated caseload ends there. */
  readonly anchor: string;
  readonly entries: JournalEntry[];
}

export interface DemoServer {
  /** Changes whenever the journal is dropped: part of the local database names. */
  readonly epoch: string;
  readonly server: MemoryServer;
  /** The transport both demo users sync through; every accepted change is persisted. */
  readonly transport: Transport;
  /**
   * The same, for the client: it leaves out the generated caseload (other people's records),
   * which a real server would never send a client and which would only slow its first sync.
   */
  readonly clientTransport: Transport;
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
    const { epoch, anchor, entries } = parsed as Record<string, unknown>;
    if (typeof epoch !== 'string' || !/^[a-z0-9]{1,32}$/.test(epoch)) return undefined;
    if (typeof anchor !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return undefined;
    if (!Array.isArray(entries) || entries.length > MAX_ENTRIES || !entries.every(isJournalEntry)) {
      return undefined;
    }
    return { epoch, anchor, entries };
  } catch {
    return undefined;
  }
}

function newEpoch(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

/** Options of {@link openDemoServer}. */
export interface DemoServerOptions {
  /** Today as `YYYY-MM-DD`: the anchor of a new journal. */
  readonly today: string;
  /** Records generated from the anchor day (the same day, the same records), put first. */
  readonly generated?: (anchor: string) => readonly PushEntry[];
}

/** Opens the demo server kept in this browser's localStorage. */
export function openDemoServer(options: DemoServerOptions): DemoServer {
  localStorage.removeItem(LEGACY_KEY);
  const journal: Journal = readJournal() ?? { epoch: newEpoch(), anchor: options.today, entries: [] };
  const server = memoryServer();
  const generated = options.generated?.(journal.anchor) ?? [];
  for (let start = 0; start < generated.length; start += 500)
    server.receive(generated.slice(start, start + 500));
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

  const inner = memoryTransport({ server, pageSize: 500 });
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
  const foreign = new Set(generated.map((entry) => entry.id));
  const clientTransport: Transport = {
    push: (entries, callOptions) => transport.push(entries, callOptions),
    async pull(cursor, callOptions) {
      const page = await transport.pull(cursor, callOptions);
      return {
        ...page,
        changes: page.changes.filter(
          (change) => !foreign.has('record' in change ? change.record.id : change.id),
        ),
      };
    },
  };
  return {
    epoch: journal.epoch,
    server,
    transport,
    clientTransport,
    clear: () => localStorage.removeItem(KEY),
  };
}
