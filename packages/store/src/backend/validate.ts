/**
 * Checks a write batch before any backend touches storage, so every backend rejects the same
 * batches and a bad op anywhere in a batch means nothing of it is written.
 *
 * @module
 */
import { StorageError } from './errors.js';
import { COLLECTIONS, type CollectionName, type WriteOp } from './types.js';

const KNOWN: ReadonlySet<string> = new Set(COLLECTIONS);

/** Whether `name` is one of the partition's collections. */
export function isCollection(name: unknown): name is CollectionName {
  return typeof name === 'string' && KNOWN.has(name);
}

/**
 * Throws `StorageError('invalid-write')` for the first malformed op. Messages give the op's
 * position and collection only, never the value.
 */
export function validateOps(ops: readonly WriteOp[]): void {
  if (!Array.isArray(ops)) throw new StorageError('invalid-write', 'A write batch must be an array of ops.');
  ops.forEach((op: WriteOp | undefined, index) => {
    if (typeof op !== 'object' || op === null) {
      throw new StorageError('invalid-write', `Op ${index} is not an object.`);
    }
    if (!isCollection(op.collection)) {
      throw new StorageError('invalid-write', `Op ${index} names an unknown collection.`);
    }
    if (op.type === 'put') {
      const value: unknown = op.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new StorageError(
          'invalid-write',
          `Op ${index} (${op.collection}) puts a value that is not an object.`,
        );
      }
      if (!isId((value as { id?: unknown }).id)) {
        throw new StorageError(
          'invalid-write',
          `Op ${index} (${op.collection}) puts a value without a string id.`,
        );
      }
    } else if (op.type === 'delete') {
      if (!isId(op.id))
        throw new StorageError('invalid-write', `Op ${index} (${op.collection}) deletes without an id.`);
    } else {
      throw new StorageError('invalid-write', `Op ${index} has an unknown type.`);
    }
    const unless: unknown = op.unless;
    if (
      unless !== undefined &&
      (typeof unless !== 'object' ||
        unless === null ||
        !isCollection((unless as { collection?: unknown }).collection) ||
        !isId((unless as { id?: unknown }).id))
    ) {
      throw new StorageError('invalid-write', `Op ${index} (${op.collection}) has a malformed condition.`);
    }
  });
}

function isId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0;
}

/** Deterministic, unambiguous text for a partition key (used for maps and hashing). */
export function partitionText(partition: { userId: string; role: string }): string {
  return JSON.stringify([partition.userId, partition.role]);
}
