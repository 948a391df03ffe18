import { expect } from '@open-wc/testing';
import { runBackendContract } from './contract.test-suite.js';
import { StorageError } from './errors.js';
import { idbStore, partitionDatabaseName } from './indexeddb.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
import { COLLECTIONS, type PartitionKey } from './types.js';
import { deleteTestDatabases, rawPut, uniqueName } from './test-helpers.test-suite.js';

const CLIENT: PartitionKey = { userId: 'client-7f3a@example.org', role: 'client' };

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(StorageError);
    return error as StorageError;
  }
  throw new Error('expected a StorageError');
}

function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

runBackendContract('indexeddb', () => idbStore({ name: uniqueName('contract') }));

describe('idbStore', () => {
  afterEach(deleteTestDatabases);

  it('names each partition database by a SHA-256 hash, so user ids are not in the database list', async () => {
    const name = uniqueName('naming');
    const backend = await idbStore({ name }).open(CLIENT);
    const databases = (await indexedDB.databases()).map((database) => database.name ?? '');
    const ours = databases.filter((database) => database.startsWith(name));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(new RegExp(`^${name}--[0-9a-f]{64}$`));
    expect(ours[0]).to.equal(await partitionDatabaseName(name, CLIENT));
    expect(databases.join(' ')).not.to.contain('client-7f3a');
    expect(await partitionDatabaseName(name, { ...CLIENT, role: 'clinician' })).not.to.equal(ours[0]);
    backend.close();
  });

  it('creates one object store per collection, keyed by id, at the current version', async () => {
    const name = uniqueName('stores');
    const backend = await idbStore({ name }).open(CLIENT);
    backend.close();
    const db = await openRaw(await partitionDatabaseName(name, CLIENT));
    expect(db.version).to.equal(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal([...COLLECTIONS].sort());
    const transaction = db.transaction([...db.objectStoreNames]);
    for (const store of db.objectStoreNames) expect(transaction.objectStore(store).keyPath).to.equal('id');
    db.close();
  });

  it('version 3 indexes the submissions already stored, by assignment and by client', async () => {
    const name = uniqueName('indexes');
    const v2 = await idbStore({ name, migrations: MIGRATIONS.slice(0, 2) }).open(CLIENT);
    await v2.write([
      { type: 'put', collection: 'submissions', value: { id: 's-1', assignmentId: 'a-1', clientId: 'c-1' } },
      { type: 'put', collection: 'submissions', value: { id: 's-2', assignmentId: 'a-2', clientId: 'c-1' } },
    ]);
    // Without the index (an older schema), the same question is answered by a scan.
    expect(await v2.getAllWhere?.('submissions', 'assignmentId', 'a-2')).to.deep.equal([
      { id: 's-2', assignmentId: 'a-2', clientId: 'c-1' },
    ]);
    v2.close();
    const upgraded = await idbStore({ name }).open(CLIENT);
    expect(await upgraded.getAllWhere?.('submissions', 'assignmentId', 'a-2')).to.deep.equal([
      { id: 's-2', assignmentId: 'a-2', clientId: 'c-1' },
    ]);
    upgraded.close();
    const db = await openRaw(await partitionDatabaseName(name, CLIENT));
    const store = db.transaction('submissions').objectStore('submissions');
    expect([...store.indexNames].sort()).to.deep.equal(['assignmentId', 'clientId', 'kindSubmittedAt']);
    expect(
      await new Promise(
        (resolve) =>
          (store.index('clientId').count('c-1').onsuccess = (event) =>
            resolve((event.target as IDBRequest).result)),
      ),
    ).to.equal(2);
    db.close();
  });

  it('version 4 indexes the submissions already stored by activity kind and submittedAt text', async () => {
    const name = uniqueName('kind-index');
    const records = [
      { id: 's-1', activity: { kind: 'measure' }, submittedAt: '2026-01-02T09:00:00+01:00' },
      { id: 's-2', activity: { kind: 'check-in' }, submittedAt: '2026-03-01T09:00:00+01:00' },
      { id: 's-3', activity: { kind: 'check-in' }, submittedAt: '2026-01-02T09:00:00+01:00' },
      { id: 's-4', activity: { kind: 'measure' }, submittedAt: '2026-03-02T09:00:00Z' },
      { id: 's-5', submittedAt: '2026-03-02T09:00:00Z' },
      { id: 's-6', activity: { kind: 'check-in' }, submittedAt: 7 },
    ];
    const ranges = [{ kind: 'measure' }, { kind: 'check-in', from: '2026-02-01' }, { kind: 'exercise' }];
    const v3 = await idbStore({ name, migrations: MIGRATIONS.slice(0, 3) }).open(CLIENT);
    await v3.write(records.map((value) => ({ type: 'put', collection: 'submissions', value }) as const));
    // Without the index (an older schema) the same parts come from a scan, in the index's order.
    const ids = (rows: unknown[]) => (rows as { id: string }[]).map((row) => row.id);
    expect(ids(await v3.getSubmissionRanges!(ranges))).to.deep.equal(['s-1', 's-4', 's-2']);
    v3.close();
    const upgraded = await idbStore({ name }).open(CLIENT);
    expect(await upgraded.getSubmissionRanges!(ranges)).to.deep.equal([records[0], records[3], records[1]]);
    upgraded.close();
    const db = await openRaw(await partitionDatabaseName(name, CLIENT));
    const index = db.transaction('submissions').objectStore('submissions').index('kindSubmittedAt');
    expect(index.keyPath).to.deep.equal(['activity.kind', 'submittedAt']);
    db.close();
  });

  it('upgrades a version 1 database made by hand, keeping its records', async () => {
    const name = uniqueName('migrate');
    const databaseName = await partitionDatabaseName(name, CLIENT);
    // Version 1 exactly as it shipped: ten stores, no quarantine.
    const v1 = await openRaw(databaseName, 1, (db) => {
      for (const store of COLLECTIONS.filter((collection) => collection !== 'quarantine')) {
        db.createObjectStore(store, { keyPath: 'id' });
      }
    });
    v1.close();
    await rawPut(databaseName, 'drafts', [{ id: 'd-1', stepId: 'two' }]);

    const backend = await idbStore({ name }).open(CLIENT);
    expect(await backend.get('drafts', 'd-1')).to.deep.equal({ id: 'd-1', stepId: 'two' });
    await backend.write([{ type: 'put', collection: 'quarantine', value: { id: 'q-1' } }]);
    expect(await backend.getAll('quarantine')).to.deep.equal([{ id: 'q-1' }]);
    backend.close();
    const db = await openRaw(databaseName);
    expect(db.version).to.equal(MIGRATIONS.length);
    db.close();
  });

  it('runs asynchronous data migrations inside the upgrade, in order', async () => {
    const name = uniqueName('data-migration');
    const v3: Migration = async (_db, transaction) => {
      const store = transaction.objectStore('drafts');
      for (const draft of (await store.getAll()) as { id: string; stepId?: string }[]) {
        await store.put({ ...draft, stepId: draft.stepId ?? 'start' });
      }
    };
    const v2Only = await idbStore({ name, migrations: MIGRATIONS }).open(CLIENT);
    await v2Only.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1' } }]);
    v2Only.close();
    const upgraded = await idbStore({ name, migrations: [...MIGRATIONS, v3] }).open(CLIENT);
    expect(await upgraded.get('drafts', 'd-1')).to.deep.equal({ id: 'd-1', stepId: 'start' });
    upgraded.close();
  });

  it('reports a failed migration as migration-failed and leaves the old version and data intact', async () => {
    const name = uniqueName('failed-migration');
    const before = await idbStore({ name }).open(CLIENT);
    await before.write([{ type: 'put', collection: 'assignments', value: { id: 'a-1' } }]);
    before.close();
    const broken: Migration = (db) => {
      db.createObjectStore('half-done');
      throw new Error('boom');
    };
    const error = await failure(idbStore({ name, migrations: [...MIGRATIONS, broken] }).open(CLIENT));
    expect(error.failure).to.equal('migration-failed');
    const after = await idbStore({ name }).open(CLIENT);
    expect(await after.get('assignments', 'a-1')).to.deep.equal({ id: 'a-1' });
    after.close();
    const db = await openRaw(await partitionDatabaseName(name, CLIENT));
    expect(db.version).to.equal(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).not.to.include('half-done');
    db.close();
  });

  it('lets go when another tab upgrades, then reports that the database is newer than this code', async () => {
    const name = uniqueName('blocking');
    const backend = await idbStore({ name }).open(CLIENT);
    await backend.write([{ type: 'put', collection: 'meta', value: { id: 'm' } }]);
    // A "newer tab" upgrades; without our versionchange handling this would hang as blocked.
    const newer = await openRaw(await partitionDatabaseName(name, CLIENT), SCHEMA_VERSION + 1);
    newer.close();
    const error = await failure(backend.get('meta', 'm'));
    expect(error.failure).to.equal('version-too-new');
  });

  it('stops (closed) instead of recreating the database after it was deleted elsewhere (sign-out in another tab)', async () => {
    const name = uniqueName('deleted-elsewhere');
    const store = idbStore({ name });
    const tabA = await store.open(CLIENT);
    const tabB = await store.open(CLIENT);
    await tabA.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1' } }]);
    await tabB.destroy();
    const error = await failure(tabA.write([{ type: 'put', collection: 'drafts', value: { id: 'd-2' } }]));
    expect(error.failure).to.equal('closed');
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.to.include(await partitionDatabaseName(name, CLIENT));
  });

  it('rejects values IndexedDB cannot clone as invalid-write, without their content in the message', async () => {
    const backend = await idbStore({ name: uniqueName('clone') }).open(CLIENT);
    const secret = function secretAnswerFunction(): string {
      return 'I feel hopeless';
    };
    const error = await failure(
      backend.write([
        { type: 'put', collection: 'drafts', value: { id: 'ok' } },
        { type: 'put', collection: 'drafts', value: { id: 'bad', secret } },
      ]),
    );
    expect(error.failure).to.equal('invalid-write');
    expect(error.message).not.to.contain('secretAnswerFunction');
    expect(error.message).not.to.contain('hopeless');
    expect(await backend.getAll('drafts')).to.deep.equal([]);
    backend.close();
  });

  it('reads its own writes in order when many batches are in flight at once', async () => {
    const backend = await idbStore({ name: uniqueName('concurrent') }).open(CLIENT);
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        backend.write([{ type: 'put', collection: 'meta', value: { id: 'counter', n: index } }]),
      ),
    );
    expect(await backend.get('meta', 'counter')).to.deep.equal({ id: 'counter', n: 49 });
    backend.close();
  });
});
