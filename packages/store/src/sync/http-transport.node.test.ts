// The HTTP transport against a real server process on loopback: the reference server in
// packages/store/test-server/server.mjs, started as a child process. Runs under Node only
// (tools/test.mjs), against the built package.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  createSyncEngine,
  createOutboxEntry,
  httpTransport,
  InvalidResponseError,
  memoryStore,
  outboxPut,
  TransportError,
  type PushEntry,
  type Transport,
} from '@interlude/store';

const TOKEN = 'test-token';
const signal = new AbortController().signal;

let child: ChildProcess | undefined;
let origin = '';

async function startServer(): Promise<void> {
  // tools/test.mjs runs from the repository root.
  const script = join(process.cwd(), 'packages/store/test-server/server.mjs');
  child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: '0', INTERLUDE_TEST_TOKEN: TOKEN, PAGE_SIZE: '3', SLOW_MS: '1500' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error('the test server exited before listening');
    }),
  ])) as [string];
  const { port } = JSON.parse(line) as { port: number };
  origin = `http://127.0.0.1:${port}`;
}

function transport(path = '', options: { token?: string | undefined; timeoutMs?: number } = {}): Transport {
  const token = 'token' in options ? options.token : TOKEN;
  return httpTransport({
    baseUrl: `${origin}${path}`,
    auth: () => Promise.resolve(token),
    timeoutMs: options.timeoutMs ?? 5000,
  });
}

async function stats(): Promise<{ requests: Record<string, number>; creations: Record<string, number> }> {
  const response = await fetch(`${origin}/debug/stats`);
  return (await response.json()) as { requests: Record<string, number>; creations: Record<string, number> };
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

const entry = (id: string, collection: PushEntry['collection'] = 'submissions'): PushEntry => ({
  id,
  collection,
  record: { id, answers: { mood: 3 } },
});

describe('httpTransport against the reference server', () => {
  before(startServer);

  after(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('pushes and pulls page by page', async () => {
    const http = transport();
    const outcomes = await http.push([entry('p-1'), entry('p-2'), entry('p-3'), entry('p-4')], { signal });
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['stored', 'stored', 'stored', 'stored']);

    const first = await http.pull(null, { signal });
    expect(first.hasMore).to.equal(true);
    expect(first.changes).to.have.length(3);
    const second = await http.pull(first.cursor, { signal });
    expect(second.hasMore).to.equal(false);
    const ids = [...first.changes, ...second.changes].map((change) =>
      'deleted' in change ? change.id : change.record.id,
    );
    expect(ids).to.include.members(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(second.changes.find((change) => 'record' in change && change.record.id === 'p-4')).to.deep.include(
      {
        collection: 'submissions',
        record: { id: 'p-4', answers: { mood: 3 } },
      },
    );
  });

  it('stores a duplicate push once and answers it `stored`', async () => {
    const http = transport();
    const first = await http.push([entry('d-1')], { signal });
    const [again, concurrent] = await Promise.all([
      http.push([entry('d-1'), entry('d-1')], { signal }),
      http.push([entry('d-1')], { signal }),
    ]);
    for (const outcomes of [first, again, concurrent]) {
      expect(outcomes.every((outcome) => outcome.id === 'd-1' && outcome.status === 'stored')).to.equal(true);
    }
    expect((await stats()).creations['d-1']).to.equal(1);
  });

  it('turns 401 into an `auth` error that stops the engine without a retry loop', async () => {
    const error = await failure(transport('', { token: 'wrong' }).push([entry('x-1')], { signal }));
    expect(error.failure).to.equal('auth');
    expect(error.status).to.equal(401);
    expect(error.retryable).to.equal(false);

    const backend = await memoryStore().open({ userId: 'c-1', role: 'client' });
    const now = new Date('2026-03-02T09:00:00.000Z');
    await backend.write([
      { type: 'put', collection: 'submissions', value: entry('x-2').record },
      outboxPut(createOutboxEntry({ id: 'x-2', collection: 'submissions', now })),
    ]);
    const before = (await stats()).requests['/push'] ?? 0;
    const engine = createSyncEngine({
      backend,
      transport: transport('', { token: undefined }),
      lock: 'none',
    });
    for (let i = 0; i < 5; i += 1) await engine.syncNow();
    expect((await stats()).requests['/push']).to.equal(before + 1);
    expect(engine.status.state).to.equal('error');
    expect(engine.status.error).to.deep.equal({ kind: 'auth', retryable: false });
    expect(engine.status.pending).to.equal(1);
  });

  it('turns 403 into `auth`, 5xx into a retryable `server` error, and honours Retry-After on 429', async () => {
    expect((await failure(transport('/fault/403').pull(null, { signal }))).failure).to.equal('auth');
    const server = await failure(transport('/fault/500').push([entry('f-1')], { signal }));
    expect(server).to.include({ failure: 'server', status: 500 });
    expect(server.retryable).to.equal(true);
    const busy = await failure(transport('/fault/429').pull(null, { signal }));
    expect(busy).to.include({ failure: 'server', status: 429, retryAfterMs: 7000 });
  });

  it('turns other 4xx into `rejected` and 408 into `timeout`', async () => {
    expect(await failure(transport('/fault/422').push([entry('r-1')], { signal }))).to.include({
      failure: 'rejected',
      status: 422,
    });
    expect((await failure(transport('/fault/408').pull(null, { signal }))).failure).to.equal('timeout');
  });

  it('gives up after timeoutMs with a `timeout` error', async () => {
    const started = Date.now();
    const error = await failure(transport('/fault/slow', { timeoutMs: 200 }).pull(null, { signal }));
    expect(error.failure).to.equal('timeout');
    expect(Date.now() - started).to.be.below(1400);
  });

  it('reports an unreachable server as `network`', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    probe.close();
    await once(probe, 'close');
    const http = httpTransport({ baseUrl: `http://127.0.0.1:${port}` });
    expect((await failure(http.pull(null, { signal }))).failure).to.equal('network');
  });

  it('rejects a body that is not JSON with a typed error, not a crash', async () => {
    const error = await failure(transport('/fault/malformed').push([entry('m-1')], { signal }));
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect(error).to.include({ failure: 'server', endpoint: 'push' });
    expect(error.message).to.match(/not JSON/);
  });

  it('rejects JSON of the wrong shape, saying what is wrong and where', async () => {
    const push = await failure(transport('/fault/invalid').push([entry('v-1')], { signal }));
    expect(push).to.be.instanceOf(InvalidResponseError);
    const pushIssues = (push as InvalidResponseError).issues.map((issue) => issue.path.join('.'));
    expect(pushIssues).to.include('outcomes.0.status');
    expect(push.message).to.match(/outcomes\[0\]\.status/);

    const pull = await failure(transport('/fault/invalid').pull(null, { signal }));
    expect(pull).to.be.instanceOf(InvalidResponseError);
    const pullIssues = (pull as InvalidResponseError).issues.map((issue) => issue.path.join('.'));
    expect(pullIssues).to.include.members(['changes', 'cursor', 'hasMore']);
    expect(pull).to.include({ endpoint: 'changes' });
  });

  it('syncs a real engine through it end to end', async () => {
    const backend = await memoryStore().open({ userId: 'c-2', role: 'client' });
    const now = new Date('2026-03-02T09:00:00.000Z');
    for (const id of ['e-1', 'e-2']) {
      await backend.write([
        { type: 'put', collection: 'submissions', value: entry(id).record },
        outboxPut(createOutboxEntry({ id, collection: 'submissions', now })),
      ]);
    }
    const engine = createSyncEngine({ backend, transport: transport(), lock: 'none' });
    const report = await engine.syncNow();
    expect(report).to.include({ stored: 2 });
    expect(report.failure).to.equal(undefined);
    expect(engine.status).to.include({ state: 'idle', pending: 0 });
    expect(await backend.get('submissions', 'p-1')).to.deep.equal(entry('p-1').record);
  });
});
