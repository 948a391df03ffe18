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

/**
 * A part of the submissions, as the review queue reads them (see {@link StorageBackend.getSubmissionRanges}):
 * those whose stored `activity.kind` is `kind` and, with `from`, whose stored `submittedAt` text
 * is at or after `from`, and with `before`, before `before`. Text, not time: `submittedAt` is a
 * local time with its offset, so its text order is not time order; callers leave a day of margin.
 */
export interface SubmissionRange {
  readonly kind: string;
  readonly from?: string;
  readonly before?: string;
}

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
      /**
       * @internal Set by the repository on a value its schemas just produced: the record format
       * (`RECORD_FORMAT`) it was validated under. A backend that authenticates what it stores
       * (the encrypted wrapper) binds it to the record and reports it back through
       * {@link StorageBackend.validatedFormat}; others ignore it.
       */
      readonly validated?: string;
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

/** Where a partition's journal lives (`none`: nowhere, so only the database holds unsynced work). */
export type JournalKind = 'opfs' | 'local-storage' | 'none';

/** What came of asking the browser to keep the origin's storage (`navigator.storage.persist()`). */
export type PersistenceOutcome =
  /** Persistent: the browser will not evict it under storage pressure. */
  | 'granted'
  /** Asked, and refused (Chromium decides by site engagement; Firefox asks the person). */
  | 'denied'
  /** Not asked yet: nothing was written this session, or asking is switched off. */
  | 'not-requested'
  /** This browser has no Storage API. */
  | 'unsupported';

/** The partition opened missing, or emptier than its marker and journals said it was. */
export interface StorageLoss {
  /**
   * - `deleted`: the database was gone (the browser deleted it after finding it corrupt, or
   *   evicted the origin) and opened empty.
   * - `emptier`: the database was there but missed records it had held.
   */
  readonly reason: 'deleted' | 'emptier';
  /** When it was noticed, ISO 8601. */
  readonly detectedAt: string;
  /** What the journal put back: unsynced changes (of which submissions) and drafts. */
  readonly recovered: { readonly changes: number; readonly submissions: number; readonly drafts: number };
}

/** How a backend guards confirmed writes beyond its own database, and what it found on opening. */
export interface DurabilityReport {
  readonly journal: JournalKind;
  /** Set once the journal could not take an entry: `full` (localStorage's cap) or `failed`. */
  readonly journalFailure?: 'full' | 'failed';
  /** Set when this partition opened lost; see {@link StorageLoss}. */
  readonly loss?: StorageLoss;
  readonly persistence: PersistenceOutcome;
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
  /**
   * Present on backends that keep a journal and a marker outside their database
   * (`idbStore`); wrappers report what they wrap.
   */
  readonly durability?: DurabilityReport;
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
  /**
   * The submissions in each of `ranges`, read through an index on activity kind and
   * `submittedAt` (IndexedDB, schema version 4) in one transaction: per range in kind and
   * `submittedAt` text order, the ranges one after another. Values are untrusted, as from
   * `getAll`. Optional: a backend that cannot index (the encrypted wrapper) leaves it out, and
   * callers read the whole collection instead.
   */
  getSubmissionRanges?(ranges: readonly SubmissionRange[]): Promise<unknown[]>;
  /**
   * The record format a value this backend just returned (from `get` or `getAll`, the same
   * object) was validated under when it was written (the put's `validated`), where the backend
   * can prove it: only the encrypted wrapper can, because that mark is authenticated with the
   * record (AES-GCM) and nobody without the key can add it to another value. `undefined` for
   * anything else, which the repository then validates as usual. Optional.
   */
  validatedFormat?(value: unknown): string | undefined;
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
