/**
 * Whether a partition is encrypted at rest, which decides what `signOut({ keep: true })` may
 * do: keep an encrypted partition (unreadable without the host's key), but always wipe a
 * plain one, because anybody using the device next could read it.
 *
 * @module
 */
import type { StorageBackend } from '../backend/types.js';

/**
 * Whether records of `backend` are encrypted at rest, as the backend declares
 * (`encryptedAtRest`). When it does not say, the answer is `false` and the caller wipes:
 * losing a kept partition is recoverable from the server, leaving readable answers on a
 * shared device is not.
 */
export function isEncryptedAtRest(backend: StorageBackend): boolean {
  return backend.encryptedAtRest === true;
}
