/**
 * `client.drafts`: the signed-in user's {@link DraftStore}, usable before the partition is
 * open. Once it is, `update()` goes straight to the draft store, whose synchronous part is
 * a merge into memory and a timer (see the store benchmark for its cost).
 *
 * @module
 */
import type { Draft, DraftKey, DraftPatch, DraftStore } from '../drafts.js';
import type { Session } from './session.js';

/** The signed-in user's drafts; see {@link DraftStore} for the saving rules. */
export interface ClientDrafts {
  /**
   * Records a change (debounced write, flushed on `pagehide`). Resolves with the saved draft
   * once its transaction committed: the moment a UI may say "saved".
   */
  update(key: DraftKey, patch: DraftPatch): Promise<Draft>;
  /** Writes every pending change now; resolves once committed. */
  flush(): Promise<void>;
  /** The draft to resume (exact step and answers), or `undefined`. */
  resume(key: DraftKey): Promise<Draft | undefined>;
  /** Deletes a draft and drops its pending changes. */
  discard(key: DraftKey): Promise<void>;
}

/** @internal */
export function clientDrafts(
  opened: () => Session | undefined,
  session: () => Promise<Session>,
): ClientDrafts {
  const withStore = <T>(action: (drafts: DraftStore) => Promise<T>): Promise<T> => {
    const current = opened();
    return current ? action(current.drafts) : session().then((open) => action(open.drafts));
  };
  return {
    update: (key, patch) => withStore((drafts) => drafts.update(key, patch)),
    flush: () => withStore((drafts) => drafts.flush()),
    resume: (key) => withStore((drafts) => drafts.resume(key)),
    discard: (key) => withStore((drafts) => drafts.discard(key)),
  };
}
