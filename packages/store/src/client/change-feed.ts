/**
 * Change subscriptions of one client: listeners hear about local writes at once, about
 * changes sync wrote, and about writes in other tabs (or other clients on the same page)
 * through the partition's BroadcastChannel (`sync/broadcast.ts`).
 *
 * A tab hears its own broadcasts too (every channel object but the sender's gets them), so
 * each notice this feed publishes while listening is remembered and its echo skipped:
 * listeners fire once per change, not twice.
 *
 * @module
 */
import type { CollectionName } from '../backend/types.js';
import { publishChange, subscribeChanges } from '../sync/broadcast.js';

/** Collections a UI can subscribe to (`meta` is the sync engine's own bookkeeping). */
export type SubscribableCollection = Exclude<CollectionName, 'meta'>;

/**
 * Where a change came from: this client's own write, this client's sync (pulled records,
 * server-wins conflicts, outbox updates), or another tab / client instance on the partition.
 */
export type ChangeSource = 'local' | 'sync' | 'other-tab';

/** What a subscriber is told: re-read `collection`. Never the records themselves. */
export interface CollectionChange {
  readonly collection: SubscribableCollection;
  readonly source: ChangeSource;
}

/** Called after a collection changed. */
export type ChangeListener = (change: CollectionChange) => void;

/** Fans changes of one partition out to subscribers, across tabs. */
export class ChangeFeed {
  readonly #partitionId: string;
  readonly #listeners = new Map<CollectionName, Set<ChangeListener>>();
  /** Notices this feed published and whose echo on its own channel is still due, by key. */
  readonly #echoes = new Map<string, number>();
  #closeChannel: (() => void) | undefined;
  /** Notices emitted and not yet posted to other tabs, oldest first. */
  #outgoing: (readonly CollectionName[])[] = [];
  #sendTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(partitionId: string) {
    this.#partitionId = partitionId;
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(collection: SubscribableCollection, listener: ChangeListener): () => void {
    let set = this.#listeners.get(collection);
    if (!set) this.#listeners.set(collection, (set = new Set()));
    set.add(listener);
    // The channel is opened only while someone listens: an open channel keeps Node running.
    this.#closeChannel ??= subscribeChanges(this.#partitionId, ({ collections }) => this.#heard(collections));
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(collection);
      if (this.#listeners.size === 0) this.#stopListening();
    };
  }

  /**
   * Tells this client's listeners now and every other tab via the channel, in the next task:
   * posting a notice costs about as much as a save's own work on the main thread, and after a
   * save that thread mostly waits for the next transaction to commit. Every notice is still
   * sent, once and in order.
   */
  emit(collections: readonly CollectionName[], source: Exclude<ChangeSource, 'other-tab'>): void {
    const unique = [...new Set(collections)];
    if (unique.length === 0) return;
    this.#deliver(unique, source);
    this.#outgoing.push(unique);
    this.#sendTimer ??= setTimeout(() => this.#send(), 0);
  }

  /** Drops every listener and closes the channel; notices still due go out first. */
  close(): void {
    this.#send();
    this.#listeners.clear();
    this.#stopListening();
  }

  #send(): void {
    if (this.#sendTimer !== undefined) clearTimeout(this.#sendTimer);
    this.#sendTimer = undefined;
    const outgoing = this.#outgoing;
    this.#outgoing = [];
    for (const collections of outgoing) {
      // Our own channel hears what is posted while it is open: its echo is skipped there.
      if (this.#closeChannel && typeof BroadcastChannel !== 'undefined') {
        const key = keyOf(collections);
        this.#echoes.set(key, (this.#echoes.get(key) ?? 0) + 1);
      }
      publishChange(this.#partitionId, collections);
    }
  }

  #heard(collections: readonly CollectionName[]): void {
    const key = keyOf(collections);
    const echoes = this.#echoes.get(key) ?? 0;
    if (echoes > 0) {
      // Our own notice coming back. Should another tab's identical notice arrive first, it is
      // the one skipped and ours fires instead: the count of notifications stays right.
      if (echoes === 1) this.#echoes.delete(key);
      else this.#echoes.set(key, echoes - 1);
      return;
    }
    this.#deliver(collections, 'other-tab');
  }

  #deliver(collections: readonly CollectionName[], source: ChangeSource): void {
    for (const collection of collections) {
      if (collection === 'meta') continue;
      for (const listener of [...(this.#listeners.get(collection) ?? [])]) {
        try {
          listener({ collection, source });
        } catch {
          // one failing subscriber must not keep the others from hearing about the change
        }
      }
    }
  }

  #stopListening(): void {
    this.#closeChannel?.();
    this.#closeChannel = undefined;
    // Echoes of notices sent while listening never reach a closed channel.
    this.#echoes.clear();
  }
}

function keyOf(collections: readonly CollectionName[]): string {
  return [...new Set(collections)].sort().join(',');
}
