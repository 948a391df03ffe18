// The engine's TransportState: transport state kept in the partition's `meta` collection (it
// survives a new engine on the same partition, and goes with the partition), and pull reports
// passed on as notices.
import { expect } from '@open-wc/testing';
import { memoryStore } from '../backend/memory.js';
import { createSyncEngine, type SyncNotice } from './engine.js';
import { metaTransportState } from './transport-state.js';
import type { Transport, TransportState } from './transport.js';

/** A transport that counts its pulls in its state and reports one skipped item per pull. */
function countingTransport(seen: (TransportState | undefined)[]): Transport {
  return {
    push: () => Promise.resolve([]),
    async pull(_cursor, { state }) {
      seen.push(state);
      const pulls = Number((await state?.get('pulls')) ?? 0) + 1;
      await state?.set([{ key: 'pulls', value: pulls }]);
      return {
        changes: [],
        cursor: `c${pulls}`,
        hasMore: false,
        reports: [{ item: 'Observation/7', kind: 'skipped', reason: 'not-interlude: no identifier' }],
      };
    },
  };
}

describe('transport state and pull reports', () => {
  it('keeps the transport state in meta across engines, and wipes it with the partition', async () => {
    const store = memoryStore();
    const backend = await store.open({ userId: 'u-1', role: 'client' });
    const seen: (TransportState | undefined)[] = [];
    for (let round = 0; round < 2; round += 1) {
      const engine = createSyncEngine({
        backend,
        transport: countingTransport(seen),
        lock: 'none',
        broadcast: false,
      });
      await engine.syncNow();
      engine.stop();
    }
    expect(seen.every((state) => state !== undefined)).to.equal(true);
    expect(await metaTransportState(backend).get('pulls')).to.equal(2);
    expect(await backend.get('meta', 'transport:pulls')).to.deep.equal({ id: 'transport:pulls', value: 2 });
    await metaTransportState(backend).set([{ key: 'pulls', value: undefined }]);
    expect(await backend.get('meta', 'transport:pulls')).to.equal(undefined);
    await backend.destroy();
    const reopened = await store.open({ userId: 'u-1', role: 'client' });
    expect(await metaTransportState(reopened).get('pulls')).to.equal(undefined);
  });

  it('passes each pull report on as a pull-report notice', async () => {
    const backend = await memoryStore().open({ userId: 'u-2', role: 'client' });
    const notices: SyncNotice[] = [];
    const engine = createSyncEngine({
      backend,
      transport: countingTransport([]),
      lock: 'none',
      broadcast: false,
    });
    engine.onNotice((notice) => notices.push(notice));
    await engine.syncNow();
    expect(notices).to.deep.equal([
      {
        kind: 'pull-report',
        item: 'Observation/7',
        report: 'skipped',
        reason: 'not-interlude: no identifier',
      },
    ]);
  });
});
