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
  type WriteCondition,
  type SubmissionRange,
  type JournalKind,
  type PersistenceOutcome,
  type StorageLoss,
  type DurabilityReport,
  type PartitionKey,
  type StorageBackend,
  type StoreFactory,
} from './backend/types.js';
export {
  SYNCED_COLLECTIONS,
  TRANSPORT_FAILURES,
  TransportError,
  InvalidResponseError,
  type SyncedCollection,
  type PushEntry,
  type PushOutcome,
  type PulledChange,
  type PullResult,
  type PullReport,
  type Transport,
  type TransportCallOptions,
  type TransportState,
  type TransportFailure,
} from './sync/transport.js';
export { metaTransportState, TRANSPORT_STATE_PREFIX } from './sync/transport-state.js';
export {
  OUTBOX_STATES,
  OUTBOX_FAILURES,
  OutboxEntrySchema,
  createOutboxEntry,
  outboxPut,
  outboxDelete,
  readOutbox,
  readOutboxEntry,
  dueEntries,
  selectDue,
  countOutbox,
  oldestPendingAt,
  type OutboxEntry,
  type OutboxState,
  type OutboxFailure,
} from './sync/outbox.js';
export {
  APPEND_ONLY_COLLECTIONS,
  CURSOR_META_ID,
  createSyncEngine,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncStatus,
  type SyncNotice,
  type SyncReport,
  type SyncNowOptions,
  type SyncErrorKind,
  type BackoffOptions,
  type SyncTimers,
} from './sync/engine.js';
export { channelName, publishChange, subscribeChanges, type ChangeNotice } from './sync/broadcast.js';
export {
  memoryServer,
  memoryTransport,
  faultyTransport,
  seededRandom,
  type MemoryServer,
  type ServerRecord,
  type MemoryTransport,
  type MemoryTransportOptions,
  type FaultOptions,
  type FaultyTransport,
} from './sync/memory-transport.js';
export { httpTransport, type HttpTransportOptions } from './sync/http-transport.js';
export {
  jsonRequester,
  validateResponse,
  httpStatusError,
  parseRetryAfter,
  type JsonRequest,
  type JsonRequesterOptions,
} from './sync/json-request.js';
export { STORAGE_FAILURES, StorageError, type StorageFailure } from './backend/errors.js';
export { memoryStore } from './backend/memory.js';
export { idbStore, partitionDatabaseName, type IdbStoreOptions } from './backend/indexeddb.js';
export type { JournalChoice } from './backend/durability/durable.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './backend/migrations.js';
export { encrypted, type EncryptionOptions, type EncryptedRecord } from './backend/encrypted.js';
export {
  Repository,
  Collection,
  StoredScoreSchema,
  StoredDefinitionSchema,
  StoredAcknowledgementSchema,
  StoredPreferencesSchema,
  QuarantineRecordSchema,
  PREFERENCES_ID,
  definitionKey,
  scoreId,
  type StoredScore,
  type StoredDefinition,
  type StoredAcknowledgement,
  type StoredPreferences,
  type QuarantineRecord,
  type ActivityDefinition,
  type StoreProblem,
  type RepositoryOptions,
  type RecordTypes,
  type TypedCollection,
  type SavedSubmission,
} from './repository.js';
export {
  DraftStore,
  DraftSchema,
  DraftDiscardedError,
  draftId,
  type Draft,
  type DraftKey,
  type DraftPatch,
  type DraftStoreOptions,
} from './drafts.js';
export {
  createInterlude,
  type Interlude,
  type SignOutOptions,
  type SignOutResult,
} from './client/create-interlude.js';
export type { CreateInterludeOptions } from './client/options.js';
export { ClientClosedError, SignedOutError, NotPermittedError } from './client/errors.js';
export type {
  InterludeProblem,
  StorageProblem,
  StorageLostProblem,
  JournalProblem,
} from './client/problems.js';
export type { ClientStorage, DeviceStorageStatus } from './client/storage.js';
export type {
  SubscribableCollection,
  ChangeSource,
  CollectionChange,
  ChangeListener,
} from './client/change-feed.js';
export type { ClientAssignments, AssignmentQuery } from './client/assignments.js';
export type {
  ClientSubmissions,
  SaveSubmissionOptions,
  SavedSubmissionResult,
  SubmissionQuery,
  ScoredSubmission,
} from './client/submissions.js';
export type { ClientDefinitions, DefinitionQuery } from './client/definitions.js';
export type { ClientValidate } from './client/validate.js';
export type { ClientPreferences } from './client/preferences.js';
export type { ClientDrafts } from './client/drafts.js';
export type { ClientFlags, CaseloadFlagQuery, SnoozeOptions } from './client/flags.js';
export type {
  ClientCaseload,
  CaseloadClient,
  CaseloadAdherenceQuery,
  ClinicAggregatesQuery,
} from './client/caseload.js';
export type { SessionPrepQuery } from './client/session-prep.js';
export type { ClientOccurrences, OccurrenceQuery } from './client/occurrences.js';
export type { ClientSync, ClientSyncReport } from './client/sync.js';
