import { expect } from '@open-wc/testing';
import { ValidationError, checkLicence, type MeasureDefinition, type Submission } from '@interlude/core';
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import { idbStore, partitionDatabaseName } from '../backend/indexeddb.js';
import { memoryStore } from '../backend/memory.js';
import type { StoreFactory } from '../backend/types.js';
import { deleteTestDatabases, rawGetAll, uniqueName } from '../backend/test-helpers.test-suite.js';
import { subscribeChanges } from '../sync/broadcast.js';
import { memoryServer, memoryTransport } from '../sync/memory-transport.js';
import type { Transport } from '../sync/transport.js';
import type { CollectionChange } from './change-feed.js';
import { createInterlude, type Interlude } from './create-interlude.js';
import { NotPermittedError, SignedOutError } from './errors.js';
import type { InterludeProblem } from './problems.js';
import {
  NOW,
  PHQ9,
  checkIn,
  dailyAssignment,
  phq9Submission,
  rejection,
  until,
} from './fixtures.test-suite.js';

const CLIENT = { id: 'c-1', role: 'client' } as const;
const CLINICIAN = { id: 't-1', role: 'clinician' } as const;
const now = (): string => NOW;

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A transport whose pushes wait until `open()`: proves a save never waits for the network. */
function gatedTransport(inner: Transport): Transport & { open(): void; pushes: number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const transport = {
    pushes: 0,
    open: () => release(),
    async push(...args: Parameters<Transport['push']>) {
      transport.pushes += 1;
      await gate;
      return inner.push(...args);
    },
    pull: (...args: Parameters<Transport['pull']>) => inner.pull(...args),
  };
  return transport;
}

describe('createInterlude', () => {
  const clients: Interlude[] = [];
  const track = (client: Interlude): Interlude => {
    clients.push(client);
    return client;
  };

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
    await deleteTestDatabases();
  });

  it('saves on the device first, syncs in the background, and another device pulls it', async () => {
    const server = memoryServer();
    const transport = gatedTransport(memoryTransport({ server }));
    const client = track(
      createInterlude({ user: CLIENT, store: idbStore({ name: uniqueName('flow') }), transport, now }),
    );
    const submission = checkIn();

    const saved = await client.submissions.save(submission);
    // Committed locally while the push is still held at the gate: "Saved on this device".
    expect(saved.submission.id).to.equal(submission.id);
    await until(() => client.sync.status.pending === 1);
    expect(server.all('submissions')).to.deep.equal([]);
    expect(await client.submissions.list()).to.have.length(1);

    transport.open();
    await until(() => client.sync.status.pending === 0 && client.sync.status.lastSuccessAt !== undefined);
    expect(server.all('submissions').map((record) => record.id)).to.deep.equal([submission.id]);
    expect(server.creations.get(submission.id)).to.equal(1);

    const clinician = track(
      createInterlude({
        user: CLINICIAN,
        store: idbStore({ name: uniqueName('flow-clinician') }),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    expect(await clinician.submissions.list()).to.deep.equal([]);
    const report = await clinician.sync.syncNow();
    expect(report.pulled).to.equal(1);
    const pulled = await clinician.submissions.list();
    expect(pulled.map((item) => item.id)).to.deep.equal([submission.id]);
    expect(pulled[0]?.answers).to.deep.equal(submission.answers);
  });

  it('switching user never shows the previous user’s data, and sign-out wipes it', async () => {
    const name = uniqueName('switch');
    const alice = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    await alice.submissions.save(checkIn('c-1'));
    await alice.drafts.update(
      { assignmentId: 'a-mood' },
      { activity: { kind: 'check-in', id: 'mood', version: '1.0.0' }, answers: { mood: 2 } },
    );
    expect(await alice.submissions.list()).to.have.length(1);

    const result = await alice.signOut();
    expect(result).to.deep.equal({ wiped: true, unsynced: 1 });
    const aliceDb = await partitionDatabaseName(name, { userId: 'c-1', role: 'client' });
    expect((await indexedDB.databases()).map((db) => db.name)).not.to.include(aliceDb);

    const bob = track(
      createInterlude({ user: { id: 'c-2', role: 'client' }, store: idbStore({ name }), now }),
    );
    expect(await bob.submissions.list()).to.deep.equal([]);
    expect(await bob.drafts.resume({ assignmentId: 'a-mood' })).to.equal(undefined);
    await bob.signOut();

    const aliceAgain = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    expect(await aliceAgain.submissions.list()).to.deep.equal([]);
    expect(await aliceAgain.drafts.resume({ assignmentId: 'a-mood' })).to.equal(undefined);
  });

  it('keeps an encrypted partition on signOut({ keep: true }), unreadable as plain text', async () => {
    const name = uniqueName('keep');
    const key = await newKey();
    const note = 'I felt hopeless on Tuesday evening';
    const first = track(
      createInterlude({ user: CLIENT, store: idbStore({ name, encryption: { key } }), now }),
    );
    const submission = checkIn('c-1', note);
    await first.submissions.save(submission);
    expect(await first.signOut({ keep: true })).to.deep.equal({ wiped: false, unsynced: 1 });

    const raw = await rawGetAll(
      await partitionDatabaseName(name, { userId: 'c-1', role: 'client' }),
      'submissions',
    );
    expect(raw).to.have.length(1);
    const text = JSON.stringify(raw);
    expect(text).not.to.contain('hopeless');
    expect(text).not.to.contain('answers');
    expect(text).to.contain(submission.id); // ids stay clear: they are the keys

    const again = track(
      createInterlude({ user: CLIENT, store: idbStore({ name, encryption: { key } }), now }),
    );
    const [kept] = await again.submissions.list();
    expect(kept?.answers['note']).to.equal(note);
  });

  it('wipes a plain partition even when asked to keep it', async () => {
    const name = uniqueName('plain-keep');
    const client = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    await client.submissions.save(checkIn());
    expect((await client.signOut({ keep: true })).wiped).to.equal(true);
    const next = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    expect(await next.submissions.list()).to.deep.equal([]);
  });

  it('wipes on sign-out even if this client never opened the partition', async () => {
    const name = uniqueName('cold-signout');
    const before = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    await before.submissions.save(checkIn());
    await before.close();
    const cold = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    expect((await cold.signOut()).wiped).to.equal(true);
    const after = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    expect(await after.submissions.list()).to.deep.equal([]);
  });

  it('notifies subscribers of a local save once, and of another tab’s save on the same partition', async () => {
    const name = uniqueName('subscribe');
    const tabA = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    const tabB = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    const heardA: CollectionChange[] = [];
    const heardB: CollectionChange[] = [];
    tabA.subscribe('submissions', (change) => heardA.push(change));
    tabB.subscribe('submissions', (change) => heardB.push(change));

    await tabA.submissions.save(checkIn());
    expect(heardA).to.deep.equal([{ collection: 'submissions', source: 'local' }]);
    await until(() => heardB.length === 1);
    expect(heardB).to.deep.equal([{ collection: 'submissions', source: 'other-tab' }]);
    expect(await tabB.submissions.list()).to.have.length(1);

    await tabB.submissions.save(checkIn());
    await until(() => heardA.length === 2);
    expect(heardA[1]).to.deep.equal({ collection: 'submissions', source: 'other-tab' });
    // Settle, then make sure no echo of a tab's own notice arrived as a second event.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heardA).to.have.length(2);
    expect(heardB).to.have.length(2);
  });

  it("stamps generation tokens on a clinician's writes (the review queue reads them), not on a client's", async () => {
    const tokens = async (
      name: string,
      user: { id: string; role: 'client' | 'clinician' },
    ): Promise<string[]> =>
      (await rawGetAll(await partitionDatabaseName(name, { userId: user.id, role: user.role }), 'meta'))
        .map((record) => (record as { id: string }).id)
        .filter((id) => id.startsWith('generation:'));
    const clientName = uniqueName('tokens-client');
    const client = track(createInterlude({ user: CLIENT, store: idbStore({ name: clientName }), now }));
    await client.submissions.save(checkIn());
    expect(await tokens(clientName, CLIENT)).to.deep.equal([]);
    const clinicianName = uniqueName('tokens-clinician');
    const clinician = track(
      createInterlude({ user: CLINICIAN, store: idbStore({ name: clinicianName }), now }),
    );
    await clinician.submissions.save(checkIn());
    expect(await tokens(clinicianName, CLINICIAN)).to.deep.equal(['generation:submissions']);
  });

  it('tells other tabs of every save once and in order, also of a save right before close()', async () => {
    const name = uniqueName('notices');
    const client = track(createInterlude({ user: CLIENT, store: idbStore({ name }), now }));
    await client.ready;
    const heard: string[][] = [];
    // The client's channel is named after the user (see partitionIdOf in create-interlude.ts).
    const unsubscribe = subscribeChanges(`${CLIENT.role}:${CLIENT.id}`, ({ collections }) =>
      heard.push([...collections]),
    );
    try {
      await client.submissions.save(checkIn());
      await client.submissions.save(phq9Submission('c-1', 0), { definition: PHQ9 });
      await client.submissions.save(checkIn());
      await client.close();
      await until(() => heard.length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard.map((collections) => collections.join(','))).to.deep.equal([
        'submissions,outbox',
        'submissions,outbox,scores,definitions',
        'submissions,outbox',
      ]);
    } finally {
      unsubscribe();
    }
  });

  it('notifies subscribers of records a sync pulled', async () => {
    const server = memoryServer();
    server.put('assignments', dailyAssignment());
    const client = track(
      createInterlude({
        user: CLIENT,
        store: idbStore({ name: uniqueName('pull-notify') }),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    const heard: CollectionChange[] = [];
    client.subscribe('assignments', (change) => heard.push(change));
    await client.sync.syncNow();
    expect(heard).to.deep.equal([{ collection: 'assignments', source: 'sync' }]);
    expect((await client.assignments.list({ status: 'active' })).map((a) => a.id)).to.deep.equal(['a-mood']);
  });

  it('rejects every method with SignedOutError after signOut', async () => {
    const client = track(createInterlude({ user: CLIENT, store: memoryStore(), now }));
    await client.ready;
    await client.signOut();
    const calls: Promise<unknown>[] = [
      client.ready,
      client.assignments.list(),
      client.assignments.get('a-1'),
      client.submissions.save(checkIn()),
      client.submissions.list(),
      client.drafts.update({ assignmentId: 'a-1' }, { answers: { mood: 1 } }),
      client.drafts.resume({ assignmentId: 'a-1' }),
      client.flags.forCaseload(),
      client.occurrences.list({ from: NOW, to: NOW }),
      client.sync.syncNow(),
    ];
    for (const call of calls) expect(await rejection(call)).to.be.instanceOf(SignedOutError);
    expect(() => client.subscribe('submissions', () => undefined)).to.throw(SignedOutError);
  });

  it('rejects a bad user configuration with a ValidationError naming the path', () => {
    let caught: unknown;
    try {
      createInterlude({ user: { id: 'c-1', role: 'patient' as 'client' }, store: memoryStore() });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.issues.map((issue) => issue.path)).to.deep.equal([['user', 'role']]);
    expect(error.message).to.contain('user.role');
    expect(() => createInterlude({ user: CLIENT, store: {} as StoreFactory })).to.throw(
      ValidationError,
      'store',
    );
  });

  it('takes the vendor’s declared licensing, defaults to commercial without permissions, and validates it', () => {
    const core10 = getMeasure('core-10')!;
    const strict = createInterlude({ user: CLIENT, store: memoryStore() });
    expect(strict.licensing).to.deep.equal({ use: 'commercial' });
    expect(checkLicence(core10, strict.licensing).allowed).to.equal(false);

    const permitted = createInterlude({
      user: CLIENT,
      store: memoryStore(),
      licensing: { use: 'commercial', permissions: { 'core-10': 'CST letter 2026-04-02' } },
    });
    expect(checkLicence(core10, permitted.licensing).allowed).to.equal(true);
    const nonCommercial = createInterlude({
      user: CLIENT,
      store: memoryStore(),
      licensing: { use: 'non-commercial' },
    });
    expect(checkLicence(core10, nonCommercial.licensing).allowed).to.equal(true);

    let caught: unknown;
    try {
      createInterlude({
        user: CLIENT,
        store: memoryStore(),
        licensing: { use: 'free-for-all', permissions: { 'core-10': ' ' } } as never,
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.issues.map((issue) => issue.path)).to.deep.equal([
      ['licensing', 'use'],
      ['licensing', 'permissions', 'core-10'],
    ]);
    expect(error.message).to.contain('licensing.use');
    expect(error.message).not.to.contain('free-for-all');
  });

  it('scores a PHQ-9 with item 9 endorsed, and the clinician sees an urgent risk flag', async () => {
    const server = memoryServer();
    const client = track(
      createInterlude({
        user: CLIENT,
        store: idbStore({ name: uniqueName('phq9') }),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    const submission = phq9Submission('c-1', 2);
    const { score } = await client.submissions.save(submission, { definition: PHQ9 });
    expect(score?.riskItemIds).to.deep.equal(['phq9-9']);
    const stored = await client.submissions.score(submission.id);
    expect(stored?.riskItemIds).to.deep.equal(['phq9-9']);
    expect(stored?.total).to.equal(10);
    await client.sync.syncNow();

    const clinician = track(
      createInterlude({
        user: CLINICIAN,
        store: memoryStore(),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    await clinician.sync.syncNow();
    const flags = await clinician.flags.forCaseload({ now: '2026-03-02T12:00:00.000+01:00' });
    const risk = flags.find((flag) => flag.kind === 'risk');
    expect(risk?.severity).to.equal('urgent');
    expect(risk?.itemId).to.equal('phq9-9');
    expect(risk?.acknowledgedAt).to.equal(undefined);
    expect(flags[0]?.id).to.equal(risk?.id);

    await clinician.flags.acknowledge(risk!.id);
    const after = await clinician.flags.forCaseload({ now: '2026-03-02T12:00:00.000+01:00' });
    expect(after.find((flag) => flag.id === risk!.id)?.acknowledgedAt).to.equal(NOW);
    expect(await rejection(client.flags.forCaseload())).to.be.instanceOf(NotPermittedError);
  });

  it('scores with a stored definition when none is given, and rejects a definition that does not match', async () => {
    const client = track(createInterlude({ user: CLIENT, store: memoryStore(), now }));
    await client.submissions.save(phq9Submission('c-1', 0), { definition: PHQ9 });
    const second = phq9Submission('c-1', 1);
    expect((await client.submissions.save(second)).score?.riskItemIds).to.deep.equal(['phq9-9']);
    const wrong = { ...PHQ9, version: '9.9.9' };
    const error = await rejection(client.submissions.save(phq9Submission(), { definition: wrong }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).to.deep.equal(['definition']);
  });

  it('saves a check-in without a definition (unscored) and refuses a check-in template as `definition`', async () => {
    const client = track(createInterlude({ user: CLIENT, store: memoryStore(), now }));
    expect((await client.submissions.save(checkIn())).score).to.equal(undefined);
    const template = getCheckInTemplate('daily-mood')!;
    const submission: Submission = {
      ...checkIn(),
      activity: { kind: 'check-in', id: template.id, version: template.version },
    };
    // `definition` is typed as a MeasureDefinition; plain JavaScript can still pass anything.
    const misuse = { definition: template as unknown as MeasureDefinition };
    const error = await rejection(client.submissions.save(submission, misuse));
    expect((error as ValidationError).issues[0]?.path).to.deep.equal(['definition']);
    expect(await client.submissions.list()).to.have.length(1);
  });

  it('refuses a client saving for another client, before anything is stored', async () => {
    const client = track(createInterlude({ user: CLIENT, store: memoryStore(), now }));
    const error = await rejection(client.submissions.save(checkIn('c-2')));
    expect((error as ValidationError).issues[0]?.path).to.deep.equal(['clientId']);
    expect(await client.submissions.list()).to.deep.equal([]);
  });

  it('resumes a draft and deletes it with the submission in one save', async () => {
    const client = track(
      createInterlude({ user: CLIENT, store: idbStore({ name: uniqueName('drafts') }), now }),
    );
    const key = { assignmentId: 'a-mood', occurrenceId: 'a-mood@2026-03-02T09:00' };
    const activity = { kind: 'check-in', id: 'mood', version: '1.0.0' } as const;
    void client.drafts.update(key, { activity, answers: { mood: 4 }, stepId: 'mood' });
    const saved = await client.drafts.update(key, { answers: { note: 'ok' }, stepId: 'note' });
    expect(saved.revision).to.equal(1);
    const resumed = await client.drafts.resume(key);
    expect(resumed?.answers).to.deep.equal({ mood: 4, note: 'ok' });
    expect(resumed?.stepId).to.equal('note');

    const submission: Submission = {
      ...checkIn(),
      occurrenceId: key.occurrenceId,
      answers: { mood: 4, note: 'ok' },
    };
    await client.submissions.save(submission, { draft: key });
    expect(await client.drafts.resume(key)).to.equal(undefined);
  });

  it('lists occurrences classified against stored submissions', async () => {
    const server = memoryServer();
    server.put('assignments', dailyAssignment());
    const client = track(
      createInterlude({
        user: CLIENT,
        store: memoryStore(),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    await client.sync.syncNow();
    await client.submissions.save({ ...checkIn(), occurrenceId: 'a-mood@2026-03-02T09:00' });
    const occurrences = await client.occurrences.list({
      from: '2026-03-01T00:00:00.000+01:00',
      to: '2026-03-03T00:00:00.000+01:00',
      // A week later: the unanswered day has expired (missed), the answered one stays completed.
      now: '2026-03-09T12:00:00.000+01:00',
    });
    expect(occurrences.map((o) => [o.id, o.status])).to.deep.equal([
      ['a-mood@2026-03-01T09:00', 'missed'],
      ['a-mood@2026-03-02T09:00', 'completed'],
    ]);
  });

  it('puts assignments for clinicians only, through the outbox', async () => {
    const server = memoryServer();
    const clinician = track(
      createInterlude({
        user: CLINICIAN,
        store: memoryStore(),
        transport: memoryTransport({ server }),
        now,
        sync: { autoStart: false },
      }),
    );
    await clinician.assignments.put(dailyAssignment('c-1', 'a-new'));
    // Counted at once, before any outbox re-read: the UI can say "Saved on this device" now.
    expect(clinician.sync.status.pending).to.equal(1);
    await clinician.sync.syncNow();
    expect(server.get('assignments', 'a-new')?.['clientId']).to.equal('c-1');

    const client = track(createInterlude({ user: CLIENT, store: memoryStore(), now }));
    expect(await rejection(client.assignments.put(dailyAssignment()))).to.be.instanceOf(NotPermittedError);
  });

  it('reports unreadable records and wrong keys through onProblem instead of throwing on lists', async () => {
    const problems: InterludeProblem[] = [];
    const store = memoryStore();
    const backend = await store.open({ userId: 'c-1', role: 'client' });
    await backend.write([
      { type: 'put', collection: 'assignments', value: { id: 'a-broken', status: 'nonsense' } },
    ]);
    backend.close();
    const client = track(
      createInterlude({ user: CLIENT, store, now, onProblem: (problem) => problems.push(problem) }),
    );
    expect(await client.assignments.list()).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({
      kind: 'invalid-record',
      collection: 'assignments',
      id: 'a-broken',
      quarantined: true,
    });

    const name = uniqueName('wrong-key');
    const writer = track(
      createInterlude({ user: CLIENT, store: idbStore({ name, encryption: { key: await newKey() } }), now }),
    );
    await writer.submissions.save(checkIn());
    await writer.close();
    const reader = track(
      createInterlude({
        user: CLIENT,
        store: idbStore({ name, encryption: { key: await newKey() } }),
        now,
        onProblem: (problem) => problems.push(problem),
      }),
    );
    expect(await reader.submissions.list()).to.deep.equal([]);
    expect(problems[1]).to.deep.equal({
      kind: 'storage-error',
      operation: 'submissions.list',
      failure: 'decryption-failed',
    });
    expect(JSON.stringify(problems)).not.to.contain('slept');
  });
});
