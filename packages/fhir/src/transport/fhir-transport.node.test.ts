// The FHIR transport against a real FHIR server process on loopback: Medplum's FhirRouter and
// in-memory repository with R4 validation (packages/fhir/test-server/fhir-server.mjs), started as
// a child process per suite. Runs under Node only (tools/test.mjs), against the built package.
import type { Assignment, Submission } from '@interlude/core';
import { getMeasure, listMeasures } from '@interlude/content';
import {
  IDENTIFIER_SYSTEMS,
  assignmentToTask,
  fhirTransport,
  stableUuid,
  type FhirTransportOptions,
} from '@interlude/fhir';
import {
  TransportError,
  createOutboxEntry,
  createSyncEngine,
  memoryStore,
  metaTransportState,
  outboxPut,
  readOutbox,
  type PullReport,
  type PulledChange,
  type PushEntry,
  type StorageBackend,
  type SyncNotice,
} from '@interlude/store';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const TOKEN = 'fhir-test-token';
const signal = new AbortController().signal;
const phq9 = getMeasure('phq-9')!;
const PHQ9 = { kind: 'measure', id: 'phq-9', version: phq9.version } as const;

interface Server {
  readonly origin: string;
  readonly base: string;
  stop(): Promise<void>;
  stats(): Promise<{ requests: number; resources: Record<string, number>; duplicates: number }>;
  fault(fault: { drop: 'before' | 'after'; skip?: number; count?: number }): Promise<void>;
}

async function startServer(args: readonly string[] = []): Promise<Server> {
  // tools/test.mjs runs from the repository root.
  const script = join(process.cwd(), 'packages/fhir/test-server/fhir-server.mjs');
  const child: ChildProcess = spawn(process.execPath, [script, '--port', '0', '--quiet', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error('the FHIR test server exited before listening');
    }),
  ])) as [string];
  const port = Number(/^listening (\d+)$/.exec(line)?.[1]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}/fhir/R4`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
    async stats() {
      return (await (await fetch(`${origin}/_test/stats`)).json()) as Awaited<ReturnType<Server['stats']>>;
    },
    async fault(fault) {
      await fetch(`${origin}/_test/faults`, { method: 'POST', body: JSON.stringify(fault) });
    },
  };
}

function uuid(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

function assignment(id: string, overrides: Partial<Assignment> = {}): Assignment {
  return {
    id,
    clientId: 'c-1',
    clinicianId: 't-1',
    activity: PHQ9,
    schedule: {
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      repeat: { periodUnit: 'wk', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-23' } },
    },
    status: 'active',
    createdAt: '2026-03-22T18:00:00+01:00',
    ...overrides,
  } as Assignment;
}

function submission(i: number, clientId = 'c-1'): Submission {
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 9; item += 1) answers[`phq9-${item}`] = (i + item) % 4;
  return {
    id: uuid(i),
    assignmentId: 'a-1',
    clientId,
    activity: PHQ9,
    answers,
    startedAt: '2026-03-23T09:00:00+01:00',
    submittedAt: '2026-03-23T09:04:00+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

const entryOf = (collection: PushEntry['collection'], record: { id: string }): PushEntry => ({
  id: record.id,
  collection,
  record: record as PushEntry['record'],
});

async function search(
  server: Server,
  query: string,
): Promise<{ total?: number; entry?: { resource: unknown }[] }> {
  const response = await fetch(`${server.base}/${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return (await response.json()) as { total?: number; entry?: { resource: unknown }[] };
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected the call to fail');
}

async function pullAll(
  transport: ReturnType<typeof fhirTransport>,
  cursor: string | null,
): Promise<{ changes: PulledChange[]; cursor: string; calls: number }> {
  const changes: PulledChange[] = [];
  let calls = 0;
  for (;;) {
    const page = await transport.pull(cursor, { signal });
    calls += 1;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor, calls };
    if (calls > 500) throw new Error('pull does not end');
  }
}

const idsOf = (changes: readonly PulledChange[], collection: string): string[] =>
  changes.flatMap((change) =>
    change.collection === collection && 'record' in change ? [change.record.id] : [],
  );

/** The transport as the tests use it: the test token, PHQ-9 as the known definition. */
function testTransport(server: Server, options: Partial<FhirTransportOptions> = {}) {
  return fhirTransport({
    baseUrl: server.base,
    auth: () => Promise.resolve(TOKEN),
    timeoutMs: 10_000,
    definitions: (ref) => (ref.id === 'phq-9' ? phq9 : undefined),
    ...options,
  });
}

describe('fhirTransport against a real FHIR server', function () {
  let server: Server;
  const transport = (options: Partial<FhirTransportOptions> = {}) => testTransport(server, options);

  before(async () => {
    server = await startServer(['--token', TOKEN]);
  });
  after(async () => {
    await server.stop();
  });

  it('first sync: pushes outbox entries as valid resources, once each', async () => {
    const fhir = transport();
    const entries = [
      entryOf('definitions', { id: `measure:phq-9@${phq9.version}`, definition: phq9 } as { id: string }),
      entryOf('assignments', assignment('a-1')),
      ...[1, 2, 3].map((i) => entryOf('submissions', submission(i))),
    ];
    const outcomes = await fhir.push(entries, { signal });
    expect(outcomes.map((outcome) => [outcome.id, outcome.status])).to.deep.equal(
      entries.map((entry) => [entry.id, 'stored']),
    );
    // The server validated and holds them: one Questionnaire, one ServiceRequest, three responses.
    const stats = await server.stats();
    expect(stats.resources).to.include({ Questionnaire: 1, ServiceRequest: 1, QuestionnaireResponse: 3 });
    expect(stats.duplicates).to.equal(0);
    const found = await search(
      server,
      `QuestionnaireResponse?identifier=${IDENTIFIER_SYSTEMS.submission}|${uuid(2)}`,
    );
    expect(found.entry).to.have.length(1);

    // Pushing the same again is a no-op for the server, and `stored` for the outbox.
    const again = await fhir.push(entries, { signal });
    expect(again.every((outcome) => outcome.status === 'stored')).to.equal(true);
    expect((await server.stats()).resources).to.include({
      Questionnaire: 1,
      ServiceRequest: 1,
      QuestionnaireResponse: 3,
    });
    // What an EHR follows: once the assignment's ServiceRequest is known, a response points at it
    // by literal reference too (beside the identifier).
    await fhir.push([entryOf('submissions', submission(8))], { signal });
    const later = await search(
      server,
      `QuestionnaireResponse?identifier=${IDENTIFIER_SYSTEMS.submission}|${uuid(8)}`,
    );
    const response = later.entry?.[0]?.resource as { basedOn?: { reference?: string }[] };
    const request = await search(server, `ServiceRequest?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-1`);
    expect(response.basedOn?.[0]?.reference).to.equal(
      `ServiceRequest/${(request.entry?.[0]?.resource as { id: string }).id}`,
    );
  });

  it('rejects what the server refuses, per entry, without failing the others', async () => {
    const fhir = transport();
    const bad = { ...submission(50), answers: { 'phq9-1': 1 }, submittedAt: 'not a date' };
    const outcomes = await fhir.push([entryOf('submissions', submission(51)), entryOf('submissions', bad)], {
      signal,
    });
    expect(outcomes.find((outcome) => outcome.id === uuid(51))?.status).to.equal('stored');
    const refused = outcomes.find((outcome) => outcome.id === uuid(50));
    expect(refused?.status).to.equal('rejected');
    // Paths only: never the values that were sent.
    expect(JSON.stringify(refused)).not.to.include('not a date');
  });

  it('incremental sync: pulls only what changed since the cursor, page by page', async () => {
    const clinician = transport({ subject: { practitioner: 'Practitioner/t-1' }, pageSize: 2 });
    const first = await pullAll(clinician, null);
    expect(idsOf(first.changes, 'assignments')).to.deep.equal(['a-1']);
    expect(idsOf(first.changes, 'definitions')).to.deep.equal([`measure:phq-9@${phq9.version}`]);
    // Paging with _count=2: the four submissions of c-1 (caseload found through the Task) took several pages.
    expect(idsOf(first.changes, 'submissions')).to.have.members([1, 2, 3, 8, 51].map(uuid));
    expect(first.calls).to.be.greaterThan(1);

    // Nothing new: nothing pulled.
    const idle = await pullAll(clinician, first.cursor);
    expect(idle.changes).to.deep.equal([]);

    // New work from the client's device: only that comes back.
    await transport().push(
      [4, 5, 6].map((i) => entryOf('submissions', submission(i))),
      { signal },
    );
    const next = await pullAll(clinician, idle.cursor);
    expect(idsOf(next.changes, 'submissions')).to.have.members([4, 5, 6].map(uuid));
    expect(next.changes).to.have.length(3);

    // The client's own view: its Task and its responses, not someone else's.
    await transport().push([entryOf('submissions', submission(7, 'c-2'))], { signal });
    const client = await pullAll(transport({ subject: { patient: 'Patient/c-1' } }), null);
    expect(idsOf(client.changes, 'assignments')).to.deep.equal(['a-1']);
    expect(idsOf(client.changes, 'submissions')).to.not.include(uuid(7));
    expect(idsOf(client.changes, 'submissions')).to.include(uuid(6));
  });

  it('retries after a dropped connection without duplicates', async () => {
    const fhir = transport();
    const entries = [10, 11, 12].map((i) => entryOf('submissions', submission(i)));
    // The server stores the batch, then the connection drops before the answer.
    await server.fault({ drop: 'after' });
    const error = await failure(fhir.push(entries, { signal }));
    expect(error.failure).to.equal('network');
    const retried = await fhir.push(entries, { signal });
    expect(retried.every((outcome) => outcome.status === 'stored')).to.equal(true);
    for (const i of [10, 11, 12]) {
      const found = await search(
        server,
        `QuestionnaireResponse?identifier=${IDENTIFIER_SYSTEMS.submission}|${uuid(i)}`,
      );
      expect(found.entry, `submission ${i}`).to.have.length(1);
    }
    expect((await server.stats()).duplicates).to.equal(0);
  });

  it('turns a concurrent edit into a conflict (412), with the server record', async () => {
    const first = transport({ subject: { practitioner: 'Practitioner/t-1' } });
    const second = transport({ subject: { practitioner: 'Practitioner/t-1' } });
    await first.push([entryOf('assignments', assignment('a-9'))], { signal });
    // Both clinicians' devices have seen version 1.
    await pullAll(first, null);
    await pullAll(second, null);

    const paused = await first.push([entryOf('assignments', assignment('a-9', { status: 'paused' }))], {
      signal,
    });
    expect(paused[0]?.status).to.equal('stored');
    const cancelled = await second.push(
      [entryOf('assignments', assignment('a-9', { status: 'cancelled' }))],
      {
        signal,
      },
    );
    expect(cancelled[0]?.status).to.equal('conflict');
    const outcome = cancelled[0] as { serverRecord?: { status?: string } };
    expect(outcome.serverRecord?.status).to.equal('paused');
    const requests = await search(server, `ServiceRequest?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-9`);
    expect(requests.entry).to.have.length(1);
    expect((requests.entry?.[0]?.resource as { status?: string }).status).to.equal('on-hold');
  });

  it('full engine: createSyncEngine + memoryStore + fhirTransport', async () => {
    const backend = await memoryStore().open({ userId: 'c-3', role: 'client' });
    const now = new Date('2026-03-23T10:00:00Z');
    const ops = [];
    for (const i of [20, 21, 22, 23, 24]) {
      const record = submission(i, 'c-3');
      ops.push({ type: 'put' as const, collection: 'submissions' as const, value: record });
      ops.push(outboxPut(createOutboxEntry({ id: record.id, collection: 'submissions', now })));
    }
    await backend.write(ops);
    const engine = createSyncEngine({
      backend,
      transport: transport({ subject: { patient: 'Patient/c-3' }, pageSize: 2 }),
      now: () => now,
      lock: 'none',
      broadcast: false,
      batchSize: 2,
    });
    const report = await engine.syncNow();
    expect(report.failure).to.equal(undefined);
    expect(report.stored).to.equal(5);
    expect((await readOutbox(backend)).entries).to.have.length(0);
    // The pull brought the definitions; the client's own responses came back unchanged.
    expect(await backend.get('definitions', `measure:phq-9@${phq9.version}`)).to.not.equal(undefined);
    expect(await backend.get('submissions', uuid(22))).to.deep.equal(submission(22, 'c-3'));
    expect(engine.status.state).to.equal('idle');
    const second = await engine.syncNow();
    expect(second.pulled).to.equal(0);
  });
});

describe('fhirTransport auth', () => {
  let server: Server;
  before(async () => {
    server = await startServer(['--token', TOKEN]);
  });
  after(async () => {
    await server.stop();
  });

  it('fails with auth on 401 after exactly one request, and never loops', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const fhir = fhirTransport({
      baseUrl: server.base,
      fetch: counting,
      auth: () => Promise.resolve('wrong'),
    });
    const pushError = await failure(fhir.push([entryOf('submissions', submission(1))], { signal }));
    expect(pushError.failure).to.equal('auth');
    expect(pushError.status).to.equal(401);
    expect(calls).to.equal(1);
    const pullError = await failure(fhir.pull(null, { signal }));
    expect(pullError.failure).to.equal('auth');
    expect(calls).to.equal(2);
    expect((await server.stats()).requests).to.equal(2);

    // Through the engine: one request, then sync stops until resume().
    const backend = await memoryStore().open({ userId: 'c-1', role: 'client' });
    const record = submission(1);
    await backend.write([
      { type: 'put', collection: 'submissions', value: record },
      outboxPut(createOutboxEntry({ id: record.id, collection: 'submissions', now: new Date() })),
    ]);
    const engine = createSyncEngine({ backend, transport: fhir, lock: 'none', broadcast: false });
    const report = await engine.syncNow();
    expect(report.failure).to.equal('auth');
    expect((await engine.syncNow()).skipped).to.equal('auth');
    expect(calls).to.equal(3);
  });
});

/** A raw FHIR request, as another system (an EHR, another app, an admin) would make it. */
async function fhirCall(
  server: Server,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.base}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/fhir+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

const foreign = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'packages/fhir/test-data/foreign', name), 'utf8')) as Record<
    string,
    unknown
  >;

async function expectRefused(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(String(error)).to.include('HTTP 400');
    return;
  }
  expect.fail('the server stored it');
}

/** Pushes `entries` through a real engine (outbox, state in the partition's meta) and syncs once. */
async function syncThrough(
  backend: StorageBackend,
  transport: ReturnType<typeof fhirTransport>,
  records: readonly { collection: PushEntry['collection']; record: { id: string } }[],
  notices: SyncNotice[] = [],
) {
  const now = new Date('2026-03-23T10:00:00Z');
  const ops = records.flatMap(({ collection, record }) => [
    { type: 'put' as const, collection, value: record },
    outboxPut(createOutboxEntry({ id: record.id, collection, now })),
  ]);
  if (ops.length > 0) await backend.write(ops);
  const engine = createSyncEngine({ backend, transport, now: () => now, lock: 'none', broadcast: false });
  engine.onNotice((notice) => notices.push(notice));
  const report = await engine.syncNow();
  engine.stop();
  return report;
}

describe('fhirTransport: what the server says, what other systems wrote, what survives a reload', function () {
  let server: Server;
  const transport = (options: Partial<FhirTransportOptions> = {}) =>
    testTransport(server, { instruments: listMeasures(), ...options });

  before(async () => {
    server = await startServer(['--token', TOKEN]);
  });
  after(async () => {
    await server.stop();
  });

  it('GET metadata is a CapabilityStatement that offers batch and transaction', async () => {
    const statement = await fhirCall(server, 'GET', 'metadata');
    expect(statement['resourceType']).to.equal('CapabilityStatement');
    expect(statement['fhirVersion']).to.equal('4.0.1');
    const rest = (
      statement['rest'] as {
        interaction: { code: string }[];
        resource: { type: string; searchParam: { name: string }[] }[];
      }[]
    )[0]!;
    expect(rest.interaction.map((each) => each.code)).to.include.members(['batch', 'transaction']);
    const serviceRequest = rest.resource.find((each) => each.type === 'ServiceRequest');
    expect(serviceRequest?.searchParam.map((each) => each.name)).to.include.members([
      'subject',
      'requester',
      '_lastUpdated',
    ]);
  });

  it('an edit after a reload goes out as PUT If-Match, not as a conflict: versions live in the partition', async () => {
    const backend = await memoryStore().open({ userId: 't-1', role: 'clinician' });
    const first = await syncThrough(backend, transport({ subject: { practitioner: 'Practitioner/t-1' } }), [
      { collection: 'assignments', record: assignment('a-20') },
    ]);
    expect(first.stored).to.equal(1);
    const kept = await metaTransportState(backend).get('fhir:version:assignments/a-20');
    expect(kept).to.match(/^ServiceRequest\/[A-Za-z0-9\-.]+\/_history\/.+$/);
    // "Reload": a new transport and a new engine on the same partition.
    const methods: string[] = [];
    const spying: typeof fetch = async (input, init) => {
      if (typeof init?.body === 'string' && init.body.includes('"type":"batch"'))
        for (const entry of (JSON.parse(init.body) as { entry: { request: { method: string } }[] }).entry)
          methods.push(entry.request.method);
      return fetch(input, init);
    };
    const edited = await syncThrough(
      backend,
      transport({ subject: { practitioner: 'Practitioner/t-1' }, fetch: spying }),
      [
        {
          collection: 'assignments',
          record: assignment('a-20', { status: 'paused', statusChangedAt: '2026-03-23T10:00:00Z' }),
        },
      ],
    );
    expect(edited.stored).to.equal(1);
    expect(edited.conflicts).to.equal(0);
    expect(methods[0]).to.equal('PUT');
    const onServer = await search(server, `ServiceRequest?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-20`);
    expect((onServer.entry?.[0]?.resource as { status: string }).status).to.equal('on-hold');
    // Without the partition's state (a fresh transport called directly), the same edit is a conflict.
    const stateless = await transport().push(
      [entryOf('assignments', assignment('a-20', { status: 'cancelled' }))],
      { signal },
    );
    expect(stateless[0]?.status).to.equal('conflict');
  });

  it('pulls cancellations and entered-in-error tombstones, and the device drops the record', async () => {
    await transport().push(
      [
        entryOf('assignments', assignment('a-30')),
        entryOf('assignments', assignment('a-31')),
        entryOf('submissions', submission(30)),
      ],
      { signal },
    );
    const backend = await memoryStore().open({ userId: 'c-1', role: 'client' });
    await syncThrough(backend, transport({ subject: { patient: 'Patient/c-1' } }), []);
    expect(await backend.get('assignments', 'a-30')).to.not.equal(undefined);
    expect(await backend.get('submissions', uuid(30))).to.not.equal(undefined);

    // On the server: a clinician's EHR revokes one order, an admin retracts the other and the response.
    const revise = async (type: string, system: string, value: string, status: string) => {
      const found = await search(server, `${type}?identifier=${system}|${value}`);
      const resource = found.entry?.[0]?.resource as { id: string };
      await fhirCall(server, 'PUT', `${type}/${resource.id}`, { ...resource, status });
    };
    await revise('ServiceRequest', IDENTIFIER_SYSTEMS.assignment, 'a-30', 'revoked');
    await revise('ServiceRequest', IDENTIFIER_SYSTEMS.assignment, 'a-31', 'entered-in-error');
    await revise('QuestionnaireResponse', IDENTIFIER_SYSTEMS.submission, uuid(30), 'entered-in-error');
    const report = await syncThrough(backend, transport({ subject: { patient: 'Patient/c-1' } }), []);
    expect(report.pulled).to.be.at.least(3);
    expect((await backend.get('assignments', 'a-30')) as { status?: string }).to.include({
      status: 'cancelled',
    });
    expect(await backend.get('assignments', 'a-31')).to.equal(undefined);
    expect(await backend.get('submissions', uuid(30))).to.equal(undefined);
  });

  it('acknowledgements carry their patient, and a clinician pulls only those of the caseload', async () => {
    const flagIn = `risk:c-1:${uuid(40)}:phq9-9`;
    const flagOut = `risk:c-99:${uuid(41)}:phq9-9`;
    const outcomes = await transport({ subject: { practitioner: 'Practitioner/t-2' } }).push(
      [flagIn, flagOut].map((flagId) =>
        entryOf('acknowledgements', { id: flagId, flagId, acknowledgedAt: '2026-03-23T11:00:00Z' } as {
          id: string;
        }),
      ),
      { signal },
    );
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['stored', 'stored']);
    const onServer = await search(
      server,
      `Task?subject=Patient/c-1&code=https://interlude.dev/fhir/CodeSystem/record-kind|flag-acknowledgement`,
    );
    const task = onServer.entry?.[0]?.resource as { status: string; owner?: { reference?: string } };
    expect(task.status).to.equal('completed');
    expect(task.owner?.reference).to.equal('Practitioner/t-2');
    // t-1's caseload is c-1 (their ServiceRequests): c-1's acknowledgement arrives, c-99's does not.
    const clinician = await pullAll(transport({ subject: { practitioner: 'Practitioner/t-1' } }), null);
    expect(idsOf(clinician.changes, 'acknowledgements')).to.deep.equal([flagIn]);
    // A client does not keep clinicians' acknowledgements.
    const client = await pullAll(transport({ subject: { patient: 'Patient/c-1' } }), null);
    expect(idsOf(client.changes, 'acknowledgements')).to.deep.equal([]);
  });

  it('keeps a snooze and the later acknowledgement of one flag as two Tasks, and pulls both back', async () => {
    const flagId = `mood-shift:c-1:${uuid(42)}:distress`;
    const snooze = {
      id: `snooze-${uuid(43)}`,
      flagId,
      acknowledgedAt: '2026-03-23T11:00:00Z',
      snoozedUntil: '2026-03-30T00:00:00+02:00',
    };
    const acknowledgement = { id: flagId, flagId, acknowledgedAt: '2026-03-24T09:00:00Z' };
    const pushing = transport({ subject: { practitioner: 'Practitioner/t-1' } });
    for (const record of [snooze, acknowledgement]) {
      const [outcome] = await pushing.push([entryOf('acknowledgements', record as { id: string })], {
        signal,
      });
      expect(outcome?.status).to.equal('stored');
    }
    const onServer = await search(
      server,
      `Task?subject=Patient/c-1&code=https://interlude.dev/fhir/CodeSystem/record-kind|flag-acknowledgement`,
    );
    const statuses = (onServer.entry ?? [])
      .map((entry) => entry.resource as { status: string; identifier?: { value?: string }[] })
      .filter((task) => [snooze.id, flagId].includes(task.identifier?.[0]?.value ?? ''))
      .map((task) => task.status)
      .sort();
    expect(statuses).to.deep.equal(['completed', 'on-hold']);
    const pulled = await pullAll(transport({ subject: { practitioner: 'Practitioner/t-1' } }), null);
    const records = pulled.changes.flatMap((change) =>
      'record' in change && change.collection === 'acknowledgements' && change.record['flagId'] === flagId
        ? [change.record]
        : [],
    );
    expect(records).to.deep.include.members([snooze, acknowledgement]);
  });

  it('reads forms and responses other systems wrote, and reports what it skips as notices', async () => {
    // An EHR holds the SDC PHQ-9, the PHR IG GAD-7 (at its own id) and a response to it. (The
    // LHC-Forms 25 export is not valid R4, its durations hold strings, so a validating server refuses it.)
    await expectRefused(
      fhirCall(server, 'POST', 'Questionnaire', foreign('lhc-forms-phq-9.questionnaire.json')),
    );
    await fhirCall(server, 'POST', 'Questionnaire', foreign('sdc-phq-9.questionnaire.json'));
    const gad = foreign('phr-gad-7.questionnaire.json');
    const storedGad = await fhirCall(server, 'POST', 'Questionnaire', gad);
    const response = {
      ...foreign('phr-gad-7.questionnaire-response.json'),
      questionnaire: `Questionnaire/${storedGad['id'] as string}`,
      subject: { reference: 'Patient/c-5' },
    };
    delete (response as { id?: string }).id;
    const storedResponse = await fhirCall(server, 'POST', 'QuestionnaireResponse', response);
    // And a vital sign Interlude has no business with, filed as a survey by mistake.
    await fhirCall(server, 'POST', 'Observation', {
      resourceType: 'Observation',
      status: 'final',
      category: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
        },
      ],
      code: { text: 'Mood' },
      subject: { reference: 'Patient/c-5' },
      valueInteger: 3,
    });
    const backend = await memoryStore().open({ userId: 'c-5', role: 'client' });
    const notices: SyncNotice[] = [];
    const report = await syncThrough(
      backend,
      transport({ subject: { patient: 'Patient/c-5' } }),
      [],
      notices,
    );
    expect(report.failure).to.equal(undefined);
    const id = stableUuid(`${server.base}|QuestionnaireResponse/${storedResponse['id'] as string}`);
    const submission = (await backend.get('submissions', id)) as Submission | undefined;
    expect(submission?.activity).to.deep.equal({
      kind: 'measure',
      id: 'gad-7',
      version: getMeasure('gad-7')!.version,
    });
    expect(Object.values(submission?.answers ?? {})).to.deep.equal([0, 0, 1, 1, 0, 1, 0]);
    // The PHQ-9 form is the shipped PHQ-9; nothing of another app is applied silently.
    expect(await backend.get('definitions', `measure:phq-9@${phq9.version}`)).to.not.equal(undefined);
    const reports = notices.flatMap((notice) => (notice.kind === 'pull-report' ? [notice] : []));
    expect(
      reports.some(
        (notice) =>
          notice.report === 'skipped' &&
          notice.item.startsWith('Observation/') &&
          notice.reason.startsWith('not-interlude'),
      ),
    ).to.equal(true);
    expect(
      reports.some((notice) => notice.report === 'partial' && notice.item.startsWith('Questionnaire/')),
    ).to.equal(true);
    // Reports name types, ids and linkIds, never content.
    for (const notice of reports) expect(JSON.stringify(notice)).not.to.match(/Feeling|Mood|nervous/);
    const typed: PullReport[] = reports.map(({ item, report: kind, reason }) => ({ item, kind, reason }));
    expect(typed.length).to.be.greaterThan(1);
  });

  it('migrates an assignment written as a Task before 0.1: a ServiceRequest takes over, the Task points at it', async () => {
    const legacy = assignment('a-50', { clientId: 'c-6' });
    await fhirCall(server, 'POST', 'Task', assignmentToTask(legacy));
    const backend = await memoryStore().open({ userId: 't-1', role: 'clinician' });
    const clinician = () => transport({ subject: { practitioner: 'Practitioner/t-1' } });
    await syncThrough(backend, clinician(), []);
    expect(await backend.get('assignments', 'a-50')).to.deep.equal(legacy);
    expect(await metaTransportState(backend).get('fhir:version:assignments/a-50')).to.match(/^Task\//);

    const edited = assignment('a-50', {
      clientId: 'c-6',
      status: 'paused',
      statusChangedAt: '2026-03-23T10:00:00Z',
    });
    const report = await syncThrough(backend, clinician(), [{ collection: 'assignments', record: edited }]);
    expect(report.stored).to.equal(1);
    const requests = await search(server, `ServiceRequest?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-50`);
    expect((requests.entry?.[0]?.resource as { status: string }).status).to.equal('on-hold');
    const tasks = await search(server, `Task?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-50`);
    expect((tasks.entry?.[0]?.resource as { basedOn?: unknown[] }).basedOn).to.have.length(1);

    // A device that never saw either reads the ServiceRequest and skips the superseded Task.
    const fresh = await pullAll(clinician(), null);
    const a50 = fresh.changes.filter((change) => 'record' in change && change.record.id === 'a-50');
    expect(a50).to.have.length(1);
    expect((a50[0] as unknown as { record: { status: string } }).record.status).to.equal('paused');
  });
});

describe('fhirTransport against a server that takes transactions only', () => {
  let server: Server;
  before(async () => {
    server = await startServer(['--token', TOKEN, '--no-batch']);
  });
  after(async () => {
    await server.stop();
  });

  it('reads the CapabilityStatement and sends transaction Bundles; a bad record fails alone', async () => {
    const types: string[] = [];
    const spying: typeof fetch = async (input, init) => {
      if (typeof init?.body === 'string') types.push((JSON.parse(init.body) as { type?: string }).type ?? '');
      return fetch(input, init);
    };
    const fhir = fhirTransport({
      baseUrl: server.base,
      auth: () => Promise.resolve(TOKEN),
      fetch: spying,
      transactionSize: 4,
    });
    const bad = { ...submission(62), submittedAt: 'not a date' };
    const entries = [60, 61].map((i) => entryOf('submissions', submission(i)));
    const outcomes = await fhir.push(
      [...entries, entryOf('submissions', bad), entryOf('submissions', submission(63))],
      { signal },
    );
    expect(new Set(types)).to.deep.equal(new Set(['transaction']));
    expect(Object.fromEntries(outcomes.map((outcome) => [outcome.id, outcome.status]))).to.deep.equal({
      [uuid(60)]: 'stored',
      [uuid(61)]: 'stored',
      [uuid(62)]: 'rejected',
      [uuid(63)]: 'stored',
    });
    expect((await server.stats()).resources).to.include({ QuestionnaireResponse: 3 });
    // A batch Bundle is refused by this server (so the transport really chose).
    const refused = await fetch(server.base, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Bundle', type: 'batch', entry: [] }),
    });
    expect(refused.status).to.equal(400);
  });
});
