/**
 * `@interlude/store`: offline-first persistence and sync for Interlude.
 *
 * @packageDocumentation
 */
export {
  COLLECTIONS,
  type CollectionName,
  type StoredRecord,
  type WriteOp,
  type PartitionKey,
  type StorageBackend,
  type StoreFactory,
} from './backend/types.js';
export {
  SYNCED_COLLECTIONS,
  TRANSPORT_FAILURES,
  TransportError,
  type SyncedCollection,
  type PushEntry,
  type PushOutcome,
  type PulledChange,
  type PullResult,
  type Transport,
  type TransportFailure,
} from './sync/transport.js';
