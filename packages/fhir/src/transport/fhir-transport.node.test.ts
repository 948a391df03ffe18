// The FHIR transport against a real FHIR server process on loopback: Medplum's FhirRouter and
// in-memory repository with R4 validation (packages/fhir/test-server/fhir-server.mjs), started as
// a child process per suite. Runs under Node only (tools/test.mjs), against the built package.
import type { Assignment, Submission } from '@interlude/core';
import { getMeasure } from '@interlude/content';
import { IDENTIFIER_SYSTEMS, fhirTransport, type FhirTransportOptions } from '@interlude/fhir';
import {
  TransportError,
  createOutboxEntry,
  createSyncEngine,
  memoryStore,
  outboxPut,
  readOutbox,
  type PulledChange,
  type PushEntry,
} from '@interlude/store';
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

describe('fhirTransport against a real FHIR server', function () {
  let server: Server;
  const transport = (options: Partial<FhirTransportOptions> = {}) =>
    fhirTransport({
      baseUrl: server.base,
      auth: () => Promise.resolve(TOKEN),
      timeoutMs: 10_000,
      definitions: (ref) => (ref.id === 'phq-9' ? phq9 : undefined),
      ...options,
    });

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
    // The server validated and holds them: one Questionnaire, one Task, three responses.
    const stats = await server.stats();
    expect(stats.resources).to.include({ Questionnaire: 1, Task: 1, QuestionnaireResponse: 3 });
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
      Task: 1,
      QuestionnaireResponse: 3,
    });
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
    expect(idsOf(first.changes, 'submissions')).to.have.members([1, 2, 3, 51].map(uuid));
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
    const tasks = await search(server, `Task?identifier=${IDENTIFIER_SYSTEMS.assignment}|a-9`);
    expect(tasks.entry).to.have.length(1);
    expect((tasks.entry?.[0]?.resource as { status?: string }).status).to.equal('on-hold');
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
