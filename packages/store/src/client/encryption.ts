/**
 * Whether a partition is encrypted at rest, which decides what `signOut({ keep: true })` may
 * do: keep an encrypted partition (unreadable without the host's key), but always wipe a
 * plain one, because anybody using the device next could read it.
 *
 * @module
 */
import type { StorageBackend, StoreFactory } from '../backend/types.js';

/**
 * A store factory may declare itself encrypted with this well-known symbol set to `true`
 * (shared across copies of the package, like every `Symbol.for`).
 */
export const ENCRYPTED_AT_REST = Symbol.for('interlude.store.encrypted-at-rest');

/**
 * Whether records of `backend` are encrypted at rest. Recognises the {@link ENCRYPTED_AT_REST}
 * declaration, and otherwise the backend `encrypted(...)` / `idbStore({ encryption })` opens.
 * When unsure it answers `false`, so the caller wipes: losing a kept partition is recoverable
 * from the server, leaving readable answers on a shared device is not.
 */
export function isEncryptedAtRest(store: StoreFactory, backend: StorageBackend): boolean {
  if ((store as { readonly [ENCRYPTED_AT_REST]?: unknown })[ENCRYPTED_AT_REST] === true) return true;
  // `encrypted()` does not declare itself yet; its backend class is recognised by name. A
  // minifier that renames classes makes this `false`, which only means "wipe".
  return backend.constructor.name === 'EncryptedBackend';
}
