/**
 * An in-memory server and the transport to it, for tests, demos and Node, plus a
 * fault-injecting wrapper that makes any transport fail the way real networks do.
 *
 * The memory server follows the same rules a vendor's backend must (see
 * `http-transport.ts` and `test-server/server.mjs`): it stores by record id, a second push
 * of the same id is answered `stored` without a second record, and pulls walk a change log
 * with the log position as cursor.
 *
 * @module
 */
import {
  TransportError,
  type PullResult,
  type PulledChange,
  type PushEntry,
  type PushOutcome,
  type SyncedCollection,
  type Transport,
} from './transport.js';

/** A record as the in-memory server holds it. */
export type ServerRecord = Readonly<Record<string, unknown>> & { readonly id: string };

interface Stored {
  readonly collection: SyncedCollection;
  readonly record: ServerRecord;
  readonly version: number;
  /** JSON of the record, to tell a duplicate from a change. */
  readonly json: string;
}

interface LogItem {
  readonly collection: SyncedCollection;
  readonly id: string;
  readonly version: number;
}

/** Collections the memory server treats as append-only: a record, once stored, never changes. */
const APPEND_ONLY: ReadonlySet<SyncedCollection> = new Set(['submissions', 'scores', 'acknowledgements']);

/** The in-memory "server" behind {@link memoryTransport}. Inspect and change it from tests. */
export interface MemoryServer {
  /** The stored record, or `undefined`. */
  get(collection: SyncedCollection, id: string): ServerRecord | undefined;
  /** Every record of a collection. */
  all(collection: SyncedCollection): ServerRecord[];
  /** The record's current version (`'1'`, `'2'`, …), or `undefined`. */
  version(collection: SyncedCollection, id: string): string | undefined;
  /** How many times each id was *stored as new*: exactly-once means every count is 1. */
  readonly creations: ReadonlyMap<string, number>;
  /** A server-side change (e.g. a clinician edits an assignment): new version, logged for pull. */
  put(collection: SyncedCollection, record: ServerRecord): string;
  /** A server-side deletion, logged for pull. */
  delete(collection: SyncedCollection, id: string): void;
  /** Applies one push batch: what the transport's `push` answers. */
  receive(entries: readonly PushEntry[]): PushOutcome[];
  /** Changes after `cursor`, at most `limit`. */
  changes(cursor: string | null, limit: number): PullResult;
  /** Makes the server refuse entries for which `reject` returns a reason (a 422 in HTTP terms). */
  rejectWhen(reject: ((entry: PushEntry) => string | undefined) | undefined): void;
}

/**
 * A fresh in-memory server.
 *
 * Push rules, per entry:
 * - unknown id: stored, version 1, logged;
 * - known id, same content: `stored` (a duplicate; nothing changes);
 * - known id in an append-only collection (submissions, scores, acknowledgements):
 *   `stored`, the first record is kept (the id already has its one record);
 * - known id elsewhere with a `baseVersion` that is not the current version: `conflict`
 *   with the server's record;
 * - otherwise the record replaces the stored one (new version, logged).
 *
 * @example
 * ```ts
 * const server = memoryServer();
 * server.put('assignments', assignment); // the clinician's side
 * const transport = memoryTransport({ server });
 * ```
 */
export function memoryServer(): MemoryServer {
  const records = new Map<string, Stored>();
  const log: LogItem[] = [];
  const creations = new Map<string, number>();
  let counter = 0;
  let reject: ((entry: PushEntry) => string | undefined) | undefined;
  const key = (collection: SyncedCollection, id: string): string => `${collection}\u0000${id}`;

  function write(collection: SyncedCollection, record: ServerRecord, json: string): number {
    counter += 1;
    records.set(key(collection, record.id), { collection, record, version: counter, json });
    log.push({ collection, id: record.id, version: counter });
    return counter;
  }

  function copy(record: Readonly<Record<string, unknown>>): ServerRecord {
    return structuredClone(record) as ServerRecord;
  }

  return {
    get: (collection, id) => {
      const stored = records.get(key(collection, id));
      return stored && copy(stored.record);
    },
    all: (collection) =>
      [...records.values()]
        .filter((stored) => stored.collection === collection)
        .map((stored) => copy(stored.record)),
    version: (collection, id) => {
      const stored = records.get(key(collection, id));
      return stored && String(stored.version);
    },
    creations,
    put: (collection, record) => String(write(collection, copy(record), JSON.stringify(record))),
    delete: (collection, id) => {
      if (!records.delete(key(collection, id))) return;
      counter += 1;
      log.push({ collection, id, version: -counter });
    },
    rejectWhen: (next) => {
      reject = next;
    },
    receive(entries) {
      return entries.map((entry): PushOutcome => {
        if (typeof entry.record !== 'object' || entry.record === null || entry.record.id !== entry.id) {
          return { id: entry.id, status: 'rejected', reason: 'record id does not match entry id' };
        }
        const reason = reject?.(entry);
        if (reason !== undefined) return { id: entry.id, status: 'rejected', reason };
        const json = JSON.stringify(entry.record);
        const existing = records.get(key(entry.collection, entry.id));
        if (!existing) {
          creations.set(entry.id, (creations.get(entry.id) ?? 0) + 1);
          return {
            id: entry.id,
            status: 'stored',
            version: String(write(entry.collection, copy(entry.record), json)),
          };
        }
        if (existing.json === json || APPEND_ONLY.has(entry.collection)) {
          return { id: entry.id, status: 'stored', version: String(existing.version) };
        }
        if (entry.baseVersion !== undefined && entry.baseVersion !== String(existing.version)) {
          return { id: entry.id, status: 'conflict', serverRecord: copy(existing.record) };
        }
        return {
          id: entry.id,
          status: 'stored',
          version: String(write(entry.collection, copy(entry.record), json)),
        };
      });
    },
    changes(cursor, limit) {
      const from = cursor === null ? 0 : Number.parseInt(cursor, 10);
      const start = Number.isSafeInteger(from) && from >= 0 ? Math.min(from, log.length) : 0;
      const end = Math.min(log.length, start + Math.max(1, limit));
      const changes: PulledChange[] = [];
      for (const item of log.slice(start, end)) {
        const stored = records.get(key(item.collection, item.id));
        if (item.version < 0) {
          if (!stored) changes.push({ collection: item.collection, id: item.id, deleted: true });
        } else if (stored && stored.version === item.version) {
          // Older versions are superseded by a later log item, which carries the current record.
          changes.push({
            collection: item.collection,
            record: copy(stored.record),
            version: String(stored.version),
          });
        }
      }
      return { changes, cursor: String(end), hasMore: end < log.length };
    },
  };
}

/** Options of {@link memoryTransport}. */
export interface MemoryTransportOptions {
  /** The server to talk to; default a fresh {@link memoryServer}. */
  readonly server?: MemoryServer;
  /** Changes per pull page. Default 100. */
  readonly pageSize?: number;
}

/** A {@link Transport} to an in-memory server, which it exposes as `server`. */
export interface MemoryTransport extends Transport {
  readonly server: MemoryServer;
}

/**
 * A transport to an in-memory server: no network, deterministic, for tests and demos.
 * Records are copied both ways, as if they had been serialised.
 *
 * @example
 * ```ts
 * const transport = memoryTransport();
 * const engine = createSyncEngine({ backend, transport });
 * await engine.syncNow();
 * transport.server.all('submissions');
 * ```
 */
export function memoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  const server = options.server ?? memoryServer();
  const pageSize = options.pageSize ?? 100;
  return {
    server,
    push(entries, { signal }) {
      if (signal.aborted) return Promise.reject(new TransportError('network', 'The push was cancelled.'));
      return Promise.resolve(server.receive(entries));
    },
    pull(cursor, { signal }) {
      if (signal.aborted) return Promise.reject(new TransportError('network', 'The pull was cancelled.'));
      return Promise.resolve(server.changes(cursor, pageSize));
    },
  };
}

/** How {@link faultyTransport} misbehaves. Rates are probabilities per call (or per entry). */
export interface FaultOptions {
  /** The call fails before reaching the server (`network` or `server`). Default 0. */
  readonly failRate?: number;
  /** The server does the work but the answer is lost (`timeout`): the classic cause of duplicates. Default 0. */
  readonly timeoutRate?: number;
  /** The batch reaches the server twice. Default 0. */
  readonly duplicateRate?: number;
  /** Per entry: the server never sees it and answers `retry` (partial batch failure). Default 0. */
  readonly partialRate?: number;
  /** Shuffle entries on the way in and outcomes on the way out. Default false. */
  readonly reorder?: boolean;
  /** Seed of the pseudo-random generator, so a failing run can be replayed. Default 1. */
  readonly seed?: number;
}

/** A transport wrapped by {@link faultyTransport}, with counts of what it did. */
export interface FaultyTransport extends Transport {
  readonly stats: {
    calls: number;
    failures: number;
    timeouts: number;
    duplicates: number;
    withheld: number;
  };
}

/**
 * Wraps a transport so calls fail, time out after the server acted, arrive twice, lose
 * single entries or come back reordered, all driven by a seeded generator. Use it to check
 * that a backend integration still stores every record exactly once.
 *
 * @example
 * ```ts
 * const transport = memoryTransport();
 * const flaky = faultyTransport(transport, { failRate: 0.15, timeoutRate: 0.15, duplicateRate: 0.1, reorder: true, seed: 42 });
 * const engine = createSyncEngine({ backend, transport: flaky });
 * ```
 */
export function faultyTransport(inner: Transport, options: FaultOptions = {}): FaultyTransport {
  const random = seededRandom(options.seed ?? 1);
  const stats = { calls: 0, failures: 0, timeouts: 0, duplicates: 0, withheld: 0 };
  const failRate = options.failRate ?? 0;
  const timeoutRate = options.timeoutRate ?? 0;

  function failBefore(): void {
    stats.calls += 1;
    if (random() < failRate) {
      stats.failures += 1;
      throw random() < 0.5
        ? new TransportError('network', 'Injected network failure.')
        : new TransportError('server', 'Injected server failure.', { status: 503 });
    }
  }

  function timeoutAfter(): void {
    if (random() < timeoutRate) {
      stats.timeouts += 1;
      throw new TransportError('timeout', 'Injected timeout after the server acted.');
    }
  }

  return {
    stats,
    async push(entries, call) {
      failBefore();
      let sent = options.reorder ? shuffle(entries, random) : [...entries];
      const withheld: PushOutcome[] = [];
      if (options.partialRate) {
        const kept: PushEntry[] = [];
        for (const entry of sent) {
          if (random() < options.partialRate) {
            stats.withheld += 1;
            withheld.push({ id: entry.id, status: 'retry', reason: 'injected partial failure' });
          } else kept.push(entry);
        }
        sent = kept;
      }
      let outcomes = sent.length > 0 ? [...(await inner.push(sent, call))] : [];
      if (random() < (options.duplicateRate ?? 0)) {
        stats.duplicates += 1;
        const again = options.reorder ? shuffle(sent, random) : sent;
        if (again.length > 0) outcomes = [...(await inner.push(again, call))];
      }
      timeoutAfter();
      outcomes.push(...withheld);
      return options.reorder ? shuffle(outcomes, random) : outcomes;
    },
    async pull(cursor, call) {
      failBefore();
      const result = await inner.pull(cursor, call);
      timeoutAfter();
      return result;
    },
  };
}

/**
 * A small seeded generator (mulberry32): uniform in [0, 1), the same sequence for the same
 * seed. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
