/**
 * Problems with stored data that the client handles instead of throwing at the UI: records
 * that no longer parse (quarantined by the repository) and storage failures during reads
 * (a wrong encryption key, storage that went away). Hosts hear about them through
 * `onProblem`, e.g. to count them in telemetry; none carries a record's content.
 *
 * @module
 */
import { StorageError, type StorageFailure } from '../backend/errors.js';
import type { StoreProblem } from '../repository.js';

/** A storage call failed while the client read (or, for drafts, wrote in the background). */
export interface StorageProblem {
  readonly kind: 'storage-error';
  /** The client call that met it, e.g. `'assignments.list'`. */
  readonly operation: string;
  /** Why, one of the storage failures (`decryption-failed`, `unavailable`, `closed`, …). */
  readonly failure: StorageFailure;
}

/** Anything reported through `createInterlude({ onProblem })`. */
export type InterludeProblem = StoreProblem | StorageProblem;

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
