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

/**
 * Fields a backend may index, per collection: the queries a screen asks on every open
 * ("this assignment's runs", "this client's runs") answered without reading the whole collection.
 */
export const INDEXED_FIELDS = {
  submissions: ['assignmentId', 'clientId'],
} as const satisfies Partial<Record<CollectionName, readonly string[]>>;

/** A collection with indexed fields. */
export type IndexedCollection = keyof typeof INDEXED_FIELDS;

/** An indexed field of `C`. */
export type IndexedField<C extends IndexedCollection> = (typeof INDEXED_FIELDS)[C][number];

/** What a backend stores: any JSON object with a string id, unique within its collection. */
export type StoredRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

/** One change in an atomic batch. */
export type WriteOp =
  | { readonly type: 'put'; readonly collection: CollectionName; readonly value: StoredRecord }
  | { readonly type: 'delete'; readonly collection: CollectionName; readonly id: string };

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
   * The records of a collection whose `field` equals `value`, in id order, read through an
   * index. Optional: a backend that cannot index (the encrypted wrapper: its records are
   * ciphertext) leaves it out, and callers filter `getAll` instead.
   */
  getAllWhere?(
    collection: IndexedCollection,
    field: IndexedField<IndexedCollection>,
    value: string,
  ): Promise<unknown[]>;
  /** Applies every op in one transaction: afterwards all are visible, or (on error) none. */
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
