/**
 * Problems with stored data that the client handles instead of throwing at the UI: records
 * that no longer parse (quarantined by the repository), storage failures during reads
 * (a wrong encryption key, storage that went away), a partition the browser deleted
 * (`storage-lost`) and a journal that could not keep up (`journal-error`). Hosts hear about
 * them through `onProblem`, e.g. to count them in telemetry; none carries a record's content.
 *
 * @module
 */
import { StorageError, type StorageFailure } from '../backend/errors.js';
import type { JournalKind, StorageLoss } from '../backend/types.js';
import type { StoreProblem } from '../repository.js';

/** A storage call failed while the client read (or, for drafts, wrote in the background). */
export interface StorageProblem {
  readonly kind: 'storage-error';
  /** The client call that met it, e.g. `'assignments.list'`. */
  readonly operation: string;
  /** Why, one of the storage failures (`decryption-failed`, `unavailable`, `closed`, …). */
  readonly failure: StorageFailure;
}

/**
 * The partition opened missing or emptier than its marker said: the browser deleted the
 * database (it does after finding it corrupt, and when it evicts an origin under storage
 * pressure). What had not reached the server was written back from the journal
 * (`recovered`), and sync pulls the rest from the server again. Changes neither in the
 * journal nor on the server are gone: only possible when the journal was lost too (`journal`).
 */
export interface StorageLostProblem {
  readonly kind: 'storage-lost';
  readonly reason: StorageLoss['reason'];
  readonly recovered: StorageLoss['recovered'];
  /** Where the journal was kept (`none`: there was none to recover from). */
  readonly journal: JournalKind;
}

/**
 * The journal could not take a change (`full`: the localStorage fallback reached its cap;
 * `failed`: its storage failed). The save itself succeeded, but until the change syncs it
 * exists only in IndexedDB. Reported once per session.
 */
export interface JournalProblem {
  readonly kind: 'journal-error';
  readonly failure: 'full' | 'failed';
}

/** Anything reported through `createInterlude({ onProblem })`. */
export type InterludeProblem = StoreProblem | StorageProblem | StorageLostProblem | JournalProblem;

/** Calls the host's listener; a throwing listener must not turn a handled problem into a crash. */
export function reporter(
  onProblem: ((problem: InterludeProblem) => void) | undefined,
): (problem: InterludeProblem) => void {
  return (problem) => {
    try {
      onProblem?.(problem);
    } catch {
      // the problem was handled; the listener's own failure is not ours to surface
    }
  };
}

/** The storage problem for `error`, or `undefined` when it is not a storage failure (then rethrow it). */
export function storageProblem(operation: string, error: unknown): StorageProblem | undefined {
  return error instanceof StorageError
    ? { kind: 'storage-error', operation, failure: error.failure }
    : undefined;
}
