/**
 * The in-memory backend: the same contract as IndexedDB for Node (server-side use) and tests.
 *
 * @module
 */
import { StorageError, toStorageError } from './errors.js';
import type {
  CollectionName,
  IndexedCollection,
  IndexedField,
  PartitionKey,
  StorageBackend,
  StoreFactory,
  StoredRecord,
  SubmissionRange,
  WriteOp,
} from './types.js';
import { inSubmissionRanges } from './submission-ranges.js';
import { partitionText, validateOps } from './validate.js';

interface Partition {
  readonly collections: Map<CollectionName, Map<string, StoredRecord>>;
  destroyed: boolean;
}

/**
 * A {@link StoreFactory} that keeps every partition in a `Map` for the life of the factory.
 * Backends opened for the same partition share its data, like two tabs sharing IndexedDB.
 * Values are deep-copied (`structuredClone`) on the way in and out, so a caller mutating an
 * object it wrote or read never changes what is stored. Runs anywhere `structuredClone`
 * exists (Node 17+, every current browser).
 *
 * @example
 * ```ts
 * const store = memoryStore();
 * const backend = await store.open({ userId: 'c-1', role: 'client' });
 * await backend.write([{ type: 'put', collection: 'assignments', value: { id: 'a-1', status: 'active' } }]);
 * await backend.get('assignments', 'a-1'); // a copy of the record
 * ```
 */
export function memoryStore(): StoreFactory {
  const partitions = new Map<string, Partition>();
  return {
    kind: 'memory',
    open(key: PartitionKey): Promise<StorageBackend> {
      const name = partitionText(key);
      let partition = partitions.get(name);
      if (!partition) {
        partition = { collections: new Map(), destroyed: false };
        partitions.set(name, partition);
      }
      return Promise.resolve(new MemoryBackend(partition, () => partitions.delete(name)));
    },
  };
}

class MemoryBackend implements StorageBackend {
  readonly kind = 'memory' as const;
  #closed = false;

  constructor(
    private readonly partition: Partition,
    private readonly forget: () => void,
  ) {}

  get(collection: CollectionName, id: string): Promise<unknown> {
    return this.#run(() => {
      const value = this.partition.collections.get(collection)?.get(id);
      return value === undefined ? undefined : structuredClone(value);
    });
  }

  getAll(collection: CollectionName): Promise<unknown[]> {
    return this.#run(() => {
      const records = this.partition.collections.get(collection);
      if (!records) return [];
      // Same order as IndexedDB's string keys: UTF-16 code units, which `<` compares.
      return [...records.keys()]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((id) => structuredClone(records.get(id)));
    });
  }

  async getAllWhere(
    collection: IndexedCollection,
    field: IndexedField<IndexedCollection>,
    value: string,
  ): Promise<unknown[]> {
    const all = (await this.getAll(collection)) as Record<string, unknown>[];
    return all.filter((record) => record[field] === value);
  }

  async getSubmissionRanges(ranges: readonly SubmissionRange[]): Promise<unknown[]> {
    return inSubmissionRanges(await this.getAll('submissions'), ranges);
  }

  write(ops: readonly WriteOp[]): Promise<void> {
    return this.#run(() => {
      validateOps(ops);
      // Clone every value before applying any op: an uncloneable value (a function, a DOM
      // node) must fail the whole batch, not leave half of it applied.
      let prepared: WriteOp[];
      try {
        prepared = ops.map((op) => (op.type === 'put' ? { ...op, value: structuredClone(op.value) } : op));
      } catch (error) {
        throw toStorageError(error, 'write');
      }
      for (const op of prepared) {
        if (op.unless && this.partition.collections.get(op.unless.collection)?.has(op.unless.id)) continue;
        let records = this.partition.collections.get(op.collection);
        if (!records) {
          records = new Map();
          this.partition.collections.set(op.collection, records);
        }
        if (op.type === 'put') records.set(op.value.id, op.value);
        else records.delete(op.id);
      }
    });
  }

  destroy(): Promise<void> {
    if (!this.partition.destroyed) {
      this.partition.destroyed = true;
      this.partition.collections.clear();
      this.forget();
    }
    this.#closed = true;
    return Promise.resolve();
  }

  close(): void {
    this.#closed = true;
  }

  /** Runs `action` asynchronously-shaped, so callers see errors as rejections, like IndexedDB. */
  #run<T>(action: () => T): Promise<T> {
    try {
      if (this.#closed || this.partition.destroyed) {
        throw new StorageError('closed', 'This partition was closed or destroyed; open it again.');
      }
      return Promise.resolve(action());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : toStorageError(error, 'memory call'));
    }
  }
}
