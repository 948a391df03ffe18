// The client facade under Node, over the memory backend (server-side use, scripts, tests):
// the same save → outbox → server → pull flow as in the browser, against the built package.
import { expect } from 'chai';
import {
  SignedOutError,
  createInterlude,
  memoryServer,
  memoryStore,
  memoryTransport,
  type Interlude,
} from '@interlude/store';
import { NOW, PHQ9, checkIn, phq9Submission, rejection } from './fixtures.test-suite.js';

const now = (): string => NOW;

describe('createInterlude (Node, memory store)', () => {
  const clients: Interlude[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
  });

  it('saves locally, syncs to the server once, and a second client pulls it', async () => {
    const server = memoryServer();
    const client = createInterlude({
      user: { id: 'c-1', role: 'client' },
      store: memoryStore(),
      transport: memoryTransport({ server }),
      now,
      sync: { autoStart: false },
    });
    clients.push(client);
    const submission = phq9Submission('c-1', 2);
    const { score } = await client.submissions.save(submission, { definition: PHQ9 });
    expect(score?.riskItemIds).to.deep.equal(['phq9-9']);
    const report = await client.sync.syncNow();
    expect(report.stored).to.equal(2); // the submission and its score
    expect(server.creations.get(submission.id)).to.equal(1);
    expect(client.sync.status.pending).to.equal(0);

    const clinician = createInterlude({
      user: { id: 't-1', role: 'clinician' },
      store: memoryStore(),
      transport: memoryTransport({ server }),
      now,
      sync: { autoStart: false },
    });
    clients.push(clinician);
    await clinician.sync.syncNow();
    expect((await clinician.submissions.list()).map((item) => item.id)).to.deep.equal([submission.id]);
    const flags = await clinician.flags.forCaseload({ now: '2026-03-02T12:00:00.000+01:00' });
    expect(flags[0]).to.include({ kind: 'risk', severity: 'urgent', itemId: 'phq9-9' });
  });

  it('wipes the partition on sign-out and then rejects with SignedOutError', async () => {
    const store = memoryStore();
    const client = createInterlude({ user: { id: 'c-1', role: 'client' }, store, now });
    await client.submissions.save(checkIn());
    expect(await client.signOut()).to.deep.equal({ wiped: true, unsynced: 1 });
    expect(await rejection(client.submissions.list())).to.be.instanceOf(SignedOutError);
    const next = createInterlude({ user: { id: 'c-1', role: 'client' }, store, now });
    clients.push(next);
    expect(await next.submissions.list()).to.deep.equal([]);
  });
});
