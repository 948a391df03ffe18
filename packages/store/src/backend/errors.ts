/**
 * The one error type every storage backend throws on purpose.
 *
 * Messages say what failed and in which collection, never what was being stored: records
 * hold clients' answers and errors end up in logs. Native `DOMException`s are not attached
 * as `cause`, because some of their messages quote the value (a `DataCloneError` prints
 * the thing it could not clone); only their `name` is kept, in {@link StorageError.detail}.
 *
 * @module
 */
import { InterludeError } from '@interlude/core';

/** Why a storage call failed. Stable: safe to branch on. */
export const STORAGE_FAILURES = [
  /** The browser refused to store more (disk full, or the origin's quota is used up). */
  'quota-exceeded',
  /** No storage here (IndexedDB missing, disabled, or the browser failed to open it). */
  'unavailable',
  /** The transaction was aborted (by the browser, another error, or a closing connection). */
  'aborted',
  /** Another tab holds an older version open and does not let go. */
  'blocked',
  /** The backend was closed or its partition destroyed (e.g. signed out in another tab). */
  'closed',
  /** The database on disk is newer than this code (another tab runs a newer release). */
  'version-too-new',
  /** A schema migration failed; the database stays at its old version, nothing is lost. */
  'migration-failed',
  /** A write batch was malformed (no string id, unknown collection, not cloneable). Nothing was written. */
  'invalid-write',
  /** A record could not be decrypted: wrong key, or the ciphertext was altered or swapped. */
  'decryption-failed',
  /** The key given to the encrypted wrapper cannot be used (not AES-GCM 256, wrong usages). */
  'invalid-key',
  /** Anything else the browser reported. */
  'unknown',
] as const;

/** One of {@link STORAGE_FAILURES}. */
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

/**
 * A storage call failed. `code` is `storage-<failure>` (e.g. `storage-quota-exceeded`);
 * `failure` is the bare reason.
 *
 * @example
 * ```ts
 * try { await backend.write(ops); }
 * catch (error) {
 *   if (error instanceof StorageError && error.failure === 'quota-exceeded') showDiskFullNotice();
 * }
 * ```
 */
export class StorageError extends InterludeError {
  /** The reason, one of {@link STORAGE_FAILURES}. */
  readonly failure: StorageFailure;
  /** The native error's `name` (e.g. `QuotaExceededError`), when there was one. Never its message. */
  readonly detail: string | undefined;

  constructor(failure: StorageFailure, message: string, options?: { detail?: string }) {
    super(`storage-${failure}`, message);
    this.name = 'StorageError';
    this.failure = failure;
    this.detail = options?.detail;
  }
}

/**
 * Turns whatever IndexedDB (or WebCrypto) threw into a {@link StorageError}, keeping only the
 * native error's name. `what` describes the operation, e.g. `'write to submissions'`.
 */
export function toStorageError(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : undefined;
  const failure: StorageFailure =
    name === 'QuotaExceededError'
      ? 'quota-exceeded'
      : name === 'AbortError' || name === 'TransactionInactiveError'
        ? 'aborted'
        : name === 'InvalidStateError'
          ? 'closed'
          : name === 'VersionError'
            ? 'version-too-new'
            : name === 'DataError' || name === 'DataCloneError'
              ? 'invalid-write'
              : name === 'UnknownError' || name === 'SecurityError' || name === 'NotFoundError'
                ? 'unavailable'
                : name === 'OperationError'
                  ? 'decryption-failed'
                  : 'unknown';
  return new StorageError(
    failure,
    `Storage failed (${failure}) during ${what}.`,
    name ? { detail: name } : {},
  );
}
