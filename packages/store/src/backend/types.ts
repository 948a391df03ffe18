/**
 * The storage contract every backend (IndexedDB, memory, encrypted wrapper) implements.
 * Deliberately small: records are opaque JSON objects with a string `id`, grouped in
 * named collections, written in atomic batches. Typing and validation happen one layer
 * up, in the repository, so a backend never needs to know the model.
 *
 * @module
 */

/** The collections of one user's partition. */
export const COLLECTIONS = [
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
  'quarantine',
] as const;

/** One of {@link COLLECTIONS}. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** What a backend stores: any JSON object with a string id, unique within its collection. */
export type StoredRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

/**
 * A condition on one op, checked inside the batch's transaction: skip the op when the record
 * `id` exists in `collection` at that moment. Sync uses it so a pulled change never overwrites
 * a local save that landed after it looked (`{ collection: 'outbox', id }`). Only existence is
 * checked, so it works the same on encrypted partitions.
 */
export interface WriteCondition {
  readonly collection: CollectionName;
  readonly id: string;
}

/** One change in an atomic batch; with `unless`, applied only while that record does not exist. */
export type WriteOp =
  | {
      readonly type: 'put';
      readonly collection: CollectionName;
      readonly value: StoredRecord;
      readonly unless?: WriteCondition;
    }
  | {
      readonly type: 'delete';
      readonly collection: CollectionName;
      readonly id: string;
      readonly unless?: WriteCondition;
    };

/** Who a partition belongs to. Data of one user is never visible to another. */
export interface PartitionKey {
  readonly userId: string;
  readonly role: 'client' | 'clinician';
}

/** One user's open partition. */
export interface StorageBackend {
  /** `'indexeddb'` or `'memory'`; wrappers report what they wrap. */
  readonly kind: 'indexeddb' | 'memory';
  /**
   * `true` when records are unreadable without the host's key (the `encrypted()` wrapper).
   * Decides whether `signOut({ keep: true })` may keep the partition; absent means plain.
   */
  readonly encryptedAtRest?: boolean;
  /** The record, or `undefined`. Values are untrusted: the repository parses them. */
  get(collection: CollectionName, id: string): Promise<unknown>;
  /** Every record of a collection, in id order. */
  getAll(collection: CollectionName): Promise<unknown[]>;
  /**
   * Applies every op in one transaction: afterwards all are visible, or (on error) none. An op
   * with `unless` is skipped when its condition's record exists when the transaction reaches it;
   * the ops of one batch must then touch distinct records.
   */
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Deletes the whole partition (sign-out). The backend is closed afterwards. */
  destroy(): Promise<void>;
  /** Releases the connection; the data stays. */
  close(): void;
}

/** Opens partitions; what a vendor passes to `createInterlude({ store })`. */
export interface StoreFactory {
  readonly kind: 'indexeddb' | 'memory';
  open(partition: PartitionKey): Promise<StorageBackend>;
}
