// A pull checks the outbox, then writes. A local save landing between the two must win: the
// pull's write is conditional inside its own transaction. Forced here by saving exactly in
// that gap, on the memory backend and on real IndexedDB.
import { expect } from '@open-wc/testing';
import { idbStore } from '../backend/indexeddb.js';
import { memoryStore } from '../backend/memory.js';
import type { CollectionName, StorageBackend, StoreFactory } from '../backend/types.js';
import { deleteTestDatabases, uniqueName } from '../backend/test-helpers.test-suite.js';
import { createSyncEngine } from './engine.js';
import { memoryTransport } from './memory-transport.js';
import { readOutboxEntry } from './outbox.js';
import { fakeClock, saveLocal, type FakeClock } from './fixtures.test-suite.js';

/**
 * The backend as the engine sees it, except that the first time the engine looks up the
 * outbox entry of `id`, `gap` runs after the lookup answered and before the engine goes on.
 */
function withGapAfterOutboxCheck(
  inner: StorageBackend,
  id: string,
  gap: () => Promise<void>,
): StorageBackend {
  let armed = true;
  return {
    kind: inner.kind,
    async get(collection: CollectionName, recordId: string) {
      const value = await inner.get(collection, recordId);
      if (armed && collection === 'outbox' && recordId === id) {
        armed = false;
        await gap();
      }
      return value;
    },
    getAll: (collection) => inner.getAll(collection),
    write: (ops) => inner.write(ops),
    destroy: () => inner.destroy(),
    close: () => inner.close(),
  };
}

const stores: [string, () => StoreFactory][] = [
  ['memory', () => memoryStore()],
  ['indexeddb', () => idbStore({ name: uniqueName('pull-race'), journal: false })],
];

describe('sync engine: a pull never overwrites a save made while it was looking', () => {
  after(deleteTestDatabases);

  for (const [label, makeStore] of stores) {
    it(`keeps the local save and pushes it (${label})`, async () => {
      const backend = await makeStore().open({ userId: 'c-1', role: 'client' });
      const clock: FakeClock = fakeClock();
      const transport = memoryTransport();
      transport.server.put('preferences', { id: 'reminders', timeZone: 'Europe/Berlin', evening: true });
      const local = { id: 'reminders', timeZone: 'Europe/Berlin', evening: false };

      const engine = createSyncEngine({
        backend: withGapAfterOutboxCheck(backend, 'reminders', () =>
          // The client turns evening reminders off just as the pull looked at the outbox.
          saveLocal(backend, clock, 'preferences', local),
        ),
        transport,
        now: clock.now,
        lock: 'none',
        broadcast: false,
      });
      await engine.syncNow();

      expect(await backend.get('preferences', 'reminders')).to.deep.equal(local);
      expect(await readOutboxEntry(backend, 'reminders')).to.include({ state: 'pending' });
      await engine.syncNow();
      expect(transport.server.get('preferences', 'reminders')).to.deep.equal(local);
      backend.close();
    });
  }
});
