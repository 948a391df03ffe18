import { expect } from '@open-wc/testing';
import type { CollectionName } from '../backend/types.js';
import { channelName, publishChange, subscribeChanges, type ChangeNotice } from './broadcast.js';
import { createSyncEngine } from './engine.js';
import { memoryServer, memoryTransport } from './memory-transport.js';
import type { Transport } from './transport.js';
import { fakeClock, openPartition, saveLocal, sleep, submission } from './fixtures.test-suite.js';

/** Counts pushes in flight across every transport made by the same tracker. */
function concurrencyTracker(): { wrap(inner: Transport): Transport; max: number; pushes: number } {
  const tracker = {
    max: 0,
    pushes: 0,
    inFlight: 0,
    wrap(inner: Transport): Transport {
      return {
        async push(entries, call) {
          tracker.inFlight += 1;
          tracker.pushes += 1;
          tracker.max = Math.max(tracker.max, tracker.inFlight);
          try {
            await sleep(5); // a real network round trip, so overlaps would show
            return await inner.push(entries, call);
          } finally {
            tracker.inFlight -= 1;
          }
        },
        pull: (cursor, call) => inner.pull(cursor, call),
      };
    },
  };
  return tracker;
}

let partitionCounter = 0;
const uniquePartition = (): string => `multi-tab-${Date.now()}-${(partitionCounter += 1)}`;

describe('multi-tab sync', () => {
  it('lets only one tab of a partition push at a time (Web Locks), and still sends everything once', async () => {
    const { store, backend: tabA } = await openPartition();
    const tabB = await store.open({ userId: 'c-1', role: 'client' });
    const clock = fakeClock();
    const server = memoryServer();
    const tracker = concurrencyTracker();
    const partitionId = uniquePartition();
    const options = { partitionId, now: clock.now, batchSize: 5, broadcast: false } as const;
    const engineA = createSyncEngine({
      ...options,
      backend: tabA,
      transport: tracker.wrap(memoryTransport({ server })),
    });
    const engineB = createSyncEngine({
      ...options,
      backend: tabB,
      transport: tracker.wrap(memoryTransport({ server })),
    });

    const reports = [];
    for (let round = 0; round < 4; round += 1) {
      for (let i = 0; i < 10; i += 1) {
        const tab = i % 2 === 0 ? tabA : tabB;
        await saveLocal(tab, clock, 'submissions', submission(`s-${round}-${i}`));
      }
      // Both tabs' timers fire at once.
      reports.push(...(await Promise.all([engineA.syncNow(), engineB.syncNow(), engineA.syncNow()])));
    }

    expect(tracker.pushes).to.be.greaterThan(0);
    expect(tracker.max).to.equal(1);
    expect(reports.some((report) => report.skipped === 'locked')).to.equal(true);
    expect(server.all('submissions')).to.have.length(40);
    expect([...server.creations.values()].every((count) => count === 1)).to.equal(true);
  });

  it('tells the other tab which collections sync changed, so its subscribers refresh', async () => {
    const { backend } = await openPartition();
    const clock = fakeClock();
    const transport = memoryTransport();
    const partitionId = uniquePartition();
    const engine = createSyncEngine({ backend, transport, partitionId, now: clock.now, lock: 'none' });
    const heard: ChangeNotice[] = [];
    const otherTab = subscribeChanges(partitionId, (notice) => heard.push(notice));
    const otherUser: ChangeNotice[] = [];
    const unsubscribeOther = subscribeChanges(`${partitionId}-someone-else`, (notice) =>
      otherUser.push(notice),
    );
    const local: (readonly CollectionName[])[] = [];
    const withCallback = createSyncEngine({
      backend,
      transport,
      partitionId,
      now: clock.now,
      lock: 'none',
      broadcast: false,
      onChange: (collections) => local.push(collections),
    });

    transport.server.put('assignments', { id: 'a-1', status: 'active' });
    await engine.syncNow();
    await waitFor(() => heard.length > 0);
    expect(heard).to.deep.equal([{ collections: ['assignments'] }]);

    transport.server.put('flags', { id: 'f-1', severity: 'high' });
    await withCallback.syncNow();
    // The two engines share the partition, so its cursor: only what is new since.
    expect(local).to.deep.equal([['flags']]);

    otherTab();
    unsubscribeOther();
    expect(otherUser).to.deep.equal([]);
  });

  it('keeps a BroadcastChannel subscriber safe from foreign or malformed messages', async () => {
    const partitionId = uniquePartition();
    const heard: ChangeNotice[] = [];
    const unsubscribe = subscribeChanges(partitionId, (notice) => heard.push(notice));
    const foreign = new BroadcastChannel(channelName(partitionId));
    foreign.postMessage('hello');
    foreign.postMessage({ type: 'interlude-change', collections: 'submissions' });
    foreign.postMessage({ type: 'interlude-change', collections: ['nonsense', 'drafts'] });
    publishChange(partitionId, ['submissions', 'submissions', 'outbox']);
    await waitFor(() => heard.length >= 2);
    foreign.close();
    unsubscribe();
    expect(heard).to.deep.equal([{ collections: ['drafts'] }, { collections: ['submissions', 'outbox'] }]);
  });

  it('refreshes the pending count of a started engine when another tab changes the outbox', async () => {
    const { store, backend: tabA } = await openPartition();
    const tabB = await store.open({ userId: 'c-1', role: 'client' });
    const clock = fakeClock();
    const partitionId = uniquePartition();
    const timers = { setTimeout: () => 0, clearTimeout: () => {} };
    const engineA = createSyncEngine({
      backend: tabA,
      transport: memoryTransport(),
      partitionId,
      now: clock.now,
      timers,
    });
    engineA.start();
    await saveLocal(tabB, clock, 'submissions', submission('s-1'));
    publishChange(partitionId, ['submissions', 'outbox']);
    await waitFor(() => engineA.status.pending === 1);
    engineA.stop();
    expect(engineA.status.pending).to.equal(1);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(5);
  }
}
