/**
 * Persistent storage: asking the browser not to evict the origin's data under storage
 * pressure (`navigator.storage.persist()`), and what it says now (`persisted()`).
 *
 * @module
 */
import type { PersistenceOutcome } from '../types.js';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether the origin's storage is persistent already (`not-requested` when it is not). */
export async function persistedNow(): Promise<PersistenceOutcome> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'not-requested';
  } catch {
    return 'not-requested';
  }
}

/** Asks for persistent storage (Chromium decides by itself; Firefox asks the person). */
export async function requestPersistence(): Promise<PersistenceOutcome> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
