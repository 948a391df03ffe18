/**
 * What every part of the client facade (assignments, submissions, flags, …) shares: the
 * signed-in user, the clock, access to the open partition, and the two rules of the client:
 * list reads never throw storage problems at the UI, and every local write is announced.
 *
 * @module
 */
import type { User } from '@interlude/core';
import type { CollectionName } from '../backend/types.js';
import type { Session } from './session.js';

/** @internal The client's shared state, handed to each part of the facade. */
export interface ClientContext {
  readonly user: User;
  /** The injectable clock, as ISO 8601. */
  readonly now: () => string;
  /** The open partition; opens it on first use. Rejects once signed out or closed. */
  session(): Promise<Session>;
  /**
   * Runs a read. A storage failure (wrong key, storage gone) is reported through `onProblem`
   * and answered with `fallback`; sign-out and invalid arguments still reject.
   */
  read<T>(operation: string, fallback: T, action: (session: Session) => Promise<T>): Promise<T>;
  /**
   * After a local write committed: notify subscribers and other tabs, nudge sync. `queued`
   * is how many outbox entries the write added, so the status can say "Saved on this device"
   * at once without re-reading the whole outbox after every save.
   */
  written(collections: readonly CollectionName[], queued: number): void;
}
