import { expect } from '@open-wc/testing';
import { createSyncEngine } from './engine.js';
import { faultyTransport, memoryTransport } from './memory-transport.js';
import { readOutbox } from './outbox.js';
import { fakeClock, openPartition, saveLocal, submission } from './fixtures.test-suite.js';

describe('sync under faults', () => {
  for (const seed of [1, 42, 2026]) {
    it(`stores each of 300 submissions exactly once through failures, timeouts, duplicates and reordering (seed ${seed})`, async () => {
      const { backend } = await openPartition();
      const clock = fakeClock();
      const transport = memoryTransport();
      const flaky = faultyTransport(transport, {
        failRate: 0.2,
        timeoutRate: 0.1,
        duplicateRate: 0.15,
        partialRate: 0.05,
        reorder: true,
        seed,
      });
      const engine = createSyncEngine({
        backend,
        transport: flaky,
        now: clock.now,
        batchSize: 20,
        backoff: { baseMs: 1000, maxMs: 60_000 },
        lock: 'none',
        broadcast: false,
      });

      // The client keeps working while sync struggles: writes arrive in waves between syncs.
      const ids = Array.from({ length: 300 }, (_, i) => `sub-${seed}-${String(i).padStart(3, '0')}`);
      let rounds = 0;
      while (rounds < 500) {
        const wave = ids.slice(rounds * 10, rounds * 10 + 10);
        for (const id of wave) await saveLocal(backend, clock, 'submissions', submission(id));
        await engine.syncNow();
        rounds += 1;
        if (rounds * 10 >= ids.length && (await readOutbox(backend)).entries.length === 0) break;
        clock.advance(60_000);
      }

      expect((await readOutbox(backend)).entries).to.deep.equal([]);
      const stored = transport.server.all('submissions').map((record) => record.id);
      expect(stored).to.have.length(300);
      expect(new Set(stored)).to.deep.equal(new Set(ids));
      // Exactly once: no id was ever created twice on the server, whatever was re-sent.
      expect([...transport.server.creations.values()].every((count) => count === 1)).to.equal(true);
      expect(transport.server.creations.size).to.equal(300);
      // Each fault really happened, or this test proves nothing.
      expect(flaky.stats.failures).to.be.greaterThan(0);
      expect(flaky.stats.timeouts).to.be.greaterThan(0);
      expect(flaky.stats.duplicates).to.be.greaterThan(0);
      expect(flaky.stats.withheld).to.be.greaterThan(0);
      expect(engine.status).to.include({ pending: 0, rejected: 0 });
    });
  }
});
