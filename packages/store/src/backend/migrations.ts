/**
 * The IndexedDB schema's history, one migration per version. Each entry is frozen history:
 * never edit a shipped migration, append a new one. A database at version `n` was built by
 * `MIGRATIONS[0..n-1]`; opening it runs `MIGRATIONS[n..]` inside the upgrade transaction,
 * so an upgrade is all-or-nothing (a failure aborts it and leaves version `n` and its data
 * as they were).
 *
 * @module
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One schema step. Runs inside the `versionchange` transaction; it may issue requests on
 * `transaction` (and chain on their promises) but must not wait on anything else, or the
 * transaction closes under it. A thrown error or a rejected promise aborts the upgrade.
 */
export type Migration = (
  database: IDBPDatabase<unknown>,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/**
 * Version 1: one object store per collection, keyed by the record's `id`. The list is spelled
 * out (not `COLLECTIONS`) because it describes what version 1 *was*, whatever the code is today.
 */
const v1: Migration = (database) => {
  for (const name of [
    'definitions',
    'assignments',
    'submissions',
    'scores',
    'flags',
    'acknowledgements',
    'preferences',
    'drafts',
    'outbox',
    'meta',
  ]) {
    database.createObjectStore(name, { keyPath: 'id' });
  }
};

/**
 * Version 2: a `quarantine` store, where the repository moves records that no longer parse
 * (corrupt, or written by an older model) instead of throwing them at the UI.
 */
const v2: Migration = (database) => {
  database.createObjectStore('quarantine', { keyPath: 'id' });
};

/** `MIGRATIONS[i]` upgrades a database from version `i` to `i + 1`. */
export const MIGRATIONS: readonly Migration[] = [v1, v2];

/** The version `idbStore` opens: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;
