// The browser deleting the partition's database behind the client's back, deterministically:
// what Chromium does after finding the database corrupt (a kill mid-write) and what eviction
// does. Every confirmed answer the server did not have yet must come back from the journal,
// the client must say `storage-lost`, and the server's copy must be pulled again.
// (tools/kill-test.mjs causes the real thing, by killing the browser.)
import { expect } from '@open-wc/testing';
import type { Submission } from '@interlude/core';
import { idbStore, partitionDatabaseName, type IdbStoreOptions } from '../backend/indexeddb.js';
import { deleteTestDatabases, rawGetAll, uniqueName } from '../backend/test-helpers.test-suite.js';
import { memoryServer, memoryTransport, type MemoryServer } from '../sync/memory-transport.js';
import type { Transport } from '../sync/transport.js';
import { concatBytes, encodeFrame } from '../backend/durability/frames.js';
import { createInterlude, type Interlude } from './create-interlude.js';
import type { InterludeProblem } from './problems.js';
import { NOW, checkIn, until } from './fixtures.test-suite.js';

const CLIENT = { id: 'c-1', role: 'client' } as const;
const PARTITION = { userId: CLIENT.id, role: CLIENT.role } as const;
const DRAFT_KEY = { assignmentId: 'a-mood', occurrenceId: 'a-mood@2026-03-02T09:00' };
const ACTIVITY = { kind: 'check-in', id: 'mood', version: '1.0.0' } as const;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

/** The partition's journal directory in OPFS, as the browser would evict it. */
async function journalDirectory(databaseName: string): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('interlude-journal');
    return await root.getDirectoryHandle(encodeURIComponent(databaseName));
  } catch {
    return undefined;
  }
}

async function journalFiles(databaseName: string): Promise<string[]> {
  const directory = await journalDirectory(databaseName);
  if (!directory) return [];
  const names: string[] = [];
  for await (const name of directory.keys()) names.push(name);
  return names.sort();
}

/** Everything in the partition's journal files, as text. */
async function journalText(databaseName: string): Promise<string> {
  const directory = await journalDirectory(databaseName);
  if (!directory) return '';
  let text = '';
  for await (const handle of directory.values()) {
    if (handle.kind !== 'file') continue;
    // A file the journal writes to while it is read reads as NotReadableError: read it again.
    for (let attempt = 0; ; attempt += 1) {
      try {
        text += await (await (handle as FileSystemFileHandle).getFile()).text();
        break;
      } catch (error) {
        if (attempt > 20 || (error as DOMException).name !== 'NotReadableError') throw error;
      }
    }
  }
  return text;
}

/** A transport whose pushes fail while `offline`: changes stay unsynced on the device. */
function switchable(server: MemoryServer): Transport & { offline: boolean } {
  const inner = memoryTransport({ server });
  const transport = {
    offline: false,
    push: (...args: Parameters<Transport['push']>) =>
      transport.offline ? Promise.reject(new Error('offline')) : inner.push(...args),
    pull: (...args: Parameters<Transport['pull']>) => inner.pull(...args),
  };
  return transport;
}

describe('storage lost: the browser deletes the partition behind the client', () => {
  const clients: Interlude[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
    await deleteTestDatabases();
  });

  function open(
    name: string,
    options: { transport?: Transport; store?: Partial<IdbStoreOptions>; problems?: InterludeProblem[] } = {},
  ): Interlude {
    const client = createInterlude({
      user: CLIENT,
      store: idbStore({ name, ...options.store }),
      ...(options.transport ? { transport: options.transport } : {}),
      now: () => NOW,
      sync: { autoStart: false },
      onProblem: (problem) => options.problems?.push(problem),
    });
    clients.push(client);
    return client;
  }

  /** Saves two that reach the server, then three and a draft that do not. */
  async function saveSome(client: Interlude, transport: Transport & { offline: boolean }) {
    const synced = [checkIn(), checkIn()];
    for (const submission of synced) await client.submissions.save(submission);
    expect(await client.sync.syncNow()).to.include({ stored: 2 });
    transport.offline = true;
    const unsynced = [checkIn('c-1', 'first'), checkIn('c-1', 'second'), checkIn('c-1', 'third')];
    for (const submission of unsynced) await client.submissions.save(submission);
    const draft = await client.drafts.update(DRAFT_KEY, {
      activity: ACTIVITY,
      answers: { mood: 2, note: 'half way' },
      stepId: 'note',
    });
    return { synced, unsynced, draft };
  }

  const ids = (submissions: readonly Submission[]): string[] => submissions.map((item) => item.id).sort();

  for (const medium of ['opfs', 'local-storage'] as const) {
    it(`puts back every unsynced save and the draft after a deletion between two page loads (${medium})`, async () => {
      const name = uniqueName(`lost-${medium}`);
      const server = memoryServer();
      const transport = switchable(server);
      const first = open(name, { transport, store: { journal: medium } });
      const { synced, unsynced, draft } = await saveSome(first, transport);
      await first.close();

      await deleteDatabase(await partitionDatabaseName(name, PARTITION));

      const problems: InterludeProblem[] = [];
      transport.offline = false;
      const second = open(name, { transport, store: { journal: medium }, problems });
      // Before any network: the three unsynced answers and the draft are back.
      expect(ids(await second.submissions.list())).to.deep.equal(ids(unsynced));
      const resumed = await second.drafts.resume(DRAFT_KEY);
      expect(resumed?.answers).to.deep.equal(draft.answers);
      expect(resumed?.stepId).to.equal('note');
      expect(problems).to.deep.equal([
        {
          kind: 'storage-lost',
          reason: 'deleted',
          recovered: { changes: 3, submissions: 3, drafts: 1 },
          journal: medium,
        },
      ]);
      expect(second.sync.status.storageLost).to.include({ reason: 'deleted' });
      expect(second.sync.status.pending).to.equal(3);
      expect((await second.storage.status()).lost?.reason).to.equal('deleted');

      // The server's copy comes back with the next pull; the recovered ones go up once each.
      expect(await second.sync.syncNow()).to.include({ stored: 3 });
      expect(ids(await second.submissions.list())).to.deep.equal(ids([...synced, ...unsynced]));
      expect([...server.creations.values()].every((count) => count === 1)).to.equal(true);
      expect(server.all('submissions')).to.have.length(5);
      expect(second.sync.status).to.include({ pending: 0 });
    });
  }

  it('keeps every save that was confirmed while the database was deleted mid-write', async () => {
    const name = uniqueName('lost-in-flight');
    const client = open(name);
    await client.ready;
    const databaseName = await partitionDatabaseName(name, PARTITION);
    const submissions = Array.from({ length: 30 }, (_, i) => checkIn('c-1', `note ${i}`));
    const saves: Promise<unknown>[] = [];
    let deleted: Promise<void> | undefined;
    for (const [i, submission] of submissions.entries()) {
      saves.push(client.submissions.save(submission));
      // The deletion request goes in while saves are queued and running, once the first has been
      // confirmed (under load none may be yet, and the test would have nothing to check).
      if (i === 15) {
        await saves[0];
        deleted = deleteDatabase(databaseName);
      }
      if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const outcomes = await Promise.allSettled(saves);
    await deleted;
    const confirmed = submissions.filter((_, i) => outcomes[i]?.status === 'fulfilled');
    expect(confirmed.length).to.be.greaterThan(0);
    await client.close();

    const problems: InterludeProblem[] = [];
    const again = open(name, { problems });
    const found = new Set((await again.submissions.list()).map((item) => item.id));
    for (const submission of confirmed)
      expect(found.has(submission.id), 'a confirmed save is missing').to.equal(true);
    // Recovered from the journal (the database was really gone), and nothing that failed came back.
    expect(problems[0]).to.deep.include({ kind: 'storage-lost', reason: 'deleted', journal: 'opfs' });
    expect(found.size).to.equal(confirmed.length);
  });

  it('reports the loss even when the journal went too (eviction), and refills from the server', async () => {
    const name = uniqueName('evicted');
    const server = memoryServer();
    const transport = switchable(server);
    const first = open(name, { transport });
    const { synced, unsynced } = await saveSome(first, transport);
    expect(first.sync.status.oldestPendingAt).to.be.a('string');
    await first.close();

    const databaseName = await partitionDatabaseName(name, PARTITION);
    await deleteDatabase(databaseName);
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('interlude-journal');
    // The closed client lets go of its journal in the background; evict once it has.
    await until(() =>
      root.removeEntry(encodeURIComponent(databaseName), { recursive: true }).then(
        () => true,
        () => false,
      ),
    );

    const problems: InterludeProblem[] = [];
    transport.offline = false;
    const second = open(name, { transport, problems });
    await second.ready;
    expect(problems).to.deep.equal([
      {
        kind: 'storage-lost',
        reason: 'deleted',
        recovered: { changes: 0, submissions: 0, drafts: 0 },
        journal: 'opfs',
      },
    ]);
    await second.sync.syncNow();
    // Only what had reached the server survives: that is the documented limit.
    const left = ids(await second.submissions.list());
    expect(left).to.deep.equal(ids(synced));
    for (const submission of unsynced) expect(left).not.to.include(submission.id);
  });

  it('notices a partition that opens emptier than its marker and journal say, and pulls everything again', async () => {
    const name = uniqueName('emptier');
    const server = memoryServer();
    const transport = switchable(server);
    const first = open(name, { transport });
    const { synced, unsynced } = await saveSome(first, transport);
    await first.close();

    // Records vanish while the database itself stays (the newest synced one, one unsynced).
    const databaseName = await partitionDatabaseName(name, PARTITION);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(databaseName);
      request.onsuccess = () => resolve(request.result);
    });
    const lost = unsynced[1] as Submission;
    await new Promise<void>((resolve) => {
      const transaction = db.transaction(['submissions', 'outbox'], 'readwrite');
      transaction.objectStore('submissions').delete(lost.id);
      transaction.objectStore('outbox').delete(lost.id);
      transaction.objectStore('submissions').delete((synced[1] as Submission).id);
      transaction.oncomplete = () => resolve();
    });
    db.close();

    const problems: InterludeProblem[] = [];
    transport.offline = false;
    const second = open(name, { transport, problems });
    expect(ids(await second.submissions.list())).to.include(lost.id);
    expect(problems[0]).to.deep.include({ kind: 'storage-lost', reason: 'emptier' });
    expect(await second.sync.syncNow()).to.include({ stored: 3 });
    // The cursor was reset, so the synced record that vanished is pulled again.
    expect(ids(await second.submissions.list())).to.deep.equal(ids([...synced, ...unsynced]));
  });

  /** Leaves, next to a closed partition, the journal a kill mid-save leaves: a batch whose transaction never ran. */
  async function cutShort(name: string): Promise<{ databaseName: string; cut: Submission }> {
    const first = open(name);
    await first.ready;
    await first.close();
    const databaseName = await partitionDatabaseName(name, PARTITION);
    const [meta] = (await rawGetAll(databaseName, 'meta')) as { instance: string }[];
    const cut = checkIn('c-1', 'cut short');
    const at = '2026-03-02T09:00:00.000Z';
    const outbox = {
      id: cut.id,
      collection: 'submissions',
      enqueuedAt: at,
      attempts: 0,
      nextAttemptAt: at,
      state: 'pending',
    };
    const ops = [
      { type: 'put', collection: 'submissions', value: cut },
      { type: 'put', collection: 'outbox', value: outbox },
    ];
    const frames = concatBytes([
      encodeFrame({ h: 1, owner: 'abc123', instance: meta?.instance }),
      encodeFrame({ e: 1, t: Date.now(), ops }),
    ]);
    const root = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle('interlude-journal', { create: true });
    const directory = await root.getDirectoryHandle(encodeURIComponent(databaseName), { create: true });
    const writable = await (await directory.getFileHandle('j.abc123.0', { create: true })).createWritable();
    await writable.write(frames);
    await writable.close();
    return { databaseName, cut };
  }

  it('does not count a save cut short by a kill (journaled, never committed) as lost', async () => {
    const name = uniqueName('cut-short');
    await cutShort(name);
    const problems: InterludeProblem[] = [];
    const second = open(name, { problems });
    expect(await second.submissions.list()).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it('puts a save cut short back when the database was deleted too: it may have been confirmed', async () => {
    const name = uniqueName('cut-short-deleted');
    const { databaseName, cut } = await cutShort(name);
    await deleteDatabase(databaseName);
    const problems: InterludeProblem[] = [];
    const second = open(name, { problems });
    expect((await second.submissions.list()).map((item) => item.id)).to.deep.equal([cut.id]);
    expect(problems[0]).to.include({ kind: 'storage-lost', reason: 'deleted' });
  });

  it('encrypts the journal like the partition: no answer in it as plain text', async () => {
    const name = uniqueName('lost-encrypted');
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const first = open(name, { store: { encryption: { key } } });
    const submission = checkIn('c-1', 'I felt hopeless on Tuesday');
    await first.submissions.save(submission);
    const databaseName = await partitionDatabaseName(name, PARTITION);
    const text = await journalText(databaseName);
    expect(text).to.contain(submission.id);
    expect(text).not.to.contain('hopeless');
    expect(text).not.to.contain('answers');
    await first.close();

    await deleteDatabase(databaseName);
    const problems: InterludeProblem[] = [];
    const second = open(name, { store: { encryption: { key } }, problems });
    const [back] = await second.submissions.list();
    expect(back?.answers['note']).to.equal('I felt hopeless on Tuesday');
    expect(problems[0]).to.include({ kind: 'storage-lost' });
  });

  it('retires journal entries once the server has them, and deletes an empty journal on close', async () => {
    const name = uniqueName('trim');
    const server = memoryServer();
    const client = open(name, { transport: memoryTransport({ server }) });
    const databaseName = await partitionDatabaseName(name, PARTITION);
    const submissions = [checkIn(), checkIn(), checkIn()];
    for (const submission of submissions) await client.submissions.save(submission);
    expect(await journalText(databaseName)).to.contain(submissions[2]?.id);
    await client.sync.syncNow();
    // Retiring is not urgent: it happens once the journal is idle.
    await until(async () => !(await journalText(databaseName)).includes(submissions[0]?.id ?? '?'), 10_000);
    await client.close();
    await until(
      async () => (await journalFiles(databaseName)).filter((file) => file.startsWith('j.')).length === 0,
      10_000,
    );
  });

  it('clears the marker and the journal on sign-out: a signed-out partition is never reported lost', async () => {
    const name = uniqueName('signed-out');
    const first = open(name);
    await first.submissions.save(checkIn());
    await first.drafts.update(DRAFT_KEY, { activity: ACTIVITY, answers: { mood: 1 } });
    const databaseName = await partitionDatabaseName(name, PARTITION);
    expect(localStorage.getItem(`interlude-partition:${databaseName}`)).to.be.a('string');
    await first.signOut();
    expect(localStorage.getItem(`interlude-partition:${databaseName}`)).to.equal(null);
    expect((await journalFiles(databaseName)).filter((file) => file.startsWith('j.'))).to.deep.equal([]);

    const problems: InterludeProblem[] = [];
    const next = open(name, { problems });
    expect(await next.submissions.list()).to.deep.equal([]);
    expect(await next.drafts.resume(DRAFT_KEY)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
    expect(next.sync.status.storageLost).to.equal(undefined);
  });

  for (const [a, b] of [
    ['opfs', 'opfs'],
    ['local-storage', 'opfs'],
    ['opfs', 'local-storage'],
  ] as const) {
    it(`never replays a signed-out tab’s journal that another tab still held (${a} signs out, ${b} held)`, async () => {
      const name = uniqueName('signed-out-two-tabs');
      const tabA = open(name, { store: { journal: a } });
      const tabB = open(name, { store: { journal: b } });
      await tabB.submissions.save(checkIn('c-1', 'from tab B'));
      await tabA.ready;
      // Tab A signs out while tab B still holds its journal open.
      await tabA.signOut();
      await tabB.close();

      const problems: InterludeProblem[] = [];
      const next = open(name, { problems });
      expect(await next.submissions.list()).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    });
  }

  it('recovers from the localStorage journal of a tab that could not use OPFS', async () => {
    const name = uniqueName('lost-mixed');
    const fallback = open(name, { store: { journal: 'local-storage' } });
    const saved = checkIn('c-1', 'kept in localStorage');
    await fallback.submissions.save(saved);
    await fallback.close();
    await deleteDatabase(await partitionDatabaseName(name, PARTITION));

    const problems: InterludeProblem[] = [];
    const next = open(name, { problems });
    expect((await next.submissions.list()).map((item) => item.id)).to.deep.equal([saved.id]);
    expect(problems[0]).to.deep.include({ kind: 'storage-lost', reason: 'deleted', journal: 'opfs' });
    expect(Object.keys(localStorage).filter((key) => key.startsWith('interlude-journal:'))).to.satisfy(
      (keys: string[]) => keys.every((key) => !key.includes(saved.id)),
    );
  });

  it('says where the journal is, whether the browser keeps the data, and how much is only on this device', async () => {
    const name = uniqueName('storage-status');
    const client = open(name);
    const before = await client.storage.status();
    expect(before).to.include({ journal: 'opfs', unsynced: 0 });
    expect(['not-requested', 'granted']).to.include(before.persistence);
    await client.submissions.save(checkIn());
    // The first write asks for persistent storage; headless Chromium answers by itself.
    await until(async () => (await client.storage.status()).persistence !== 'not-requested');
    const after = await client.storage.status();
    expect(['granted', 'denied']).to.include(after.persistence);
    expect(after.unsynced).to.equal(1);
    expect(after.oldestUnsyncedAt).to.equal(new Date(NOW).toISOString());
    expect(after.quotaBytes).to.be.greaterThan(0);
    expect(after.usageBytes).to.be.at.least(0);
  });

  it('reports a full localStorage journal once, and still saves', async () => {
    const name = uniqueName('journal-full');
    const problems: InterludeProblem[] = [];
    const client = open(name, { store: { journal: 'local-storage', journalLimit: 1500 }, problems });
    for (let i = 0; i < 4; i += 1) await client.submissions.save(checkIn('c-1', `note ${i}`));
    expect(await client.submissions.list()).to.have.length(4);
    expect(problems).to.deep.equal([{ kind: 'journal-error', failure: 'full' }]);
    expect((await client.storage.status()).journalFailure).to.equal('full');
  });

  it('still finds what a journal holds when its last frame was torn by a kill', async () => {
    const name = uniqueName('torn');
    const first = open(name);
    const kept = checkIn('c-1', 'kept');
    await first.submissions.save(kept);
    const databaseName = await partitionDatabaseName(name, PARTITION);
    await first.close();
    // A kill mid-append: half a frame at the end of the journal.
    const directory = await journalDirectory(databaseName);
    await until(async () => (await journalFiles(databaseName)).some((file) => file.startsWith('j.')));
    for await (const handle of directory!.values()) {
      if (handle.kind !== 'file' || !handle.name.startsWith('j.')) continue;
      const file = handle as FileSystemFileHandle;
      // The closing client lets go of its file in the background; wait until it has.
      let writable: FileSystemWritableFileStream | undefined;
      await until(async () => {
        writable = await file.createWritable({ keepExistingData: true }).catch(() => undefined);
        return writable !== undefined;
      });
      const { size } = await file.getFile();
      await writable!.write({ type: 'write', position: size, data: new Uint8Array([200, 0, 0, 0, 1, 2, 3]) });
      await writable!.close();
    }
    await deleteDatabase(databaseName);

    const second = open(name);
    expect((await second.submissions.list()).map((item) => item.id)).to.deep.equal([kept.id]);
    expect(await rawGetAll(databaseName, 'outbox')).to.have.length(1);
  });
});
