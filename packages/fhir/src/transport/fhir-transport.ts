/**
 * A {@link Transport} for any FHIR R4 server: the store's outbox goes up as `batch` Bundles of
 * conditional creates and versioned updates, and server changes come back through
 * incremental `_lastUpdated` searches that follow the server's `next` links.
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
  type Submission,
  type ValidationIssue,
} from '@interlude/core';
import {
  InvalidResponseError,
  TransportError,
  jsonRequester,
  validateResponse,
  type PulledChange,
  type PushEntry,
  type PushOutcome,
  type SyncedCollection,
  type Transport,
} from '@interlude/store';
import type { MappingOptions } from '../mapping/common.js';
import { identifierOf, recordToResources, resourceToRecord, type RecordContext } from '../mapping/records.js';
import type { ActivityDefinition } from '../mapping/submission.js';
import {
  BatchResponseSchema,
  SearchsetSchema,
  batchBundle,
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
import { formatVersion, memoryVersionStore, parseVersion, type VersionStore } from './versions.js';

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
  /** `_count` of every search page. Default 100. */
  readonly pageSize?: number;
  /** A request that takes longer fails with `timeout`. Default 30 000. */
  readonly timeoutMs?: number;
  /**
   * Whose data to pull. `patient` (a client: their Tasks, Questionnaires, their own responses
   * and scores), `practitioner` (a clinician: the Tasks they requested, Questionnaires, and the
   * responses, scores, detected issues and acknowledgements of the patients in those Tasks).
   * Ids are FHIR logical ids (`Patient/<id>`). Neither: everything Interlude reads, unfiltered
   * (a service account).
   */
  readonly subject?: { readonly patient?: string; readonly practitioner?: string };
  /**
   * The definition a submission answered, to code its answers and add check-in rating
   * Observations. Typically read from the store: `(ref) => repository.definitions.get(definitionKey(ref))`.
   */
  readonly definitions?: (
    ref: ActivityRef,
  ) => ActivityDefinition | undefined | Promise<ActivityDefinition | undefined>;
  /** The submission of a score, when it is not in the same push (a score's Observation needs it). */
  readonly submissions?: (id: string) => Submission | undefined | Promise<Submission | undefined>;
  /** Last seen server versions of mutable records. Default: in memory ({@link memoryVersionStore}). */
  readonly versions?: VersionStore;
  /** Passed to the mapping (e.g. `canonicalBase` of Questionnaire canonicals). */
  readonly mapping?: MappingOptions;
}

/** Collections whose records change after creation: updated with `If-Match`, not only created. */
const MUTABLE: readonly SyncedCollection[] = ['assignments', 'flags'];

/** One HTTP request of one resource of one entry. */
interface Planned {
  readonly entry: PushEntry;
  readonly request: BatchEntry;
  readonly resourceType: string;
  readonly identifier: { readonly system: string; readonly value: string };
  /** The record's own resource (the one read back), not a derived one. */
  readonly primary: boolean;
}

type ResourceResult =
  | { kind: 'ok'; version?: string; created: boolean; resource?: AnyResource }
  | { kind: 'conflict' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'retry'; reason: string };

/**
 * A {@link Transport} for a FHIR R4 server (HAPI, Medplum, Google Cloud Healthcare, Azure
 * Health Data Services, AWS HealthLake, ...). The server must support `batch` Bundles,
 * conditional create (`If-None-Exist`), `If-Match` on update, `_lastUpdated` search with
 * `_sort` and `next` paging links. Every response is validated; a malformed one becomes an
 * {@link InvalidResponseError} with paths, never record content.
 *
 * @example
 * ```ts
 * import { createSyncEngine } from '@interlude/store';
 * import { fhirTransport } from '@interlude/fhir';
 *
 * const transport = fhirTransport({
 *   baseUrl: 'https://fhir.example.org/R4',
 *   auth: async () => (await smartClient.getAccessToken()) ?? undefined,
 *   subject: { practitioner: 'Practitioner/t-1' },
 *   definitions: async (ref) => (await repository.definitions.get(definitionKey(ref)))?.definition,
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
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 100));
  const versions = options.versions ?? memoryVersionStore();
  const scope = JSON.stringify({
    base,
    patient: options.subject?.patient ?? null,
    practitioner: options.subject?.practitioner ?? null,
  });

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

  async function postBatch(entries: readonly BatchEntry[], signal: AbortSignal): Promise<BatchResponse> {
    const body = await call(
      'batch',
      base,
      { method: 'POST', body: JSON.stringify(batchBundle(entries)) },
      signal,
    );
    const response = validateResponse(BatchResponseSchema, body, 'batch');
    // FHIR: the response has exactly one entry per request entry, in the same order.
    if ((response.entry?.length ?? 0) !== entries.length) {
      throw new InvalidResponseError(
        'batch',
        'Invalid batch response: entry count differs from the request.',
        {
          issues: [{ path: ['entry'], code: 'custom', message: `must have ${entries.length} entries` }],
        },
      );
    }
    return response;
  }

  // ---- push -----------------------------------------------------------------------------

  /** Synchronous lookups for the mapping, filled for one push from the async options. */
  async function prefetch(entries: readonly PushEntry[]): Promise<RecordContext> {
    const definitions = new Map<string, ActivityDefinition | undefined>();
    const submissions = new Map<string, Submission | undefined>();
    const key = (ref: ActivityRef): string => `${ref.kind}:${ref.id}@${ref.version}`;
    for (const entry of entries) {
      if (entry.collection === 'submissions')
        submissions.set(entry.id, entry.record as unknown as Submission);
    }
    for (const entry of entries) {
      if (entry.collection !== 'scores') continue;
      const submissionId = (entry.record as { submissionId?: unknown }).submissionId;
      if (typeof submissionId === 'string' && !submissions.has(submissionId) && options.submissions) {
        submissions.set(submissionId, await options.submissions(submissionId));
      }
    }
    if (options.definitions) {
      const refs: ActivityRef[] = [];
      for (const submission of submissions.values()) if (submission) refs.push(submission.activity);
      for (const entry of entries) {
        const measure = (entry.record as { measure?: { id?: unknown; version?: unknown } }).measure;
        if (
          entry.collection === 'scores' &&
          typeof measure?.id === 'string' &&
          typeof measure.version === 'string'
        ) {
          refs.push({ kind: 'measure', id: measure.id, version: measure.version });
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
    };
  }

  async function plan(
    entry: PushEntry,
    context: RecordContext,
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
    for (const [index, resource] of resources.entries()) {
      const identifier = identifierOf(resource);
      if (!identifier)
        return { outcome: rejected(entry, `a ${resource.resourceType} has no Interlude identifier`) };
      const primary = index === 0;
      const known = primary && MUTABLE.includes(entry.collection) ? await knownVersion(entry) : undefined;
      const request: BatchEntry =
        known && known.resourceType === resource.resourceType
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
      planned.push({ entry, request, resourceType: resource.resourceType, identifier, primary });
    }
    return { planned };
  }

  async function knownVersion(entry: PushEntry): Promise<ReturnType<typeof parseVersion>> {
    return parseVersion(entry.baseVersion) ?? parseVersion(await versions.get(entry.collection, entry.id));
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

  /** The server's current record of each mutable entry, by identifier (one batch of searches). */
  async function fetchServerRecords(
    items: readonly Planned[],
    signal: AbortSignal,
  ): Promise<Map<string, { record: Record<string, unknown> & { id: string }; version?: string }>> {
    const found = new Map<string, { record: Record<string, unknown> & { id: string }; version?: string }>();
    if (items.length === 0) return found;
    const response = await postBatch(
      items.map((item) => ({
        request: { method: 'GET', url: `${item.resourceType}?${identifierSearch(item.identifier)}` },
      })),
      signal,
    );
    for (const [index, item] of items.entries()) {
      const bundle = safeParse(SearchsetSchema, response.entry?.[index]?.resource, 'search result');
      const resource = bundle.ok ? bundle.value.entry?.[0]?.resource : undefined;
      const mapped = resource ? readRecord(resource) : undefined;
      if (!mapped || mapped.change.collection !== item.entry.collection) continue;
      found.set(item.entry.id, {
        record: { ...mapped.change.record },
        ...(mapped.change.version === undefined ? {} : { version: mapped.change.version }),
      });
    }
    return found;
  }

  async function push(entries: readonly PushEntry[], signal: AbortSignal): Promise<PushOutcome[]> {
    const outcomes: PushOutcome[] = [];
    const context = await prefetch(entries);
    const planned: Planned[][] = [];
    for (const entry of entries) {
      const result = await plan(entry, context);
      if ('outcome' in result) outcomes.push(result.outcome);
      else planned.push(result.planned);
    }

    // Chunks of at most `batchSize` requests; an entry's resources stay in one Bundle.
    const chunks: Planned[][] = [];
    let current: Planned[] = [];
    for (const group of planned) {
      if (current.length > 0 && current.length + group.length > batchSize) {
        chunks.push(current);
        current = [];
      }
      current.push(...group);
    }
    if (current.length > 0) chunks.push(current);

    for (const chunk of chunks) {
      const response = await postBatch(
        chunk.map((item) => item.request),
        signal,
      );
      const results = new Map<PushEntry, { item: Planned; result: ResourceResult }[]>();
      chunk.forEach((item, index) => {
        const list = results.get(item.entry) ?? [];
        list.push({ item, result: resultOf(item, response.entry![index]!) });
        results.set(item.entry, list);
      });

      // Mutable records: a 412, or a conditional create that found an existing resource,
      // needs the server's record (to hand back, or to compare with ours).
      const toFetch: Planned[] = [];
      for (const [entry, list] of results) {
        const primary = list.find((each) => each.item.primary);
        if (!primary || !MUTABLE.includes(entry.collection)) continue;
        const { result } = primary;
        if (result.kind === 'conflict' || (result.kind === 'ok' && !result.created))
          toFetch.push(primary.item);
      }
      const server = await fetchServerRecords(toFetch, signal);

      for (const [entry, list] of results) {
        outcomes.push(await combine(entry, list, server.get(entry.id)));
      }
    }
    return outcomes;
  }

  async function combine(
    entry: PushEntry,
    list: readonly { item: Planned; result: ResourceResult }[],
    server: { record: Record<string, unknown> & { id: string }; version?: string } | undefined,
  ): Promise<PushOutcome> {
    const rejection = list.find((each) => each.result.kind === 'rejected');
    if (rejection?.result.kind === 'rejected') return rejected(entry, rejection.result.reason);
    const retry = list.find((each) => each.result.kind === 'retry');
    if (retry?.result.kind === 'retry') return { id: entry.id, status: 'retry', reason: retry.result.reason };
    const primary = list.find((each) => each.item.primary)?.result;
    const mutable = MUTABLE.includes(entry.collection);
    if (server?.version !== undefined && mutable)
      await versions.set(entry.collection, entry.id, server.version);

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
    if (primary.version !== undefined && mutable)
      await versions.set(entry.collection, entry.id, primary.version);
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
  const CASELOAD_TYPES: readonly { type: string; param: string }[] = [
    { type: 'QuestionnaireResponse', param: 'subject' },
    { type: 'Observation', param: 'subject' },
    { type: 'DetectedIssue', param: 'patient' },
  ];
  /** Patients per caseload search: keeps the `subject=a,b,…` URL well under common limits. */
  const GROUP_SIZE = 40;

  const ownStreams: readonly StreamSpec[] = patient
    ? [
        { key: 'Task', type: 'Task', params: { subject: patient } },
        { key: 'Questionnaire', type: 'Questionnaire', params: {} },
        { key: 'QuestionnaireResponse', type: 'QuestionnaireResponse', params: { subject: patient } },
        { key: 'Observation', type: 'Observation', params: { subject: patient } },
      ]
    : practitioner
      ? [
          { key: 'Task', type: 'Task', params: { requester: practitioner } },
          { key: 'Questionnaire', type: 'Questionnaire', params: {} },
          // Acknowledgements carry no patient; they are few and hold no clinical content.
          { key: 'Basic', type: 'Basic', params: {} },
        ]
      : ['Task', 'Questionnaire', 'QuestionnaireResponse', 'Observation', 'DetectedIssue', 'Basic'].map(
          (type) => ({
            key: type,
            type,
            params: {},
          }),
        );

  function groupStreams(group: CaseloadGroup): StreamSpec[] {
    return CASELOAD_TYPES.map(({ type, param }) => ({
      key: type,
      type,
      params: { [param]: group.patients.join(',') },
    }));
  }

  function firstPageUrl(spec: StreamSpec, state: StreamState): string {
    const params = new URLSearchParams(spec.params);
    if (state.since !== undefined) params.set('_lastUpdated', `ge${state.since}`);
    params.set('_sort', '_lastUpdated');
    params.set('_count', String(pageSize));
    return `${base}/${spec.type}?${params}`;
  }

  /** One page of one stream: its changes, the patients it names, and its new state. */
  async function pullPage(
    spec: StreamSpec,
    state: StreamState,
    signal: AbortSignal,
  ): Promise<{ changes: PulledChange[]; patients: string[]; state: StreamState }> {
    const url =
      state.next !== undefined ? new URL(state.next, `${base}/`).toString() : firstPageUrl(spec, state);
    const body = await call('search', url, { method: 'GET' }, signal);
    const bundle = validateResponse(SearchsetSchema, body, 'search');
    const resources = (bundle.entry ?? [])
      .filter((entry) => entry.search?.mode === undefined || entry.search.mode === 'match')
      .flatMap((entry) => (entry.resource?.resourceType === spec.type ? [entry.resource] : []));
    const { fresh, state: advanced } = advanceStream(state, resources);
    const changes: PulledChange[] = [];
    const patients: string[] = [];
    for (const resource of fresh) {
      const read = readRecord(resource);
      if (!read) continue;
      changes.push(read.change);
      if (read.patient) patients.push(read.patient);
      if (MUTABLE.includes(read.change.collection) && read.change.version !== undefined) {
        await versions.set(read.change.collection, read.change.record.id, read.change.version);
      }
    }
    const next = nextLink(bundle);
    const { next: _previous, done: _done, ...rest } = advanced;
    return {
      changes,
      patients,
      state: next !== undefined && resources.length > 0 ? { ...rest, next } : { ...rest, done: true },
    };
  }

  async function pull(
    cursor: string | null,
    signal: AbortSignal,
  ): Promise<{ changes: PulledChange[]; cursor: string; hasMore: boolean }> {
    let state: CursorState = decodeCursor(cursor, scope);
    // A round ends when every stream reached its last page; the next pull starts a new one.
    if (roundComplete(state)) state = startRound(mergeGroups(state));
    const changes: PulledChange[] = [];
    const streams = { ...state.streams };
    const discovered = new Set<string>();
    for (const spec of ownStreams) {
      const current = streams[spec.key] ?? {};
      if (current.done) continue;
      const page = await pullPage(spec, current, signal);
      streams[spec.key] = page.state;
      changes.push(...page.changes);
      if (spec.type === 'Task' && practitioner) for (const each of page.patients) discovered.add(each);
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
        const page = await pullPage(spec, current, signal);
        groupState[spec.key] = page.state;
        changes.push(...page.changes);
      }
      caseload[index] = { ...group, streams: groupState };
    }
    const next: CursorState = { ...state, streams, caseload };
    return { changes, cursor: encodeCursor(next), hasMore: !roundComplete(next) };
  }

  function roundComplete(state: CursorState): boolean {
    const own = ownStreams.every((spec) => state.streams[spec.key]?.done === true);
    const groups = state.caseload.every((group) =>
      CASELOAD_TYPES.every(({ type }) => group.streams[type]?.done === true),
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
        for (const { type } of CASELOAD_TYPES) {
          const a = last.streams[type]?.since;
          const b = group.streams[type]?.since;
          const since = a === undefined || b === undefined ? undefined : a < b ? a : b;
          streams[type] = since === undefined ? {} : { since, done: true };
        }
        merged[merged.length - 1] = { patients: [...last.patients, ...group.patients].sort(), streams };
      } else {
        merged.push(group);
      }
    }
    return { ...state, caseload: merged };
  }

  return {
    push: (entries, { signal }) => push(entries, signal),
    pull: (cursor, { signal }) => pull(cursor, signal),
  };
}

/** A pulled change that carries a record (FHIR searches never report deletions). */
type RecordChange = Extract<PulledChange, { readonly record: unknown }>;

/** A pulled resource as a store change, plus the patient it is about (to grow a caseload). */
function readRecord(resource: AnyResource): { change: RecordChange; patient?: string } | undefined {
  let mapped;
  try {
    mapped = resourceToRecord(resource);
  } catch (error) {
    // A resource Interlude cannot read (hand-edited on the server, a newer format) is skipped,
    // not fatal: one bad resource must not stop every other change from arriving.
    if (error instanceof ValidationError) return undefined;
    throw error;
  }
  if (!mapped) return undefined;
  const versionId = resource.meta?.versionId;
  const version =
    resource.id && versionId
      ? formatVersion({ resourceType: resource.resourceType, id: resource.id, versionId })
      : undefined;
  const forRef = (resource as { for?: { reference?: unknown } }).for?.reference;
  return {
    change: {
      collection: mapped.collection,
      record: mapped.record,
      ...(version === undefined ? {} : { version }),
    },
    ...(resource.resourceType === 'Task' && typeof forRef === 'string' && forRef.startsWith('Patient/')
      ? { patient: forRef }
      : {}),
  };
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
