import { expect } from '@open-wc/testing';
import { createSyncEngine, CURSOR_META_ID, type SyncNotice, type SyncStatus } from './engine.js';
import { memoryServer, memoryTransport, seededRandom } from './memory-transport.js';
import { readOutbox, readOutboxEntry } from './outbox.js';
import { TransportError, type PushEntry, type PushOutcome, type Transport } from './transport.js';
import {
  fakeClock,
  manualTimers,
  openPartition,
  outboxStates,
  saveLocal,
  settle,
  submission,
} from './fixtures.test-suite.js';

const MINUTE = 60_000;

/** Wraps a transport to record every push batch (ids) and pull cursor. */
function recording(inner: Transport): Transport & { pushes: string[][]; pulls: (string | null)[] } {
  const pushes: string[][] = [];
  const pulls: (string | null)[] = [];
  return {
    pushes,
    pulls,
    push(entries, call) {
      pushes.push(entries.map((entry) => entry.id));
      return inner.push(entries, call);
    },
    pull(cursor, call) {
      pulls.push(cursor);
      return inner.pull(cursor, call);
    },
  };
}

/** A transport whose push answers come from `answer`. */
function answering(answer: (entry: PushEntry) => PushOutcome): Transport {
  return {
    push: (entries) => Promise.resolve(entries.map(answer)),
    pull: () => Promise.resolve({ changes: [], cursor: '0', hasMore: false }),
  };
}

const assignment = (id: string, note: string): { id: string } & Record<string, unknown> => ({
  id,
  clientId: 'c-1',
  clinicianId: 't-1',
  status: 'active',
  note,
});

describe('sync engine', () => {
  it('pushes the outbox, pulls server changes and reports "Synced"', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = memoryTransport();
    transport.server.put('assignments', assignment('a-1', 'Try the breathing exercise daily'));
    for (const id of ['s-1', 's-2', 's-3']) await saveLocal(backend, clock, 'submissions', submission(id));

    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    const seen: SyncStatus[] = [];
    engine.subscribe((status) => seen.push(status));
    const report = await engine.syncNow();

    expect(report).to.include({ pushed: 3, stored: 3, pulled: 4 });
    expect(transport.server.all('submissions').map((record) => record.id)).to.have.members([
      's-1',
      's-2',
      's-3',
    ]);
    expect((await readOutbox(backend)).entries).to.have.length(0);
    expect(await backend.get('assignments', 'a-1')).to.deep.include({
      note: 'Try the breathing exercise daily',
    });
    expect(engine.status).to.deep.equal({
      state: 'idle',
      pending: 0,
      rejected: 0,
      lastSuccessAt: clock.now().toISOString(),
    });
    expect(seen.map((status) => status.state)).to.deep.equal(['idle', 'syncing', 'idle']);
  });

  it('persists the pull cursor so a new engine after a reload resumes where the last stopped', async () => {
    const { store, backend } = await openPartition();
    const clock = fakeClock();
    const server = memoryServer();
    for (let i = 0; i < 5; i += 1) server.put('assignments', assignment(`a-${i}`, 'note'));
    const first = createSyncEngine({
      backend,
      transport: memoryTransport({ server, pageSize: 2 }),
      now: clock.now,
      lock: 'none',
      broadcast: false,
    });
    expect(await first.syncNow()).to.include({ pulled: 5 });
    expect(await backend.get('meta', CURSOR_META_ID)).to.deep.equal({ id: CURSOR_META_ID, cursor: '5' });

    // "Reload": the old engine and connection are gone; a new one opens the same partition.
    first.stop();
    backend.close();
    const reopened = await store.open({ userId: 'c-1', role: 'client' });
    server.put('assignments', assignment('a-9', 'new'));
    const transport = recording(memoryTransport({ server, pageSize: 2 }));
    const second = createSyncEngine({
      backend: reopened,
      transport,
      now: clock.now,
      lock: 'none',
      broadcast: false,
    });
    expect(await second.syncNow()).to.include({ pulled: 1 });
    expect(transport.pulls).to.deep.equal(['5']);
  });

  it('resumes a backed-off outbox after a reload and sends it when due', async () => {
    const { store, backend } = await openPartition();
    const clock = fakeClock();
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    const down: Transport = {
      push: () => Promise.reject(new TransportError('network', 'down')),
      pull: () => Promise.reject(new TransportError('network', 'down')),
    };
    const first = createSyncEngine({
      backend,
      transport: down,
      now: clock.now,
      lock: 'none',
      broadcast: false,
    });
    expect(await first.syncNow()).to.include({ failure: 'network' });
    expect(first.status).to.include({ state: 'offline', pending: 1 });
    expect(await readOutboxEntry(backend, 's-1')).to.include({ attempts: 1, lastFailure: 'network' });

    const reopened = await store.open({ userId: 'c-1', role: 'client' });
    const transport = memoryTransport();
    const second = createSyncEngine({
      backend: reopened,
      transport,
      now: clock.now,
      lock: 'none',
      broadcast: false,
    });
    clock.advance(5 * MINUTE);
    expect(await second.syncNow()).to.include({ stored: 1 });
    expect(transport.server.get('submissions', 's-1')).to.deep.equal(submission('s-1'));
  });

  it('lets the server win an assignment conflict, and says so', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = memoryTransport();
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    transport.server.put('assignments', assignment('a-1', 'v1'));
    await engine.syncNow();
    const baseVersion = transport.server.version('assignments', 'a-1');
    // The clinician edits on the server while the client edits (pauses) on the device.
    transport.server.put('assignments', assignment('a-1', 'v2 from clinician'));
    await saveLocal(
      backend,
      clock,
      'assignments',
      { ...assignment('a-1', 'v1'), status: 'paused' },
      baseVersion,
    );

    const notices: SyncNotice[] = [];
    engine.onNotice((notice) => notices.push(notice));
    const report = await engine.syncNow();

    expect(report).to.include({ conflicts: 1 });
    expect(notices).to.deep.equal([{ kind: 'server-wins', collection: 'assignments', id: 'a-1' }]);
    expect(await backend.get('assignments', 'a-1')).to.deep.equal(assignment('a-1', 'v2 from clinician'));
    expect(await readOutboxEntry(backend, 'a-1')).to.equal(undefined);
  });

  it('treats a submission conflict as stored: submissions are append-only', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = answering((entry) => ({
      id: entry.id,
      status: 'conflict',
      serverRecord: { id: entry.id },
    }));
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    const notices: SyncNotice[] = [];
    engine.onNotice((notice) => notices.push(notice));
    await saveLocal(backend, clock, 'submissions', submission('s-1'));

    expect(await engine.syncNow()).to.include({ conflicts: 1 });
    expect(notices).to.deep.equal([]);
    expect(await backend.get('submissions', 's-1')).to.deep.equal(submission('s-1'));
    expect(engine.status.pending).to.equal(0);
  });

  it('keeps rejected entries for inspection and never retries them on its own', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const inner = memoryTransport();
    inner.server.rejectWhen((entry) => (entry.id === 's-bad' ? 'unprocessable' : undefined));
    const transport = recording(inner);
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    const notices: SyncNotice[] = [];
    engine.onNotice((notice) => notices.push(notice));
    await saveLocal(backend, clock, 'submissions', submission('s-ok'));
    await saveLocal(backend, clock, 'submissions', submission('s-bad'));

    expect(await engine.syncNow()).to.include({ stored: 1, rejected: 1 });
    expect(await outboxStates(backend)).to.deep.equal({ 's-bad': 'rejected' });
    expect(engine.status).to.include({ pending: 0, rejected: 1 });
    expect(notices).to.deep.equal([{ kind: 'rejected', collection: 'submissions', id: 's-bad' }]);

    for (let i = 0; i < 5; i += 1) {
      clock.advance(60 * MINUTE);
      await engine.syncNow();
    }
    expect(transport.pushes.flat().filter((id) => id === 's-bad')).to.have.length(1);

    inner.server.rejectWhen(undefined);
    expect(await engine.retryRejected()).to.equal(1);
    expect(await engine.syncNow()).to.include({ stored: 1 });
    expect(engine.status).to.include({ pending: 0, rejected: 0 });
  });

  it('splits a batch the server rejects as a whole, so one bad entry does not sink the rest', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const server = memoryServer();
    const transport: Transport = {
      push(entries) {
        if (entries.some((entry) => entry.id === 's-bad')) {
          return Promise.reject(new TransportError('rejected', 'HTTP 400', { status: 400 }));
        }
        return Promise.resolve(server.receive(entries));
      },
      pull: (cursor) => Promise.resolve(server.changes(cursor, 100)),
    };
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    for (const id of ['s-1', 's-bad', 's-2']) await saveLocal(backend, clock, 'submissions', submission(id));

    expect(await engine.syncNow()).to.include({ stored: 2, rejected: 1 });
    expect(await outboxStates(backend)).to.deep.equal({ 's-bad': 'rejected' });
  });

  it('retries per-entry failures with full jitter, bounded by the exponential cap and maxMs', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const draws = seededRandom(3);
    const used: number[] = [];
    const random = (): number => {
      const value = draws();
      used.push(value);
      return value;
    };
    const transport = answering((entry) => ({ id: entry.id, status: 'retry', reason: 'busy' }));
    const backoff = { baseMs: 1000, maxMs: 20_000, factor: 2 };
    const engine = createSyncEngine({
      backend,
      transport,
      now: clock.now,
      random,
      backoff,
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));

    for (let attempt = 1; attempt <= 8; attempt += 1) {
      used.length = 0;
      expect(await engine.syncNow()).to.include({ retried: 1 });
      const entry = await readOutboxEntry(backend, 's-1');
      const wait = Date.parse(entry?.nextAttemptAt ?? '') - clock.now().getTime();
      const cap = Math.min(20_000, 1000 * 2 ** (attempt - 1));
      expect(entry).to.include({ attempts: attempt, lastFailure: 'retry', state: 'pending' });
      // Full jitter: exactly random() × cap, so anywhere in [0, cap).
      expect(wait).to.equal(Math.floor((used[0] ?? Number.NaN) * cap));
      expect(wait).to.be.within(0, cap - 1);
      // Not due yet: an automatic sync does not send it again.
      if (wait > 0) expect(await engine.syncNow({ includeBackingOff: false })).to.include({ pushed: 0 });
      clock.advance(wait);
    }
  });

  it('never retries sooner than the server’s Retry-After', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport: Transport = {
      push: () =>
        Promise.reject(new TransportError('server', 'HTTP 503', { status: 503, retryAfterMs: 120_000 })),
      pull: () => Promise.reject(new TransportError('server', 'HTTP 503', { status: 503 })),
    };
    const engine = createSyncEngine({
      backend,
      transport,
      now: clock.now,
      random: () => 0,
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    expect(await engine.syncNow()).to.include({ failure: 'server', retried: 1 });
    const entry = await readOutboxEntry(backend, 's-1');
    expect(Date.parse(entry?.nextAttemptAt ?? '') - clock.now().getTime()).to.equal(120_000);
    expect(engine.status).to.include({ state: 'error' });
    expect(engine.status.error).to.deep.equal({ kind: 'server', retryable: true });
  });

  it('stops on an auth error with a clear state and does not loop until resumed', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const session: { token?: string } = {};
    const inner = memoryTransport();
    let calls = 0;
    const transport: Transport = {
      push(entries, call) {
        calls += 1;
        return session.token
          ? inner.push(entries, call)
          : Promise.reject(new TransportError('auth', 'HTTP 401', { status: 401 }));
      },
      pull(cursor, call) {
        calls += 1;
        return session.token
          ? inner.pull(cursor, call)
          : Promise.reject(new TransportError('auth', 'HTTP 401', { status: 401 }));
      },
    };
    const timers = manualTimers();
    const engine = createSyncEngine({
      backend,
      transport,
      now: clock.now,
      timers,
      lock: 'none',
      broadcast: false,
    });
    await saveLocal(backend, clock, 'submissions', submission('s-1'));

    expect(await engine.syncNow()).to.include({ failure: 'auth' });
    expect(engine.status).to.include({ state: 'error', pending: 1 });
    expect(engine.status.error).to.deep.equal({ kind: 'auth', retryable: false });
    // Untouched: the entry is not to blame, it goes as soon as there is a token.
    expect(await readOutboxEntry(backend, 's-1')).to.include({ attempts: 0 });

    engine.start({ intervalMs: 1000 });
    for (let i = 0; i < 10; i += 1) {
      clock.advance(10 * MINUTE);
      await timers.runAll();
      expect(await engine.syncNow()).to.include({ skipped: 'auth' });
    }
    expect(calls).to.equal(1);
    expect(timers.pending()).to.equal(0);

    session.token = 'fresh';
    expect(await engine.resume()).to.include({ stored: 1 });
    expect(engine.status).to.include({ state: 'idle', pending: 0 });
    engine.stop();
  });

  it('never overwrites a local record that still has a pending change', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = memoryTransport();
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    transport.server.put('preferences', { id: 'p-1', reminders: 'evening' });
    transport.server.put('preferences', { id: 'p-2', reminders: 'evening' });
    await saveLocal(backend, clock, 'preferences', { id: 'p-1', reminders: 'morning' });
    // Backed off, so this automatic sync only pulls: the pull must leave the local change alone.
    const entry = await readOutboxEntry(backend, 'p-1');
    await backend.write([
      {
        type: 'put',
        collection: 'outbox',
        value: { ...entry!, nextAttemptAt: new Date(clock.now().getTime() + MINUTE).toISOString() },
      },
    ]);

    expect(await engine.syncNow({ includeBackingOff: false })).to.include({ pulled: 1, keptLocal: 1 });
    expect(await backend.get('preferences', 'p-1')).to.deep.equal({ id: 'p-1', reminders: 'morning' });
    expect(await backend.get('preferences', 'p-2')).to.deep.equal({ id: 'p-2', reminders: 'evening' });
    clock.advance(MINUTE);
    await engine.syncNow();
    expect(transport.server.get('preferences', 'p-1')).to.deep.equal({ id: 'p-1', reminders: 'morning' });
  });

  it('drops entries whose record is gone, and keeps an entry re-written while its push was in flight', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const inner = memoryTransport();
    const transport: Transport = {
      async push(entries, call) {
        const outcomes = await inner.push(entries, call);
        // The user saves again while the first version is on the wire.
        clock.advance(1);
        await saveLocal(backend, clock, 'preferences', { id: 'p-1', reminders: 'v2' });
        return outcomes;
      },
      pull: (cursor, call) => inner.pull(cursor, call),
    };
    const engine = createSyncEngine({ backend, transport, now: clock.now, lock: 'none', broadcast: false });
    await saveLocal(backend, clock, 'preferences', { id: 'p-1', reminders: 'v1' });
    await saveLocal(backend, clock, 'submissions', submission('s-gone'));
    await backend.write([{ type: 'delete', collection: 'submissions', id: 's-gone' }]);

    const report = await engine.syncNow();
    expect(report).to.include({ dropped: 1, keptLocal: 1 });
    expect(await outboxStates(backend)).to.deep.equal({ 'p-1': 'pending' });
    expect(await backend.get('preferences', 'p-1')).to.deep.equal({ id: 'p-1', reminders: 'v2' });

    await engine.syncNow();
    expect(inner.server.get('preferences', 'p-1')).to.deep.equal({ id: 'p-1', reminders: 'v2' });
    expect(inner.server.get('submissions', 's-gone')).to.equal(undefined);
  });

  it('syncs on a schedule, sooner when an entry comes due, and follows online/offline events', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = recording(memoryTransport());
    const timers = manualTimers();
    const engine = createSyncEngine({
      backend,
      transport,
      now: clock.now,
      timers,
      lock: 'none',
      broadcast: false,
    });
    engine.start({ intervalMs: 30_000 });
    expect(timers.delays()).to.deep.equal([0]);
    await timers.runAll();
    expect(transport.pulls).to.have.length(1);
    await settle();
    expect(timers.delays()).to.deep.equal([30_000]);

    window.dispatchEvent(new Event('offline'));
    expect(engine.status.state).to.equal('offline');
    await saveLocal(backend, clock, 'submissions', submission('s-1'));
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(transport.pushes).to.deep.equal([['s-1']]);
    expect(engine.status).to.include({ state: 'idle', pending: 0 });

    engine.stop();
    expect(timers.pending()).to.equal(0);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(transport.pulls).to.have.length(2);
  });
});
