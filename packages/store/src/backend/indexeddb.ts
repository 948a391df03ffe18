/**
 * The IndexedDB backend: one database per user partition, one object store per collection,
 * every write batch in one transaction.
 *
 * @module
 */
import { deleteDB, openDB, unwrap, type IDBPDatabase } from 'idb';
import { openDurable, type JournalChoice } from './durability/durable.js';
import { encrypted, type EncryptionOptions } from './encrypted.js';
import { StorageError, toStorageError } from './errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type {
  CollectionName,
  IndexedCollection,
  IndexedField,
  PartitionKey,
  StorageBackend,
  StoreFactory,
  StoredRecord,
  SubmissionRange,
  WriteOp,
} from './types.js';
import { inSubmissionRanges } from './submission-ranges.js';
import { partitionText, validateOps } from './validate.js';

/** idb's typed view of a partition database: every collection keyed by the record's string id. */
type PartitionSchema = {
  [K in CollectionName]: { key: string; value: StoredRecord; indexes: { [field: string]: string } };
};

/** Options of {@link idbStore}. */
export interface IdbStoreOptions {
  /** Prefix of every database name, e.g. your app's name. Partitions are `${name}--<hash>`. */
  readonly name: string;
  /** Encrypt every record at rest; see {@link encrypted}. */
  readonly encryption?: EncryptionOptions;
  /**
   * Called when opening (an upgrade) or destroying (sign-out) waits for another tab that keeps
   * an older connection open. Interlude's own tabs let go by themselves; a tab running old code
   * may not, so tell the user to close other tabs of the app.
   */
  readonly onBlocked?: (operation: 'open' | 'destroy') => void;
  /**
   * Transaction durability. `'strict'` (default) makes the browser flush to disk before a
   * write resolves, so an answer acknowledged as saved survives a power cut, not only a tab
   * crash. `'relaxed'` is faster and survives tab and browser crashes but maybe not the OS.
   */
  readonly durability?: IDBTransactionDurability;
  /**
   * Where to keep the journal: a second copy, outside IndexedDB, of every change that has not
   * reached the server yet and of the latest drafts, replayed if the browser deletes the
   * database (see docs/storage-and-sync.md). `'auto'` (default): the Origin Private File
   * System, else localStorage. `'opfs'` or `'local-storage'` only that one; `false`: none
   * (a loss is still detected and reported, but only the server's copy can come back).
   */
  readonly journal?: JournalChoice;
  /** Cap of a localStorage journal, in UTF-16 code units. Default 1 Mi (about 2 MB). */
  readonly journalLimit?: number;
  /**
   * Ask the browser for persistent storage (`navigator.storage.persist()`) on the first write
   * of a session, so it is not evicted under storage pressure (default `true`). Chromium
   * decides without asking the person; Firefox shows a prompt. The outcome is on
   * `client.storage.status()`.
   */
  readonly requestPersistence?: boolean;
  /** @internal The schema history; tests pass their own to exercise upgrades and failures. */
  readonly migrations?: readonly Migration[];
}

/**
 * A {@link StoreFactory} over IndexedDB. Each partition is its own database named
 * `${name}--<SHA-256 of user id and role>`, so the database list does not show who uses the
 * device, and deleting one user's data is deleting one database.
 *
 * Durability: the partition keeps a marker and a journal outside IndexedDB (`journal`), so
 * when the browser deletes the database (after finding it corrupt, or evicting the origin)
 * the next open notices, reports it on `durability.loss`, and writes back every change the
 * server did not have yet. Sign-out deletes both with the database.
 *
 * Multi-tab: when another tab needs to upgrade or delete the database, this tab's connection
 * closes itself (IndexedDB `versionchange`) and reopens on the next call; if the browser
 * terminates the connection, the next call reopens too. After the partition was deleted
 * elsewhere (sign-out in another tab), calls fail with `StorageError('closed')` instead of
 * silently recreating an empty database.
 *
 * @example
 * ```ts
 * const store = idbStore({ name: 'my-portal', onBlocked: () => showCloseOtherTabsNotice() });
 * const backend = await store.open({ userId: user.id, role: 'client' });
 * await backend.write([{ type: 'put', collection: 'drafts', value: draft }]); // resolves once committed
 * ```
 */
export function idbStore(options: IdbStoreOptions): StoreFactory {
  const factory: StoreFactory = {
    kind: 'indexeddb',
    async open(partition: PartitionKey): Promise<StorageBackend> {
      if (typeof indexedDB === 'undefined') {
        throw new StorageError('unavailable', 'IndexedDB is not available in this environment.');
      }
      const name = await partitionDatabaseName(options.name, partition);
      const backend = new IdbBackend(name, options);
      // Open eagerly so an unusable database (too new, failed migration) fails here, at sign-in.
      await backend.connect();
      try {
        return await openDurable(backend, name, {
          journal: options.journal ?? 'auto',
          journalLimit: options.journalLimit,
          requestPersistence: options.requestPersistence ?? true,
          flush: (options.durability ?? 'strict') === 'strict',
        });
      } catch (error) {
        backend.close();
        throw error;
      }
    },
  };
  return options.encryption ? encrypted(factory, options.encryption) : factory;
}

/**
 * The database name of a partition: `${name}--` and the SHA-256 hex of the user id and role.
 * Exposed for tests and for hosts that inspect or delete databases themselves.
 *
 * @example
 * ```ts
 * await partitionDatabaseName('my-portal', { userId: 'c-1', role: 'client' }); // 'my-portal--3f0a…'
 * ```
 */
export async function partitionDatabaseName(name: string, partition: PartitionKey): Promise<string> {
  if (typeof crypto === 'undefined' || !crypto.subtle) {
    throw new StorageError(
      'unavailable',
      'WebCrypto is not available (IndexedDB partitions need a secure context).',
    );
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(partitionText(partition)));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${name}--${hex}`;
}

type State = 'open' | 'closed' | 'destroyed';

class IdbBackend implements StorageBackend {
  readonly kind = 'indexeddb' as const;
  #connection: Promise<IDBPDatabase<PartitionSchema>> | undefined;
  /** `#connection`'s database once it opened: a write's transaction then starts before write() returns. */
  #opened: { readonly connection: Promise<unknown>; readonly db: IDBPDatabase<PartitionSchema> } | undefined;
  #state: State = 'open';
  readonly #migrations: readonly Migration[];
  readonly #durability: IDBTransactionDurability;

  constructor(
    private readonly name: string,
    private readonly options: IdbStoreOptions,
  ) {
    this.#migrations = options.migrations ?? MIGRATIONS;
    this.#durability = options.durability ?? 'strict';
  }

  get(collection: CollectionName, id: string): Promise<unknown> {
    return this.#withDatabase(`read from ${collection}`, (db) => db.get(collection, id));
  }

  getAll(collection: CollectionName): Promise<unknown[]> {
    // Object stores return records in key order, which is the contract's id order.
    return this.#withDatabase(`read from ${collection}`, (db) => db.getAll(collection));
  }

  getAllWhere(
    collection: IndexedCollection,
    field: IndexedField<IndexedCollection>,
    value: string,
  ): Promise<unknown[]> {
    return this.#withDatabase(`read from ${collection}`, async (db) => {
      const transaction = db.transaction(collection, 'readonly');
      const store = transaction.objectStore(collection);
      // A database built by an older schema history (tests pass their own) may lack the index.
      if (!store.indexNames.contains(field)) {
        const all = (await store.getAll()) as Record<string, unknown>[];
        return all.filter((record) => record[field] === value);
      }
      // Equal index keys come in primary-key order: id order, as getAll.
      return store.index(field).getAll(value as never);
    });
  }

  getSubmissionRanges(ranges: readonly SubmissionRange[]): Promise<unknown[]> {
    return this.#withDatabase('read from submissions', async (db) => {
      // The plain IndexedDB objects: a few large reads, each answered in one success event.
      const store = unwrap(db).transaction('submissions', 'readonly').objectStore('submissions');
      // A database built by an older schema history (tests pass their own) may lack the index.
      if (!store.indexNames.contains(KIND_TIME_INDEX))
        return inSubmissionRanges(await request(store.getAll()), ranges);
      const index = store.index(KIND_TIME_INDEX);
      // All requested at once: IndexedDB answers them in order while this thread takes each result.
      const parts = await Promise.all(
        ranges.map(({ kind, from, before }) =>
          request(
            index.getAll(
              IDBKeyRange.bound(
                // [kind] is below and [kind, []] above every [kind, text]: arrays sort after strings.
                from === undefined ? [kind] : [kind, from],
                before === undefined ? [kind, []] : [kind, before],
                false,
                before !== undefined,
              ),
            ),
          ),
        ),
      );
      return parts.flat();
    });
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    validateOps(ops);
    if (ops.length === 0) return;
    const names = [...new Set(ops.map((op) => op.collection))];
    const scope = [...new Set([...names, ...ops.flatMap((op) => (op.unless ? [op.unless.collection] : []))])];
    await this.#withDatabase(`write to ${names.join(', ')}`, (db) =>
      commit(unwrap(db), scope, ops, this.#durability),
    );
  }

  async destroy(): Promise<void> {
    if (this.#state === 'destroyed') return;
    this.#dropConnection();
    this.#state = 'destroyed';
    try {
      await deleteDB(this.name, { blocked: () => this.options.onBlocked?.('destroy') });
    } catch (error) {
      throw toStorageError(error, 'destroy');
    }
  }

  close(): void {
    if (this.#state === 'open') this.#state = 'closed';
    this.#dropConnection();
  }

  /** Opens the database now (the factory does, to surface version and migration errors early). */
  async connect(): Promise<void> {
    await this.#database();
  }

  async #withDatabase<T>(
    what: string,
    action: (db: IDBPDatabase<PartitionSchema>) => Promise<T>,
  ): Promise<T> {
    try {
      const opened = this.#opened;
      const current =
        this.#state === 'open' && opened?.connection === this.#connection ? opened?.db : undefined;
      return await action(current ?? (await this.#database()));
    } catch (error) {
      // The connection may have been closed between opening and using it (another tab's
      // upgrade, the browser terminating it): reopen once and retry the whole call.
      if (this.#state === 'open' && isName(error, 'InvalidStateError')) {
        this.#dropConnection();
        try {
          return await action(await this.#database());
        } catch (retryError) {
          throw toStorageError(retryError, what);
        }
      }
      throw toStorageError(error, what);
    }
  }

  #database(): Promise<IDBPDatabase<PartitionSchema>> {
    if (this.#state !== 'open') {
      return Promise.reject(
        new StorageError('closed', 'This partition was closed or destroyed; open it again.'),
      );
    }
    if (!this.#connection) {
      const connection = this.#open();
      this.#connection = connection;
      connection.then(
        (db) => {
          if (this.#connection === connection) this.#opened = { connection, db };
        },
        () => {
          if (this.#connection === connection) this.#connection = undefined;
        },
      );
    }
    return this.#connection;
  }

  async #open(): Promise<IDBPDatabase<PartitionSchema>> {
    const migrations = this.#migrations;
    let migrationFailed = false;
    try {
      return await openDB<PartitionSchema>(this.name, migrations.length, {
        upgrade: (database, oldVersion, _newVersion, transaction) => {
          // idb rejects `done` when the upgrade aborts; openDB reports that failure already.
          transaction.done.catch(() => {});
          const untypedDb = database as unknown as IDBPDatabase<unknown>;
          const untypedTx = transaction as unknown as Parameters<Migration>[1];
          const fail = (): void => {
            migrationFailed = true;
            try {
              transaction.abort();
            } catch {
              // already aborted
            }
          };
          // Synchronous steps run right here, inside the upgrade event (schema changes must);
          // after an asynchronous step the rest continue on its promise, while idb keeps the
          // transaction alive.
          const runFrom = (first: number): void | Promise<void> => {
            for (let version = first; version < migrations.length; version += 1) {
              const result = migrations[version]?.(untypedDb, untypedTx);
              if (result instanceof Promise) return result.then(() => runFrom(version + 1));
            }
          };
          try {
            const pending = runFrom(oldVersion);
            if (pending instanceof Promise) pending.catch(fail);
          } catch {
            fail();
          }
        },
        blocked: () => this.options.onBlocked?.('open'),
        blocking: (_current, next, event) => {
          // Another connection wants a newer version (upgrade) or none at all (deletion): let go.
          (event.target as IDBDatabase).close();
          this.#connection = undefined;
          if (next === null && this.#state === 'open') this.#state = 'closed';
        },
        terminated: () => {
          this.#connection = undefined;
        },
      });
    } catch (error) {
      if (migrationFailed) {
        throw new StorageError(
          'migration-failed',
          'Upgrading the local database failed; it was left unchanged.',
          {
            detail: error instanceof Error || error instanceof DOMException ? error.name : undefined,
          },
        );
      }
      throw toStorageError(error, 'open');
    }
  }

  #dropConnection(): void {
    const connection = this.#connection;
    this.#connection = undefined;
    // close() lets running transactions finish first, so nothing acknowledged is cut short.
    connection?.then((db) => db.close()).catch(() => {});
  }
}

/**
 * Applies `ops` in one transaction on the plain IndexedDB objects (a save is a few requests,
 * and a promise and listeners per request cost more than the requests here). Resolves once the
 * transaction committed; rejects with the first failure, after which nothing of it is stored.
 */
function commit(
  db: IDBDatabase,
  scope: readonly CollectionName[],
  ops: readonly WriteOp[],
  durability: IDBTransactionDurability,
): Promise<void> {
  const transaction = db.transaction(scope, 'readwrite', { durability });
  let failure: unknown;
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A failed request aborts the transaction with its error; an abort of ours keeps the cause.
    transaction.onabort = () =>
      reject(failure ?? transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
  });
  const fail = (error: unknown): void => {
    failure ??= error;
    try {
      transaction.abort();
    } catch {
      // already finished
    }
  };
  let conditional = false;
  try {
    for (const op of ops) {
      const store = transaction.objectStore(op.collection);
      const apply = (): void => {
        if (op.type === 'put') store.put(op.value);
        else store.delete(op.id);
      };
      if (!op.unless) {
        apply();
        continue;
      }
      conditional = true;
      // Checked and applied inside this transaction, so no other write can come between.
      const condition = transaction.objectStore(op.unless.collection).count(op.unless.id);
      condition.onsuccess = () => {
        if (condition.result > 0) return;
        try {
          apply();
        } catch (error) {
          // As below, but the transaction is past the synchronous part.
          fail(error);
        }
      };
    }
    // Everything is queued: commit now rather than when this task ends, so the browser writes
    // while this thread finishes the save (a conditional op still has a request to make).
    if (!conditional) transaction.commit?.();
  } catch (error) {
    // put() throws synchronously for values it cannot clone: undo what was queued.
    fail(error);
  }
  return done;
}

/** The submissions' index on activity kind and `submittedAt` text (schema version 4). */
const KIND_TIME_INDEX = 'kindSubmittedAt';

/** A request's result, or its error. */
function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function isName(error: unknown, name: string): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === name;
}
