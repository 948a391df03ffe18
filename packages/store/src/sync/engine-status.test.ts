// What a host without automatic sync relies on: a manual syncNow() sends everything that is
// pending, the status never says "Synced" while something is pending, and retryAt says when
// the next attempt is.
import { expect } from '@open-wc/testing';
import { createSyncEngine } from './engine.js';
import { memoryTransport } from './memory-transport.js';
import { readOutboxEntry } from './outbox.js';
import { TransportError, type Transport } from './transport.js';
import {
  fakeClock,
  manualTimers,
  openPartition,
  saveLocal,
  settle,
  submission,
} from './fixtures.test-suite.js';

/** A transport whose push fails with `failures` in turn (`undefined`: pass through), then works. */
function failingFirst(inner: Transport, failures: (TransportError | 'retry' | undefined)[]): Transport {
  return {
    async push(entries, call) {
      const next = failures.shift();
      if (next instanceof TransportError) throw next;
      if (next === 'retry')
        return entries.map((entry) => ({ id: entry.id, status: 'retry', reason: 'busy' }));
      return inner.push(entries, call);
    },
    pull: (cursor, call) => inner.pull(cursor, call),
  };
}

const offline = (): TransportError => new TransportError('network', 'down');

describe('sync engine: manual sync and an honest status', () => {
  it('pushes an entry that waits out a backoff when syncNow() is called by hand', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const inner = memoryTransport();
    const engine = createSyncEngine({
      backend,
      transport: failingFirst(inner, [offline()]),
      now: clock.now,
      random: () => 0.9,
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    expect(await engine.syncNow()).to.include({ failure: 'network', retried: 1 });
    expect(Date.parse((await readOutboxEntry(backend, 's-1'))?.nextAttemptAt ?? '')).to.be.greaterThan(
      clock.now().getTime(),
    );

    // Still backing off, but a person asked: it goes now.
    const report = await engine.syncNow();
    expect(report).to.include({ pushed: 1, stored: 1 });
    expect(report.failure).to.equal(undefined);
    expect(inner.server.get('submissions', 's-1')).to.deep.equal(submission('s-1'));
    expect(engine.status).to.deep.equal({
      state: 'idle',
      pending: 0,
      rejected: 0,
      lastSuccessAt: clock.now().toISOString(),
    });
  });

  it('never reports success while entries are pending, and says when it retries them', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const engine = createSyncEngine({
      backend,
      transport: failingFirst(memoryTransport(), ['retry', 'retry']),
      now: clock.now,
      random: () => 0.5,
      backoff: { baseMs: 1000 },
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    const enqueuedAt = clock.now().toISOString();
    clock.advance(10);

    // The call went through, but the server asked to retry the entry: not "Synced".
    expect(await engine.syncNow()).to.include({ pushed: 1, retried: 1 });
    const entry = await readOutboxEntry(backend, 's-1');
    expect(entry?.nextAttemptAt).to.equal(new Date(clock.now().getTime() + 500).toISOString());
    expect(engine.status).to.deep.equal({
      state: 'error',
      pending: 1,
      rejected: 0,
      oldestPendingAt: enqueuedAt,
      error: { kind: 'retry', retryable: true },
      retryAt: entry?.nextAttemptAt,
    });

    // An automatic sync before it is due sends nothing and must not turn the status green.
    expect(await engine.syncNow({ includeBackingOff: false })).to.include({ pushed: 0 });
    expect(engine.status).to.include({ state: 'error', pending: 1, retryAt: entry?.nextAttemptAt });
    expect(engine.status.lastSuccessAt).to.equal(undefined);

    // Once it went through, the status says so.
    expect(await engine.syncNow()).to.include({ retried: 1 });
    expect(await engine.syncNow()).to.include({ stored: 1 });
    expect(engine.status).to.include({ state: 'idle', pending: 0 });
    expect(engine.status.lastSuccessAt).to.equal(clock.now().toISOString());
    expect(engine.status.retryAt).to.equal(undefined);
  });

  it('keeps retryAt when an automatic sync finds the entries still backing off', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    // Entry backoff draws first (0.9 × 1 s), the engine's own backoff second (0.1 × 1 s).
    const draws = [0.9, 0.1];
    const timers = manualTimers();
    const engine = createSyncEngine({
      backend,
      transport: failingFirst(memoryTransport(), [new TransportError('server', 'HTTP 503', { status: 503 })]),
      now: clock.now,
      random: () => draws.shift() ?? 0.5,
      timers,
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    engine.start({ intervalMs: 60_000 });
    await timers.runAll();
    expect(engine.status).to.include({ state: 'error', pending: 1 });
    // The engine would call again after 100 ms, but the entry only goes after 900 ms.
    const entryDue = new Date(clock.now().getTime() + 900).toISOString();
    expect(engine.status.retryAt).to.equal(entryDue);
    expect(timers.delays()).to.deep.equal([100]);

    clock.advance(100);
    await timers.runAll();
    await settle();
    // The automatic sync pulled, skipped the backing-off entry and kept saying when it goes.
    expect(engine.status).to.include({ state: 'error', pending: 1, retryAt: entryDue });
    expect(engine.status.error).to.deep.equal({ kind: 'server', retryable: true });
    expect(engine.status.lastSuccessAt).to.equal(undefined);
    expect(timers.delays()).to.deep.equal([800]);

    clock.advance(800);
    await timers.runAll();
    await settle();
    expect(engine.status).to.include({ state: 'idle', pending: 0 });
    expect(engine.status.retryAt).to.equal(undefined);
    engine.stop();
  });
});
