/**
 * A {@link Transport} for any FHIR R4 server: the store's outbox goes up as `batch` Bundles of
 * conditional creates and versioned updates, and server changes come back through
 * incremental `_lastUpdated` searches that follow the server's `next` links.
 *
 * ## What the server says it supports
 *
 * Before its first push the transport reads `GET [base]/metadata` (the server's
 * CapabilityStatement, as SMART launchers and other clients do). A server that lists the `batch`
 * interaction gets `batch` Bundles; one that lists only `transaction` gets `transaction` Bundles
 * of at most `transactionSize` resources (servers cap conditional creates per transaction), and a
 * transaction that fails as a whole is retried one record per transaction, so one bad record
 * still fails alone. A server whose metadata cannot be read is sent `batch` Bundles.
 *
 * ## Why `batch` and not `transaction` Bundles
 *
 * The outbox needs an outcome per entry: one invalid submission must be `rejected` while the
 * other 99 are `stored`. A `transaction` is all-or-nothing, so one bad entry would fail the
 * whole Bundle and every entry would have to be retried one by one to find it. Servers also
 * limit transactions: Medplum refuses a transaction with more than 8 conditional creates
 * ("requires strict isolation"), which rules out batching 100 submissions in one. A `batch`
 * answers every entry on its own, in order, and each entry is still idempotent on its own
 * (conditional create), which is all sync needs: nothing Interlude writes depends on another
 * entry of the same Bundle (records reference each other by identifier, not by server id).
 *
 * ## Idempotency and versions
 *
 * Every resource carries an Interlude identifier (`identifierOf`), and is created with
 * `POST <type>` and `If-None-Exist: identifier=<system>|<value>`: a retry after a lost answer
 * finds the first copy (`200`) instead of making a second. Mutable records (assignments,
 * flags) whose server version is known (`PushEntry.baseVersion`, or what this transport saw
 * last, see `versions.ts`) are updated with `PUT <type>/<id>` and `If-Match: W/"<versionId>"`;
 * a `412` is a `conflict`, answered with the server's record so the engine can apply
 * "server wins" and tell the user.
 *
 * @module
 */
import {
  ValidationError,
  formatPath,
  safeParse,
  type ActivityRef,
  type MeasureDefinition,
  type Submission,
  type ValidationIssue,
} from '@interlude/core';
import {
  InvalidResponseError,
  TransportError,
  jsonRequester,
  validateResponse,
  type PullReport,
  type PulledChange,
  type PushEntry,
  type PushOutcome,
  type SyncedCollection,
  type Transport,
  type TransportCallOptions,
} from '@interlude/store';
import type { MappingOptions, ReferencedCollection } from '../mapping/common.js';
import { assignmentToTask } from '../mapping/assignment.js';
import { ACKNOWLEDGEMENT_CODE, flagClientId } from '../mapping/flag.js';
import {
  identifierOf,
  readResource,
  recordToResources,
  type ReadContext as MappingReadContext,
  type RecordContext,
  type ResourceReadResult,
} from '../mapping/records.js';

/** The read context the transport always fills, lookup included. */
type ReadContext = MappingReadContext & { questionnaire: (canonical: string) => unknown };
import type { ActivityDefinition } from '../mapping/submission.js';
import { IDENTIFIER_SYSTEMS, parseQuestionnaireCanonical, recordReference } from '../mapping/common.js';
import {
  BatchResponseSchema,
  CapabilityStatementSchema,
  SearchsetSchema,
  batchBundle,
  bundleTypeOf,
  describeOutcome,
  entryStatus,
  identifierSearch,
  nextLink,
  versionFromEtag,
  type AnyResource,
  type BatchEntry,
  type BatchResponse,
} from './bundle.js';
import {
  advanceStream,
  decodeCursor,
  encodeCursor,
  type CaseloadGroup,
  type CursorState,
  type StreamState,
} from './cursor.js';
import {
  formatVersion,
  memoryVersionStore,
  parseVersion,
  stateVersionStore,
  type VersionStore,
} from './versions.js';

/** Options of {@link fhirTransport}. */
export interface FhirTransportOptions {
  /** The FHIR base, e.g. `https://fhir.example.org/R4` (no trailing slash needed). */
  readonly baseUrl: string;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Sent with every request (e.g. an API key header a cloud gateway wants). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Returns the current access token, sent as `Authorization: Bearer <token>`; `undefined`
   * sends none. Called before every request, so a SMART on FHIR client can refresh here.
   */
  readonly auth?: () => Promise<string | undefined>;
  /** Resources per batch Bundle. Default 100. */
  readonly batchSize?: number;
  /**
   * Resources per `transaction` Bundle, for servers that take transactions but not batches.
   * Default 8 (Medplum refuses more conditional creates in one transaction).
   */
  readonly transactionSize?: number;
  /**
   * `auto` (default): read the server's CapabilityStatement and use `batch` if it lists it, else
   * `transaction`. Or force one.
   */
  readonly bundleType?: 'auto' | 'batch' | 'transaction';
  /** `_count` of every search page. Default 100. */
  readonly pageSize?: number;
  /** A request that takes longer fails with `timeout`. Default 30 000. */
  readonly timeoutMs?: number;
  /**
   * Whose data to pull. `patient` (a client: their ServiceRequests, Questionnaires, their own
   * responses and scores), `practitioner` (a clinician: the ServiceRequests they requested,
   * Questionnaires, and the responses, scores, detected issues and acknowledgements of the
   * patients in those requests). Ids are FHIR logical ids (`Patient/<id>`). Neither: everything
   * Interlude reads, unfiltered (a service account).
   */
  readonly subject?: { readonly patient?: string; readonly practitioner?: string };
  /**
   * The definition a submission answered (codes its answers, adds check-in rating
   * Observations) or an assignment assigns (adds its LOINC code). Typically read from the store:
   * `(ref) => repository.definitions.get(definitionKey(ref))`.
   */
  readonly definitions?: (
    ref: ActivityRef,
  ) => ActivityDefinition | undefined | Promise<ActivityDefinition | undefined>;
  /** The submission of a score, when it is not in the same push (a score's Observation needs it). */
  readonly submissions?: (id: string) => Submission | undefined | Promise<Submission | undefined>;
  /**
   * The client a flag is about, for the `Task.for` of its acknowledgement (so clinicians' devices
   * pull acknowledgements by caseload). Default: read from the flag id (core's `<kind>:<clientId>:…`).
   */
  readonly flagClient?: (flagId: string) => string | undefined | Promise<string | undefined>;
  /**
   * The validated instruments to recognise in Questionnaires and responses other systems wrote
   * (typically `listMeasures()` from `@interlude/content`); see `readQuestionnaireAsMeasure`.
   */
  readonly instruments?: readonly MeasureDefinition[];
  /**
   * Last seen server versions of records. Default: in the partition through the engine's
   * `TransportState` ({@link stateVersionStore}), or in memory when called without one.
   */
  readonly versions?: VersionStore;
  /** Passed to the mapping (e.g. `canonicalBase` of Questionnaire canonicals). */
  readonly mapping?: MappingOptions;
}

/** Collections whose records change after creation: updated with `If-Match`, not only created. */
const MUTABLE: readonly SyncedCollection[] = ['assignments', 'flags'];

/** Collections whose resources others point at: their server ids are remembered for literal references. */
const REFERENCED: readonly SyncedCollection[] = ['definitions', 'assignments', 'submissions', 'flags'];

/** One HTTP request of one resource of one entry. */
interface Planned {
  readonly entry: PushEntry;
  readonly request: BatchEntry;
  readonly resourceType: string;
  readonly identifier: { readonly system: string; readonly value: string };
  /**
   * `primary`: the record's own resource (the one read back); `derived`: one made from it (a
   * rating Observation); `migration`: a legacy resource updated to point at the new one (best
   * effort: its failure never fails the entry).
   */
  readonly role: 'primary' | 'derived' | 'migration';
}

type ResourceResult =
  | { kind: 'ok'; version?: string; created: boolean; resource?: AnyResource }
  | { kind: 'conflict' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'retry'; reason: string };

type ServerRecord = { record: Record<string, unknown> & { id: string }; version?: string };

/**
 * A {@link Transport} for a FHIR R4 server (HAPI, Medplum, Google Cloud Healthcare, Azure
 * Health Data Services, AWS HealthLake, ...). The server must support `batch` (or `transaction`)
 * Bundles, conditional create (`If-None-Exist`), `If-Match` on update, `_lastUpdated` search with
 * `_sort` and `next` paging links. Every response is validated; a malformed one becomes an
 * {@link InvalidResponseError} with paths, never record content.
 *
 * @example
 * ```ts
 * import { createSyncEngine } from '@interlude/store';
 * import { listMeasures } from '@interlude/content';
 * import { fhirTransport } from '@interlude/fhir';
 *
 * const transport = fhirTransport({
 *   baseUrl: 'https://fhir.example.org/R4',
 *   auth: async () => (await smartClient.getAccessToken()) ?? undefined,
 *   subject: { practitioner: 'Practitioner/t-1' },
 *   definitions: async (ref) => (await repository.definitions.get(definitionKey(ref)))?.definition,
 *   instruments: listMeasures(),
 * });
 * const engine = createSyncEngine({ backend, transport, partitionId: 'clinician:t-1' });
 * engine.start();
 * ```
 */
export function fhirTransport(options: FhirTransportOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 100));
  const transactionSize = Math.max(1, Math.floor(options.transactionSize ?? 8));
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 100));
  const memoryVersions = memoryVersionStore();
  const scope = JSON.stringify({
    base,
    patient: options.subject?.patient ?? null,
    practitioner: options.subject?.practitioner ?? null,
  });
  const clinicianId = /^Practitioner\/([^/]+)$/.exec(options.subject?.practitioner ?? '')?.[1];

  /** The version store of one call: the host's, else the partition's, else memory. */
  function versionsFor(call: TransportCallOptions): VersionStore {
    return options.versions ?? (call.state ? stateVersionStore(call.state) : memoryVersions);
  }

  async function remember(
    versions: VersionStore,
    entries: readonly { collection: SyncedCollection; id: string; version: string }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    if (versions.setMany) await versions.setMany(entries);
    else for (const each of entries) await versions.set(each.collection, each.id, each.version);
  }

  // ---- HTTP -----------------------------------------------------------------------------

  const request = jsonRequester({
    ...options,
    timeoutMs,
    mediaType: 'application/fhir+json',
    // Servers may answer batch entries without the resource (`return=minimal`); the transport
    // needs it to read versions and compare an existing record with its own.
    bodyHeaders: { Prefer: 'return=representation' },
  });

  /** Every request stays on the FHIR base's origin. */
  function call(
    endpoint: string,
    url: string,
    init: { method: 'GET' | 'POST'; body?: string },
    signal: AbortSignal,
  ): Promise<unknown> {
    if (new URL(url).origin !== origin) {
      // A `next` link elsewhere would carry the bearer token to another host.
      return Promise.reject(
        new InvalidResponseError(
          endpoint,
          `Invalid ${endpoint} response: a link points outside the FHIR base.`,
        ),
      );
    }
    return request(endpoint, url, init, signal);
  }

  /** `batch` or `transaction`: what the server's CapabilityStatement says it takes (read once). */
  let bundleType: Promise<'batch' | 'transaction'> | undefined;
  function pushBundleType(signal: AbortSignal): Promise<'batch' | 'transaction'> {
    if (options.bundleType === 'batch' || options.bundleType === 'transaction')
      return Promise.resolve(options.bundleType);
    bundleType ??= call('metadata', `${base}/metadata`, { method: 'GET' }, signal).then(
      (body) => {
        const statement = safeParse(CapabilityStatementSchema, body, 'CapabilityStatement');
        return bundleTypeOf(statement.ok ? statement.value : undefined);
      },
      (error: unknown) => {
        bundleType = undefined;
        // Auth and network failures are the push's failures; a server without metadata gets batches.
        if (error instanceof TransportError && (error.failure === 'auth' || error.retryable)) throw error;
        return 'batch' as const;
      },
    );
    return bundleType;
  }

  async function postBundle(
    entries: readonly BatchEntry[],
    type: 'batch' | 'transaction',
    signal: AbortSignal,
  ): Promise<BatchResponse> {
    const body = await call(
      type,
      base,
      { method: 'POST', body: JSON.stringify(batchBundle(entries, type)) },
      signal,
    );
    const response = validateResponse(BatchResponseSchema, body, type);
    // FHIR: the response has exactly one entry per request entry, in the same order.
    if ((response.entry?.length ?? 0) !== entries.length) {
      throw new InvalidResponseError(
        type,
        `Invalid ${type} response: entry count differs from the request.`,
        {
          issues: [{ path: ['entry'], code: 'custom', message: `must have ${entries.length} entries` }],
        },
      );
    }
    return response;
  }

  // ---- push -----------------------------------------------------------------------------

  /** Synchronous lookups for the mapping, filled for one push from the async options and known versions. */
  async function prefetch(entries: readonly PushEntry[], versions: VersionStore): Promise<RecordContext> {
    const definitions = new Map<string, ActivityDefinition | undefined>();
    const submissions = new Map<string, Submission | undefined>();
    const flagClients = new Map<string, string | undefined>();
    const references = new Map<string, string | undefined>();
    const key = (ref: ActivityRef): string => `${ref.kind}:${ref.id}@${ref.version}`;
    const wanted: { collection: ReferencedCollection; id: string }[] = [];
    for (const entry of entries) {
      if (entry.collection === 'submissions')
        submissions.set(entry.id, entry.record as unknown as Submission);
    }
    for (const entry of entries) {
      const record = entry.record as Record<string, unknown>;
      if (entry.collection === 'scores') {
        const submissionId = record['submissionId'];
        if (typeof submissionId === 'string') {
          wanted.push({ collection: 'submissions', id: submissionId });
          if (!submissions.has(submissionId) && options.submissions)
            submissions.set(submissionId, await options.submissions(submissionId));
        }
      }
      if (entry.collection === 'acknowledgements' && typeof record['flagId'] === 'string') {
        const flagId = record['flagId'];
        wanted.push({ collection: 'flags', id: flagId });
        flagClients.set(flagId, (await options.flagClient?.(flagId)) ?? flagClientId(flagId));
      }
      if (entry.collection === 'submissions' && typeof record['assignmentId'] === 'string')
        wanted.push({ collection: 'assignments', id: record['assignmentId'] });
      const activity = record['activity'] as ActivityRef | undefined;
      if (activity && typeof activity === 'object')
        wanted.push({ collection: 'definitions', id: key(activity) });
      if (entry.collection === 'flags') {
        for (const evidence of (record['evidence'] as { submissionId?: unknown; assignmentId?: unknown }[]) ??
          []) {
          if (typeof evidence.submissionId === 'string')
            wanted.push({ collection: 'submissions', id: evidence.submissionId });
          if (typeof evidence.assignmentId === 'string')
            wanted.push({ collection: 'assignments', id: evidence.assignmentId });
        }
      }
    }
    for (const { collection, id } of wanted) {
      const at = `${collection}/${id}`;
      if (references.has(at)) continue;
      const version = parseVersion(await versions.get(collection, id));
      references.set(at, version ? `${version.resourceType}/${version.id}` : undefined);
    }
    if (options.definitions) {
      const refs: ActivityRef[] = [];
      for (const submission of submissions.values()) if (submission) refs.push(submission.activity);
      for (const entry of entries) {
        const record = entry.record as {
          measure?: { id?: unknown; version?: unknown };
          activity?: ActivityRef;
        };
        if (entry.collection === 'assignments' && record.activity) refs.push(record.activity);
        if (
          entry.collection === 'scores' &&
          typeof record.measure?.id === 'string' &&
          typeof record.measure.version === 'string'
        ) {
          refs.push({ kind: 'measure', id: record.measure.id, version: record.measure.version });
        }
      }
      for (const ref of refs) {
        if (!definitions.has(key(ref))) definitions.set(key(ref), await options.definitions(ref));
      }
    }
    return {
      ...options.mapping,
      definition: (ref) => definitions.get(key(ref)),
      submission: (id) => submissions.get(id),
      flagClient: (flagId) => flagClients.get(flagId),
      reference: (collection, id) => references.get(`${collection}/${id}`),
      ...(clinicianId === undefined ? {} : { clinicianId }),
    };
  }

  async function plan(
    entry: PushEntry,
    context: RecordContext,
    versions: VersionStore,
  ): Promise<{ planned: Planned[] } | { outcome: PushOutcome }> {
    let resources: readonly AnyResource[];
    try {
      const mapped = recordToResources(entry.collection, entry.record, context);
      if (mapped.resources.length === 0) {
        return { outcome: rejected(entry, `not synced to FHIR: ${mapped.unmapped ?? 'no resource'}`) };
      }
      resources = mapped.resources as readonly AnyResource[];
    } catch (error) {
      if (error instanceof ValidationError)
        return { outcome: rejected(entry, `not mappable to FHIR: ${paths(error.issues)}`) };
      throw error;
    }
    const planned: Planned[] = [];
    const known = MUTABLE.includes(entry.collection)
      ? (parseVersion(entry.baseVersion) ?? parseVersion(await versions.get(entry.collection, entry.id)))
      : undefined;
    for (const [index, resource] of resources.entries()) {
      const identifier = identifierOf(resource);
      if (!identifier)
        return { outcome: rejected(entry, `a ${resource.resourceType} has no Interlude identifier`) };
      const primary = index === 0;
      const request: BatchEntry =
        primary && known && known.resourceType === resource.resourceType
          ? {
              request: {
                method: 'PUT',
                url: `${known.resourceType}/${known.id}`,
                ifMatch: `W/"${known.versionId}"`,
              },
              resource: { ...resource, id: known.id },
            }
          : {
              request: {
                method: 'POST',
                url: resource.resourceType,
                ifNoneExist: identifierSearch(identifier),
              },
              resource,
            };
      planned.push({
        entry,
        request,
        resourceType: resource.resourceType,
        identifier,
        role: primary ? 'primary' : 'derived',
      });
    }
    // An assignment still known as a pre-0.1 Task: its ServiceRequest is created above, and the
    // Task is updated to point at it, which is how every other device learns it is superseded.
    if (entry.collection === 'assignments' && known?.resourceType === 'Task') {
      const task = {
        ...assignmentToTask(entry.record as Parameters<typeof assignmentToTask>[0], context),
        id: known.id,
        basedOn: [recordReference('ServiceRequest', IDENTIFIER_SYSTEMS.assignment, entry.id)],
      };
      planned.push({
        entry,
        request: {
          request: { method: 'PUT', url: `Task/${known.id}`, ifMatch: `W/"${known.versionId}"` },
          resource: task,
        },
        resourceType: 'Task',
        identifier: { system: IDENTIFIER_SYSTEMS.assignment, value: entry.id },
        role: 'migration',
      });
    }
    return { planned };
  }

  function resultOf(item: Planned, response: NonNullable<BatchResponse['entry']>[number]): ResourceResult {
    const status = entryStatus(response.response.status);
    const what = `${item.request.request.method} ${item.resourceType}: HTTP ${status}`;
    if (status >= 200 && status < 300) {
      const resource = response.resource?.resourceType === item.resourceType ? response.resource : undefined;
      const id = resource?.id ?? idFromLocation(response.response.location, item.resourceType);
      const versionId = resource?.meta?.versionId ?? versionFromEtag(response.response.etag);
      return {
        kind: 'ok',
        created: status === 201 || item.request.request.method === 'PUT',
        ...(id && versionId
          ? { version: formatVersion({ resourceType: item.resourceType, id, versionId }) }
          : {}),
        ...(resource ? { resource } : {}),
      };
    }
    if (status === 412) return { kind: 'conflict' };
    if (status === 409)
      return item.request.request.ifMatch ? { kind: 'conflict' } : { kind: 'retry', reason: what };
    if (status === 401)
      throw new TransportError('auth', `The batch entry failed with HTTP ${status}.`, { status });
    if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: what };
    return { kind: 'rejected', reason: `${what} (${describeOutcome(response.response.outcome)})` };
  }

  /** The server's current record of each mutable entry, by identifier (one bundle of searches). */
  async function fetchServerRecords(
    items: readonly Planned[],
    type: 'batch' | 'transaction',
    signal: AbortSignal,
  ): Promise<Map<string, ServerRecord>> {
    const found = new Map<string, ServerRecord>();
    if (items.length === 0) return found;
    const response = await postBundle(
      items.map((item) => ({
        request: { method: 'GET', url: `${item.resourceType}?${identifierSearch(item.identifier)}` },
      })),
      type,
      signal,
    );
    for (const [index, item] of items.entries()) {
      const bundle = safeParse(SearchsetSchema, response.entry?.[index]?.resource, 'search result');
      const resource = bundle.ok ? bundle.value.entry?.[0]?.resource : undefined;
      const read = resource ? readResource(resource, readContext()) : undefined;
      if (read?.kind !== 'record' || read.collection !== item.entry.collection || !resource) continue;
      const version = versionOf(resource);
      found.set(item.entry.id, { record: { ...read.record }, ...(version === undefined ? {} : { version }) });
    }
    return found;
  }

  /**
   * Sends one chunk and answers each request. A `transaction` that fails as a whole (one bad or
   * conflicting record) is sent again one record per transaction, so the others still go.
   */
  async function send(
    chunk: readonly Planned[],
    type: 'batch' | 'transaction',
    signal: AbortSignal,
  ): Promise<{ item: Planned; result: ResourceResult }[]> {
    if (type === 'batch') {
      const response = await postBundle(
        chunk.map((item) => item.request),
        type,
        signal,
      );
      return chunk.map((item, index) => ({ item, result: resultOf(item, response.entry![index]!) }));
    }
    try {
      const response = await postBundle(
        chunk.map((item) => item.request),
        type,
        signal,
      );
      return chunk.map((item, index) => ({ item, result: resultOf(item, response.entry![index]!) }));
    } catch (error) {
      if (!(error instanceof TransportError) || error.failure !== 'rejected') throw error;
      const entries = [...new Set(chunk.map((item) => item.entry))];
      if (entries.length > 1) {
        const results: { item: Planned; result: ResourceResult }[] = [];
        for (const entry of entries)
          results.push(
            ...(await send(
              chunk.filter((item) => item.entry === entry),
              type,
              signal,
            )),
          );
        return results;
      }
      const result: ResourceResult =
        error.status === 412 || error.status === 409
          ? { kind: 'conflict' }
          : { kind: 'rejected', reason: `transaction: HTTP ${error.status ?? 'error'}` };
      return chunk.map((item) => ({
        item,
        result: item.role === 'primary' ? result : { kind: 'rejected', reason: 'transaction failed' },
      }));
    }
  }

  async function push(
    entries: readonly PushEntry[],
    callOptions: TransportCallOptions,
  ): Promise<PushOutcome[]> {
    const { signal } = callOptions;
    const versions = versionsFor(callOptions);
    const outcomes: PushOutcome[] = [];
    const context = await prefetch(entries, versions);
    const planned: Planned[][] = [];
    for (const entry of entries) {
      const result = await plan(entry, context, versions);
      if ('outcome' in result) outcomes.push(result.outcome);
      else planned.push(result.planned);
    }
    if (planned.length === 0) return outcomes;
    const type = await pushBundleType(signal);
    const size = type === 'batch' ? batchSize : transactionSize;

    // Chunks of at most `size` requests; an entry's resources stay in one Bundle.
    const chunks: Planned[][] = [];
    let current: Planned[] = [];
    for (const group of planned) {
      if (current.length > 0 && current.length + group.length > size) {
        chunks.push(current);
        current = [];
      }
      current.push(...group);
    }
    if (current.length > 0) chunks.push(current);

    for (const chunk of chunks) {
      const results = new Map<PushEntry, { item: Planned; result: ResourceResult }[]>();
      for (const each of await send(chunk, type, signal)) {
        const list = results.get(each.item.entry) ?? [];
        list.push(each);
        results.set(each.item.entry, list);
      }

      // Mutable records: a 412, or a conditional create that found an existing resource,
      // needs the server's record (to hand back, or to compare with ours).
      const toFetch: Planned[] = [];
      for (const [entry, list] of results) {
        const primary = list.find((each) => each.item.role === 'primary');
        if (!primary || !MUTABLE.includes(entry.collection)) continue;
        const { result } = primary;
        if (result.kind === 'conflict' || (result.kind === 'ok' && !result.created))
          toFetch.push(primary.item);
      }
      const server = await fetchServerRecords(toFetch, type, signal);

      const learned: { collection: SyncedCollection; id: string; version: string }[] = [];
      for (const [entry, list] of results) outcomes.push(combine(entry, list, server.get(entry.id), learned));
      await remember(versions, learned);
    }
    return outcomes;
  }

  function combine(
    entry: PushEntry,
    list: readonly { item: Planned; result: ResourceResult }[],
    server: ServerRecord | undefined,
    learned: { collection: SyncedCollection; id: string; version: string }[],
  ): PushOutcome {
    const counted = list.filter((each) => each.item.role !== 'migration');
    const rejection = counted.find((each) => each.result.kind === 'rejected');
    if (rejection?.result.kind === 'rejected') return rejected(entry, rejection.result.reason);
    const retry = counted.find((each) => each.result.kind === 'retry');
    if (retry?.result.kind === 'retry') return { id: entry.id, status: 'retry', reason: retry.result.reason };
    const primary = counted.find((each) => each.item.role === 'primary')?.result;
    const mutable = MUTABLE.includes(entry.collection);
    const keep = (version: string | undefined) => {
      if (version !== undefined && REFERENCED.includes(entry.collection))
        learned.push({ collection: entry.collection, id: entry.id, version });
    };
    if (mutable) keep(server?.version);

    if (primary?.kind === 'conflict') {
      return { id: entry.id, status: 'conflict', ...(server ? { serverRecord: server.record } : {}) };
    }
    if (primary?.kind !== 'ok') return { id: entry.id, status: 'retry', reason: 'no outcome' };
    if (mutable && !primary.created) {
      // The record already existed and its version was unknown here: the same as ours is a
      // retried create (stored); anything else is someone else's edit, and the server wins.
      if (server && !sameRecord(server.record, entry.record)) {
        return { id: entry.id, status: 'conflict', serverRecord: server.record };
      }
    }
    keep(primary.version);
    return {
      id: entry.id,
      status: 'stored',
      ...(primary.version === undefined ? {} : { version: primary.version }),
    };
  }

  // ---- pull -----------------------------------------------------------------------------

  interface StreamSpec {
    readonly key: string;
    readonly type: string;
    /** Search parameters besides `_lastUpdated`, `_sort` and `_count`. */
    readonly params: Readonly<Record<string, string>>;
  }

  const patient = options.subject?.patient;
  const practitioner = options.subject?.practitioner;
  const ACK_CODE = `${ACKNOWLEDGEMENT_CODE.system}|${ACKNOWLEDGEMENT_CODE.code}`;
  /** Only Interlude's kind of Observation: a patient's vital signs and labs are not pulled at all. */
  const SURVEY = 'http://terminology.hl7.org/CodeSystem/observation-category|survey';
  const CASELOAD_TYPES: readonly {
    key: string;
    type: string;
    param: string;
    extra?: Record<string, string>;
  }[] = [
    { key: 'QuestionnaireResponse', type: 'QuestionnaireResponse', param: 'subject' },
    { key: 'Observation', type: 'Observation', param: 'subject', extra: { category: SURVEY } },
    { key: 'DetectedIssue', type: 'DetectedIssue', param: 'patient' },
    // Acknowledgements carry their patient (Task.for): only the caseload's are pulled.
    { key: 'Task:acknowledgement', type: 'Task', param: 'subject', extra: { code: ACK_CODE } },
  ];
  /** Patients per caseload search: keeps the `subject=a,b,…` URL well under common limits. */
  const GROUP_SIZE = 40;

  const ownStreams: readonly StreamSpec[] = patient
    ? [
        { key: 'ServiceRequest', type: 'ServiceRequest', params: { subject: patient } },
        // Assignments written before 0.1 (Tasks).
        { key: 'Task', type: 'Task', params: { subject: patient } },
        { key: 'Questionnaire', type: 'Questionnaire', params: {} },
        { key: 'QuestionnaireResponse', type: 'QuestionnaireResponse', params: { subject: patient } },
        { key: 'Observation', type: 'Observation', params: { subject: patient, category: SURVEY } },
      ]
    : practitioner
      ? [
          { key: 'ServiceRequest', type: 'ServiceRequest', params: { requester: practitioner } },
          { key: 'Task', type: 'Task', params: { requester: practitioner } },
          { key: 'Questionnaire', type: 'Questionnaire', params: {} },
        ]
      : [
          'ServiceRequest',
          'Task',
          'Questionnaire',
          'QuestionnaireResponse',
          'Observation',
          'DetectedIssue',
          'Basic',
        ].map((type): StreamSpec => ({
          key: type,
          type,
          params: type === 'Observation' ? { category: SURVEY } : {},
        }));

  function groupStreams(group: CaseloadGroup): StreamSpec[] {
    return CASELOAD_TYPES.map(({ key, type, param, extra }) => ({
      key,
      type,
      params: { [param]: group.patients.join(','), ...extra },
    }));
  }

  function firstPageUrl(spec: StreamSpec, state: StreamState): string {
    const params = new URLSearchParams(spec.params);
    if (state.since !== undefined) params.set('_lastUpdated', `ge${state.since}`);
    params.set('_sort', '_lastUpdated');
    params.set('_count', String(pageSize));
    return `${base}/${spec.type}?${params}`;
  }

  /** Questionnaires seen in pulls (by canonical with and without version, and by `Questionnaire/<id>`), for reading foreign responses. */
  const questionnaires = new Map<string, AnyResource>();
  function rememberQuestionnaire(resource: AnyResource): void {
    const url = (resource as { url?: unknown }).url;
    const version = (resource as { version?: unknown }).version;
    if (typeof url === 'string') {
      questionnaires.set(url, resource);
      if (typeof version === 'string') questionnaires.set(`${url}|${version}`, resource);
    }
    if (resource.id) questionnaires.set(`Questionnaire/${resource.id}`, resource);
  }

  function readContext(): ReadContext {
    return {
      source: base,
      ...(options.instruments ? { instruments: options.instruments } : {}),
      questionnaire: (canonical) =>
        questionnaires.get(canonical) ?? questionnaires.get(canonical.split('|')[0] ?? ''),
    };
  }

  /** Fetches the Questionnaires foreign responses on a page answer, when not seen yet (one search each). */
  async function fetchQuestionnaires(resources: readonly AnyResource[], signal: AbortSignal): Promise<void> {
    for (const resource of resources) {
      if (resource.resourceType !== 'QuestionnaireResponse') continue;
      const identifier = (resource as { identifier?: { system?: unknown } }).identifier;
      const canonical = (resource as { questionnaire?: unknown }).questionnaire;
      if (identifier?.system === IDENTIFIER_SYSTEMS.submission || typeof canonical !== 'string') continue;
      if (readContext().questionnaire(canonical) !== undefined) continue;
      const literal = /^Questionnaire\/[A-Za-z0-9\-.]{1,64}$/.test(canonical);
      const [url, version] = canonical.split('|');
      const query = literal
        ? `_id=${encodeURIComponent(canonical.slice('Questionnaire/'.length))}`
        : `url=${encodeURIComponent(url ?? '')}${version ? `&version=${encodeURIComponent(version)}` : ''}`;
      if (!literal && !parseQuestionnaireCanonical(canonical) && !/^https?:/.test(canonical)) continue;
      let body: unknown;
      try {
        body = await call('search', `${base}/Questionnaire?${query}`, { method: 'GET' }, signal);
      } catch (error) {
        // A server that refuses this search (4xx) leaves the response unread and reported; the pull goes on.
        if (error instanceof TransportError && error.failure === 'rejected') continue;
        throw error;
      }
      const bundle = validateResponse(SearchsetSchema, body, 'search');
      const found = bundle.entry?.find((entry) => entry.resource?.resourceType === 'Questionnaire')?.resource;
      if (found) {
        rememberQuestionnaire(found);
        questionnaires.set(canonical, found);
      }
    }
  }

  /** One page of one stream: its changes, what it could not apply, the patients it names, and its new state. */
  async function pullPage(
    spec: StreamSpec,
    state: StreamState,
    versions: VersionStore,
    signal: AbortSignal,
  ): Promise<{ changes: PulledChange[]; reports: PullReport[]; patients: string[]; state: StreamState }> {
    const url =
      state.next !== undefined ? new URL(state.next, `${base}/`).toString() : firstPageUrl(spec, state);
    const body = await call('search', url, { method: 'GET' }, signal);
    const bundle = validateResponse(SearchsetSchema, body, 'search');
    const resources = (bundle.entry ?? [])
      .filter((entry) => entry.search?.mode === undefined || entry.search.mode === 'match')
      .flatMap((entry) => (entry.resource?.resourceType === spec.type ? [entry.resource] : []));
    const { fresh, state: advanced } = advanceStream(state, resources);
    for (const resource of fresh)
      if (resource.resourceType === 'Questionnaire') rememberQuestionnaire(resource);
    await fetchQuestionnaires(fresh, signal);
    const changes: PulledChange[] = [];
    const reports: PullReport[] = [];
    const patients: string[] = [];
    const learned: { collection: SyncedCollection; id: string; version: string }[] = [];
    for (const resource of fresh) {
      const item = `${resource.resourceType}/${resource.id ?? '?'}`;
      const read = readResource(resource, readContext());
      const forRef = resource as { for?: { reference?: unknown }; subject?: { reference?: unknown } };
      const about = resource.resourceType === 'Task' ? forRef.for?.reference : forRef.subject?.reference;
      if (read.kind === 'skipped') {
        // Interlude's own derived resources are read through the record they derive from.
        if (read.skipped.reason !== 'derived')
          reports.push({ item, kind: 'skipped', reason: `${read.skipped.reason}: ${read.skipped.detail}` });
        continue;
      }
      if (read.kind === 'deleted') {
        changes.push({ collection: read.collection, id: read.id, deleted: true });
        continue;
      }
      // A client does not keep clinicians' acknowledgements of its flags (its Task search finds them).
      if (patient && read.collection === 'acknowledgements') continue;
      if (
        read.collection === 'assignments' &&
        resource.resourceType === 'Task' &&
        (await supersededHere(read, versions))
      ) {
        reports.push({
          item,
          kind: 'skipped',
          reason: 'superseded: this assignment is a ServiceRequest now',
        });
        continue;
      }
      const version = versionOf(resource);
      changes.push({
        collection: read.collection,
        record: read.record,
        ...(version === undefined ? {} : { version }),
      });
      if (read.unsupported.length > 0) {
        reports.push({
          item,
          kind: 'partial',
          reason: `${read.unsupported.length} left out: ${read.unsupported
            .slice(0, 5)
            .map((each) => `${each.linkId} (${each.reason})`)
            .join('; ')}`,
        });
      }
      if (read.collection === 'assignments' && typeof about === 'string' && about.startsWith('Patient/'))
        patients.push(about);
      if (version !== undefined && REFERENCED.includes(read.collection))
        learned.push({ collection: read.collection, id: read.record.id, version });
    }
    await remember(versions, learned);
    const next = nextLink(bundle);
    const { next: _previous, done: _done, ...rest } = advanced;
    return {
      changes,
      reports,
      patients,
      state: next !== undefined && resources.length > 0 ? { ...rest, next } : { ...rest, done: true },
    };
  }

  /** A legacy Task of an assignment this device already knows as a ServiceRequest. */
  async function supersededHere(
    read: Extract<ResourceReadResult, { kind: 'record' }>,
    versions: VersionStore,
  ): Promise<boolean> {
    return parseVersion(await versions.get('assignments', read.record.id))?.resourceType === 'ServiceRequest';
  }

  async function pull(
    cursor: string | null,
    callOptions: TransportCallOptions,
  ): Promise<{ changes: PulledChange[]; cursor: string; hasMore: boolean; reports: PullReport[] }> {
    const { signal } = callOptions;
    const versions = versionsFor(callOptions);
    let state: CursorState = decodeCursor(cursor, scope);
    // A round ends when every stream reached its last page; the next pull starts a new one.
    if (roundComplete(state)) state = startRound(mergeGroups(state));
    const changes: PulledChange[] = [];
    const reports: PullReport[] = [];
    const streams = { ...state.streams };
    const discovered = new Set<string>();
    for (const spec of ownStreams) {
      const current = streams[spec.key] ?? {};
      if (current.done) continue;
      const page = await pullPage(spec, current, versions, signal);
      streams[spec.key] = page.state;
      changes.push(...page.changes);
      reports.push(...page.reports);
      if (practitioner) for (const each of page.patients) discovered.add(each);
    }
    const known = new Set(state.caseload.flatMap((group) => group.patients));
    const fresh = [...discovered].filter((each) => !known.has(each)).sort();
    const caseload: CaseloadGroup[] = [...state.caseload];
    for (let start = 0; start < fresh.length; start += GROUP_SIZE) {
      caseload.push({ patients: fresh.slice(start, start + GROUP_SIZE), streams: {} });
    }
    for (const [index, group] of caseload.entries()) {
      const groupState = { ...group.streams };
      for (const spec of groupStreams(group)) {
        const current = groupState[spec.key] ?? {};
        if (current.done) continue;
        const page = await pullPage(spec, current, versions, signal);
        groupState[spec.key] = page.state;
        changes.push(...page.changes);
        reports.push(...page.reports);
      }
      caseload[index] = { ...group, streams: groupState };
    }
    const next: CursorState = { ...state, streams, caseload };
    return { changes, cursor: encodeCursor(next), hasMore: !roundComplete(next), reports };
  }

  function roundComplete(state: CursorState): boolean {
    const own = ownStreams.every((spec) => state.streams[spec.key]?.done === true);
    const groups = state.caseload.every((group) =>
      CASELOAD_TYPES.every(({ key }) => group.streams[key]?.done === true),
    );
    return own && groups;
  }

  function startRound(state: CursorState): CursorState {
    const reset = (streams: Record<string, StreamState>): Record<string, StreamState> =>
      Object.fromEntries(
        Object.entries(streams).map(([key, { done: _done, next: _next, ...rest }]) => [key, rest]),
      );
    return {
      ...state,
      streams: reset(state.streams),
      caseload: state.caseload.map((group) => ({ ...group, streams: reset(group.streams) })),
    };
  }

  /**
   * Patients found in later rounds get groups of their own, which would fragment the caseload
   * into many small searches. Between rounds, small groups merge; the merged streams restart
   * at the earliest `since` of the two, re-pulling a little, which pulled changes tolerate.
   */
  function mergeGroups(state: CursorState): CursorState {
    const merged: CaseloadGroup[] = [];
    for (const group of state.caseload) {
      const last = merged[merged.length - 1];
      if (last && last.patients.length + group.patients.length <= GROUP_SIZE) {
        const streams: Record<string, StreamState> = {};
        for (const { key } of CASELOAD_TYPES) {
          const a = last.streams[key]?.since;
          const b = group.streams[key]?.since;
          const since = a === undefined || b === undefined ? undefined : a < b ? a : b;
          streams[key] = since === undefined ? {} : { since, done: true };
        }
        merged[merged.length - 1] = { patients: [...last.patients, ...group.patients].sort(), streams };
      } else {
        merged.push(group);
      }
    }
    return { ...state, caseload: merged };
  }

  return {
    push: (entries, callOptions) => push(entries, callOptions),
    pull: (cursor, callOptions) => pull(cursor, callOptions),
  };
}

/** The transport's version string of a resource from a server, if it has an id and a version. */
function versionOf(resource: AnyResource): string | undefined {
  const versionId = resource.meta?.versionId;
  return resource.id && versionId
    ? formatVersion({ resourceType: resource.resourceType, id: resource.id, versionId })
    : undefined;
}

function rejected(entry: PushEntry, reason: string): PushOutcome {
  return { id: entry.id, status: 'rejected', reason };
}

function paths(issues: readonly ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => formatPath(issue.path))
    .join(', ');
}

function idFromLocation(location: string | undefined, resourceType: string): string | undefined {
  const match = location
    ? new RegExp(`(?:^|/)${resourceType}/([A-Za-z0-9\\-.]{1,64})(?:/|$)`).exec(location)
    : null;
  return match?.[1];
}

/** Deep equality of two JSON records, ignoring key order. */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, each]) => each !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, each]) => `${JSON.stringify(key)}:${canonical(each)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
