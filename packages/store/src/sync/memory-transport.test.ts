import { expect } from '@open-wc/testing';
import { faultyTransport, memoryServer, memoryTransport, seededRandom } from './memory-transport.js';
import { createOutboxEntry, dueEntries, outboxPut } from './outbox.js';
import { TransportError, type PushEntry } from './transport.js';
import { openPartition } from './fixtures.test-suite.js';

const signal = new AbortController().signal;
const entry = (id: string, extra: Record<string, unknown> = {}): PushEntry => ({
  id,
  collection: 'submissions',
  record: { id, answers: { mood: 2 }, ...extra },
});

describe('memory server and transport', () => {
  it('stores by id: a second push of the same id is `stored` and creates nothing', async () => {
    const transport = memoryTransport();
    expect(await transport.push([entry('s-1')], { signal })).to.deep.equal([
      { id: 's-1', status: 'stored', version: '1' },
    ]);
    expect(
      await transport.push([entry('s-1'), entry('s-1', { answers: { mood: 4 } })], { signal }),
    ).to.deep.equal([
      { id: 's-1', status: 'stored', version: '1' },
      { id: 's-1', status: 'stored', version: '1' },
    ]);
    expect(transport.server.all('submissions')).to.deep.equal([entry('s-1').record]);
    expect(transport.server.creations.get('s-1')).to.equal(1);
  });

  it('answers a stale baseVersion on a mutable record with a conflict carrying the server record', () => {
    const server = memoryServer();
    const v1 = server.put('assignments', { id: 'a-1', note: 'one' });
    server.put('assignments', { id: 'a-1', note: 'two' });
    const [outcome] = server.receive([
      { id: 'a-1', collection: 'assignments', record: { id: 'a-1', note: 'mine' }, baseVersion: v1 },
    ]);
    expect(outcome).to.deep.equal({
      id: 'a-1',
      status: 'conflict',
      serverRecord: { id: 'a-1', note: 'two' },
    });
  });

  it('pages changes with the log position as cursor, each record once at its latest version', async () => {
    const transport = memoryTransport({ pageSize: 2 });
    transport.server.put('assignments', { id: 'a-1', note: 'one' });
    transport.server.put('assignments', { id: 'a-2', note: 'x' });
    transport.server.put('assignments', { id: 'a-1', note: 'two' });
    transport.server.delete('assignments', 'a-2');
    const first = await transport.pull(null, { signal });
    expect(first).to.deep.equal({ changes: [], cursor: '2', hasMore: true });
    const second = await transport.pull(first.cursor, { signal });
    expect(second).to.deep.equal({
      changes: [
        { collection: 'assignments', record: { id: 'a-1', note: 'two' }, version: '3' },
        { collection: 'assignments', id: 'a-2', deleted: true },
      ],
      cursor: '4',
      hasMore: false,
    });
  });

  it('fails in the same way for the same seed, so a failing soak can be replayed', async () => {
    async function run(seed: number): Promise<string[]> {
      const flaky = faultyTransport(memoryTransport(), {
        failRate: 0.3,
        timeoutRate: 0.2,
        reorder: true,
        seed,
      });
      const log: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        try {
          const outcomes = await flaky.push([entry(`a${i}`), entry(`b${i}`)], { signal });
          log.push(outcomes.map((outcome) => outcome.id).join());
        } catch (error) {
          log.push(error instanceof TransportError ? error.failure : 'other');
        }
      }
      return log;
    }
    expect(await run(5)).to.deep.equal(await run(5));
    expect(await run(5)).not.to.deep.equal(await run(6));
    const draws = Array.from({ length: 1000 }, seededRandom(9));
    expect(Math.min(...draws)).to.be.at.least(0);
    expect(Math.max(...draws)).to.be.below(1);
  });
});

describe('outbox helpers', () => {
  it('selects due pending entries, oldest first, up to the limit', async () => {
    const { backend } = await openPartition();
    const t0 = new Date('2026-03-02T09:00:00.000Z');
    const later = new Date(t0.getTime() + 60_000);
    await backend.write([
      outboxPut(createOutboxEntry({ id: 'b', collection: 'submissions', now: t0 })),
      outboxPut({
        ...createOutboxEntry({ id: 'a', collection: 'submissions', now: t0 }),
        enqueuedAt: '2026-03-02T08:00:00.000Z',
      }),
      outboxPut({
        ...createOutboxEntry({ id: 'c', collection: 'flags', now: t0 }),
        nextAttemptAt: later.toISOString(),
      }),
      outboxPut({ ...createOutboxEntry({ id: 'd', collection: 'flags', now: t0 }), state: 'rejected' }),
      { type: 'put', collection: 'outbox', value: { id: 'corrupt', attempts: 'many' } },
    ]);
    expect((await dueEntries(backend, t0, 10)).map((entry) => entry.id)).to.deep.equal(['a', 'b']);
    expect((await dueEntries(backend, t0, 1)).map((entry) => entry.id)).to.deep.equal(['a']);
    expect((await dueEntries(backend, later, 10)).map((entry) => entry.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('refuses to build a malformed entry, naming the field and not the value', () => {
    const bad = {
      ...createOutboxEntry({ id: 's-1', collection: 'submissions', now: new Date() }),
      attempts: -1,
    };
    expect(() => outboxPut(bad)).to.throw(/attempts/);
  });
});
