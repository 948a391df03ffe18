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

/**
 * Version 3: indexes on `submissions.assignmentId` and `submissions.clientId`, so opening a
 * screen that lists one assignment's (or one client's) runs reads those, not the whole store.
 * IndexedDB builds them over the existing records inside the upgrade. (Encrypted records have
 * no readable fields, so they are simply not in the indexes; see `getAllWhere`.)
 */
const v3: Migration = (_database, transaction) => {
  const submissions = transaction.objectStore('submissions');
  submissions.createIndex('assignmentId', 'assignmentId');
  submissions.createIndex('clientId', 'clientId');
};

/**
 * Version 4: an index on `submissions` by activity kind and `submittedAt` text
 * (`kindSubmittedAt`), so the review queue reads every measure and only the recent rest (see
 * `getSubmissionRanges`). Built over the existing records inside the upgrade, like version 3's;
 * no record changes. It holds nothing a record does not: plain records are readable anyway,
 * and encrypted ones (`{ id, iv, ciphertext }`) have neither field, so they are not in it.
 */
const v4: Migration = (_database, transaction) => {
  transaction.objectStore('submissions').createIndex('kindSubmittedAt', ['activity.kind', 'submittedAt']);
};

/** `MIGRATIONS[i]` upgrades a database from version `i` to `i + 1`. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4];

/** The version `idbStore` opens: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;
