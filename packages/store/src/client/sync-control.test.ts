// Who decides when sync runs: automatic sync starts on the client's first use, or, with
// `autoStart: false`, when the host calls `client.sync.start()`; the host can bound backoff.
import { expect } from '@open-wc/testing';
import { ValidationError } from '@interlude/core';
import { memoryStore } from '../backend/memory.js';
import { memoryTransport } from '../sync/memory-transport.js';
import { readOutboxEntry } from '../sync/outbox.js';
import type { Transport } from '../sync/transport.js';
import { createInterlude, type Interlude } from './create-interlude.js';
import { NOW, checkIn, until } from './fixtures.test-suite.js';

const CLIENT = { id: 'c-1', role: 'client' } as const;

/** Counts push calls; answers every entry with `retry` while `busy`. */
function counting(inner: Transport): Transport & { pushes: number; busy: boolean } {
  const transport = {
    pushes: 0,
    busy: false,
    push(...args: Parameters<Transport['push']>) {
      transport.pushes += 1;
      const [entries] = args;
      if (transport.busy)
        return Promise.resolve(
          entries.map((entry) => ({ id: entry.id, status: 'retry' as const, reason: 'busy' })),
        );
      return inner.push(...args);
    },
    pull: (...args: Parameters<Transport['pull']>) => inner.pull(...args),
  };
  return transport;
}

describe('client.sync: start, stop and backoff', () => {
  const clients: Interlude[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
  });

  it('with autoStart: false, sends nothing until client.sync.start(), then syncs after each save', async () => {
    const inner = memoryTransport();
    const transport = counting(inner);
    const client = createInterlude({
      user: CLIENT,
      store: memoryStore(),
      transport,
      now: () => NOW,
      sync: { autoStart: false },
    });
    clients.push(client);
    const first = checkIn();
    await client.submissions.save(first);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.pushes).to.equal(0);
    expect(client.sync.status.pending).to.equal(1);

    await client.sync.start();
    await until(() => inner.server.get('submissions', first.id) !== undefined);
    const second = checkIn();
    await client.submissions.save(second);
    await until(() => inner.server.get('submissions', second.id) !== undefined);
    await until(() => client.sync.status.pending === 0);

    client.sync.stop();
    const pushesAfterStop = transport.pushes;
    await client.submissions.save(checkIn());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.pushes).to.equal(pushesAfterStop);
    expect(client.sync.status.pending).to.equal(1);
  });

  it('never says "Synced" while a save made after the last sync is still on its way', async () => {
    // A sync starting right after a save used to report the outbox count of the run before it
    // (0) with the earlier success: "Synced" while the answer was still being sent.
    const inner = memoryTransport();
    let release: () => void = () => undefined;
    let gate: Promise<void> = Promise.resolve();
    let pushes = 0;
    const transport: Transport = {
      async push(...args) {
        pushes += 1;
        await gate;
        return inner.push(...args);
      },
      pull: (...args) => inner.pull(...args),
    };
    const client = createInterlude({ user: CLIENT, store: memoryStore(), transport, now: () => NOW });
    clients.push(client);
    await client.sync.syncNow();
    expect(client.sync.status.lastSuccessAt).to.be.a('string');

    gate = new Promise((resolve) => (release = resolve));
    const seen: { state: string; pending: number }[] = [];
    const unsubscribe = client.sync.subscribe((status) => seen.push(status));
    const submission = checkIn();
    await client.submissions.save(submission);
    await until(() => pushes > 0);
    const whileSending = seen.slice(1);
    expect(whileSending.length).to.be.above(0);
    for (const status of whileSending) expect(status.pending, status.state).to.equal(1);
    expect(inner.server.get('submissions', submission.id)).to.equal(undefined);

    release();
    await until(() => client.sync.status.pending === 0);
    unsubscribe();
    expect(inner.server.get('submissions', submission.id)).to.not.equal(undefined);
  });

  it('never waits longer than sync.maxBackoffMs between attempts', async () => {
    const store = memoryStore();
    const transport = counting(memoryTransport());
    transport.busy = true;
    const client = createInterlude({
      user: CLIENT,
      store,
      transport,
      now: () => NOW,
      sync: { autoStart: false, maxBackoffMs: 2000 },
    });
    clients.push(client);
    const submission = checkIn();
    await client.submissions.save(submission);
    const backend = await store.open({ userId: CLIENT.id, role: CLIENT.role });
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      await client.sync.syncNow();
      const entry = await readOutboxEntry(backend, submission.id);
      expect(entry?.attempts).to.equal(attempt);
      expect(Date.parse(entry?.nextAttemptAt ?? '') - Date.parse(NOW)).to.be.below(2000);
    }
    expect(client.sync.status).to.include({ state: 'error', pending: 1 });
    expect(client.sync.status.retryAt).to.be.a('string');
  });

  it('rejects a maxBackoffMs that is not a positive whole number, naming the path', () => {
    let caught: unknown;
    try {
      createInterlude({ user: CLIENT, store: memoryStore(), sync: { maxBackoffMs: 0 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ValidationError);
    expect((caught as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
      ['sync', 'maxBackoffMs'],
    ]);
  });
});
