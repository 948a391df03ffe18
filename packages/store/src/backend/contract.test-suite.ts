/**
 * The behaviour every {@link StoreFactory} must have, as one suite each backend's test file runs
 * (memory, IndexedDB, and the encrypted wrapper over both). Uses mocha's BDD globals and chai,
 * so it runs in Chromium (web-test-runner) and under Node's test runner alike.
 *
 * @module
 */
import { expect } from 'chai';
import { StorageError } from './errors.js';
import type { PartitionKey, StorageBackend, StoreFactory, WriteOp } from './types.js';

// mocha's globals, declared here because this module is compiled with the library sources.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const beforeEach: (hook: () => Promise<void>) => void;
declare const afterEach: (hook: () => Promise<void>) => void;

const ALICE: PartitionKey = { userId: 'alice', role: 'client' };
const BOB: PartitionKey = { userId: 'bob', role: 'client' };
const ALICE_AS_CLINICIAN: PartitionKey = { userId: 'alice', role: 'clinician' };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/**
 * Registers the contract tests for the factory `makeFactory` returns (called once per test,
 * so each test starts from empty partitions as long as the factory uses fresh names).
 */
export function runBackendContract(
  name: string,
  makeFactory: () => StoreFactory | Promise<StoreFactory>,
): void {
  describe(`StorageBackend contract: ${name}`, () => {
    let factory: StoreFactory;
    let opened: StorageBackend[] = [];

    async function open(partition: PartitionKey = ALICE): Promise<StorageBackend> {
      const backend = await factory.open(partition);
      opened.push(backend);
      return backend;
    }

    beforeEach(async () => {
      factory = await makeFactory();
      opened = [];
    });

    afterEach(async () => {
      // Destroying deletes the partition's database, so no test leaves data behind.
      for (const backend of opened) await backend.destroy().catch(() => undefined);
    });

    it('round-trips records and deletes them', async () => {
      const backend = await open();
      const record = { id: 'a-1', nested: { list: [1, 'two', null, true] }, text: 'ünïcødé ✓' };
      await backend.write([{ type: 'put', collection: 'assignments', value: record }]);
      expect(await backend.get('assignments', 'a-1')).to.deep.equal(record);
      expect(await backend.get('assignments', 'missing')).to.equal(undefined);
      expect(await backend.get('submissions', 'a-1')).to.equal(undefined);
      await backend.write([{ type: 'delete', collection: 'assignments', id: 'a-1' }]);
      expect(await backend.get('assignments', 'a-1')).to.equal(undefined);
      expect(await backend.getAll('assignments')).to.deep.equal([]);
    });

    it('replaces a record put twice under the same id', async () => {
      const backend = await open();
      await backend.write([{ type: 'put', collection: 'drafts', value: { id: 'd', revision: 1 } }]);
      await backend.write([{ type: 'put', collection: 'drafts', value: { id: 'd', revision: 2 } }]);
      expect(await backend.getAll('drafts')).to.deep.equal([{ id: 'd', revision: 2 }]);
    });

    it('hands out copies: mutating what was written or read changes nothing stored', async () => {
      const backend = await open();
      const record = { id: 's-1', answers: { mood: 3 } };
      await backend.write([{ type: 'put', collection: 'submissions', value: record }]);
      record.answers.mood = 9;
      const read = (await backend.get('submissions', 's-1')) as typeof record;
      read.answers.mood = 7;
      expect(await backend.get('submissions', 's-1')).to.deep.equal({ id: 's-1', answers: { mood: 3 } });
    });

    it('returns every record of a collection in id order', async () => {
      const backend = await open();
      const ids = ['b', 'a', 'c', 'A', '10', '9', 'aa', 'é'];
      await backend.write(ids.map((id): WriteOp => ({ type: 'put', collection: 'flags', value: { id } })));
      const read = (await backend.getAll('flags')) as { id: string }[];
      expect(read.map((record) => record.id)).to.deep.equal(['10', '9', 'A', 'a', 'aa', 'b', 'c', 'é']);
    });

    it('reads records by an indexed field in id order, where the backend indexes (else it has no getAllWhere)', async () => {
      const backend = await open();
      const records = [
        { id: 's-3', assignmentId: 'a-1', clientId: 'c-1' },
        { id: 's-1', assignmentId: 'a-1', clientId: 'c-2' },
        { id: 's-2', assignmentId: 'a-2', clientId: 'c-1' },
        { id: 's-4', clientId: 'c-1' },
      ];
      await backend.write(
        records.map((value): WriteOp => ({ type: 'put', collection: 'submissions', value })),
      );
      if (backend.getAllWhere === undefined) {
        expect(backend.encryptedAtRest).to.equal(true);
        return;
      }
      const ids = (rows: unknown[]) => (rows as { id: string }[]).map((row) => row.id);
      expect(ids(await backend.getAllWhere('submissions', 'assignmentId', 'a-1'))).to.deep.equal([
        's-1',
        's-3',
      ]);
      expect(ids(await backend.getAllWhere('submissions', 'clientId', 'c-1'))).to.deep.equal([
        's-2',
        's-3',
        's-4',
      ]);
      expect(await backend.getAllWhere('submissions', 'assignmentId', 'a-9')).to.deep.equal([]);
      await backend.write([{ type: 'delete', collection: 'submissions', id: 's-3' }]);
      expect(ids(await backend.getAllWhere('submissions', 'assignmentId', 'a-1'))).to.deep.equal(['s-1']);
    });

    it('reads submissions by activity kind from a submittedAt text, where the backend can (else it has no getSubmissionRanges)', async () => {
      const backend = await open();
      const records = [
        { id: 's-1', activity: { kind: 'measure' }, submittedAt: '2026-03-02T09:00:00+01:00' },
        { id: 's-2', activity: { kind: 'check-in' }, submittedAt: '2026-03-01T23:00:00-05:00' },
        { id: 's-3', activity: { kind: 'check-in' }, submittedAt: '2026-02-28T09:00:00Z' },
        { id: 's-4', activity: { kind: 'measure' }, submittedAt: '2025-12-31T09:00:00Z' },
        { id: 's-5', activity: { kind: 'check-in' } },
      ];
      await backend.write(
        records.map((value): WriteOp => ({ type: 'put', collection: 'submissions', value })),
      );
      if (backend.getSubmissionRanges === undefined) {
        expect(backend.encryptedAtRest).to.equal(true);
        return;
      }
      const ids = (rows: unknown[]) => (rows as { id: string }[]).map((row) => row.id);
      expect(
        ids(
          await backend.getSubmissionRanges([{ kind: 'measure' }, { kind: 'check-in', from: '2026-03-01' }]),
        ),
      ).to.deep.equal(['s-4', 's-1', 's-2']);
      expect(
        ids(
          await backend.getSubmissionRanges([
            { kind: 'check-in', before: '2026-03-01T23:00:00-05:00' },
            { kind: 'measure', from: '2026-01-01', before: '2026-03-03' },
            { kind: 'check-in', from: '2026-03-01T23:00:00-05:00', before: '2026-03-02' },
          ]),
        ),
      ).to.deep.equal(['s-3', 's-1', 's-2']);
      expect(await backend.getSubmissionRanges([{ kind: 'measure', before: '2025-12-31' }])).to.deep.equal(
        [],
      );
      expect(await backend.getSubmissionRanges([{ kind: 'exercise' }])).to.deep.equal([]);
      await backend.write([{ type: 'delete', collection: 'submissions', id: 's-1' }]);
      expect(ids(await backend.getSubmissionRanges([{ kind: 'measure', from: '2026-01-01' }]))).to.deep.equal(
        [],
      );
    });

    it('writes a batch over several collections atomically: all of it', async () => {
      const backend = await open();
      await backend.write([
        { type: 'put', collection: 'submissions', value: { id: 's-1' } },
        { type: 'put', collection: 'scores', value: { id: 'score:s-1' } },
        { type: 'put', collection: 'outbox', value: { id: 's-1' } },
        { type: 'delete', collection: 'drafts', id: 'never-existed' },
      ]);
      expect(await backend.getAll('submissions')).to.have.length(1);
      expect(await backend.getAll('scores')).to.have.length(1);
      expect(await backend.getAll('outbox')).to.have.length(1);
    });

    for (const [label, bad] of [
      ['a value without id', { type: 'put', collection: 'scores', value: { total: 3 } }],
      ['an empty id', { type: 'put', collection: 'scores', value: { id: '' } }],
      ['an unknown collection', { type: 'put', collection: 'nope', value: { id: 'x' } }],
      ['a delete without id', { type: 'delete', collection: 'scores' }],
    ] as const) {
      it(`writes nothing of a batch that contains ${label}`, async () => {
        const backend = await open();
        await backend.write([{ type: 'put', collection: 'submissions', value: { id: 'keep', v: 1 } }]);
        const error = await rejection(
          backend.write([
            { type: 'put', collection: 'submissions', value: { id: 'keep', v: 2 } },
            { type: 'put', collection: 'submissions', value: { id: 'new' } },
            { type: 'delete', collection: 'submissions', id: 'keep' },
            bad as unknown as WriteOp,
          ]),
        );
        expect(error).to.be.instanceOf(StorageError);
        expect((error as StorageError).code).to.equal('storage-invalid-write');
        expect(await backend.getAll('submissions')).to.deep.equal([{ id: 'keep', v: 1 }]);
      });
    }

    it('skips an op whose condition record exists, in the same transaction as the rest', async () => {
      const backend = await open();
      await backend.write([{ type: 'put', collection: 'outbox', value: { id: 'p-1' } }]);
      await backend.write([
        { type: 'put', collection: 'preferences', value: { id: 'p-1', v: 'local' } },
        { type: 'put', collection: 'preferences', value: { id: 'p-2', v: 'local' } },
      ]);
      await backend.write([
        {
          type: 'put',
          collection: 'preferences',
          value: { id: 'p-1', v: 'pulled' },
          unless: { collection: 'outbox', id: 'p-1' },
        },
        {
          type: 'put',
          collection: 'preferences',
          value: { id: 'p-2', v: 'pulled' },
          unless: { collection: 'outbox', id: 'p-2' },
        },
        { type: 'delete', collection: 'preferences', id: 'p-1', unless: { collection: 'outbox', id: 'p-1' } },
        { type: 'put', collection: 'meta', value: { id: 'cursor', at: 1 } },
      ]);
      expect(await backend.getAll('preferences')).to.deep.equal([
        { id: 'p-1', v: 'local' },
        { id: 'p-2', v: 'pulled' },
      ]);
      expect(await backend.get('meta', 'cursor')).to.deep.equal({ id: 'cursor', at: 1 });
      const error = await rejection(
        backend.write([
          {
            type: 'put',
            collection: 'preferences',
            value: { id: 'p-3' },
            unless: { collection: 'nowhere', id: 'x' },
          } as unknown as WriteOp,
        ]),
      );
      expect((error as StorageError).code).to.equal('storage-invalid-write');
    });

    it('accepts an empty batch', async () => {
      const backend = await open();
      await backend.write([]);
      expect(await backend.getAll('meta')).to.deep.equal([]);
    });

    it("keeps partitions apart: one user's data is invisible to another user and role", async () => {
      const alice = await open(ALICE);
      await alice.write([{ type: 'put', collection: 'submissions', value: { id: 's-1', secret: 'alice' } }]);
      const bob = await open(BOB);
      const clinician = await open(ALICE_AS_CLINICIAN);
      expect(await bob.get('submissions', 's-1')).to.equal(undefined);
      expect(await bob.getAll('submissions')).to.deep.equal([]);
      expect(await clinician.getAll('submissions')).to.deep.equal([]);
      await bob.write([{ type: 'put', collection: 'submissions', value: { id: 's-1', secret: 'bob' } }]);
      expect(await alice.get('submissions', 's-1')).to.deep.equal({ id: 's-1', secret: 'alice' });
    });

    it('keeps data across close and reopen', async () => {
      const first = await open();
      await first.write([{ type: 'put', collection: 'preferences', value: { id: 'reminders', on: true } }]);
      first.close();
      const error = await rejection(first.get('preferences', 'reminders'));
      expect((error as StorageError).code).to.equal('storage-closed');
      const again = await open();
      expect(await again.get('preferences', 'reminders')).to.deep.equal({ id: 'reminders', on: true });
    });

    it('wipes the partition on destroy, and only that one', async () => {
      const alice = await open(ALICE);
      const bob = await open(BOB);
      await alice.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1' } }]);
      await bob.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1' } }]);
      await alice.destroy();
      const error = await rejection(alice.getAll('drafts'));
      expect((error as StorageError).code).to.equal('storage-closed');
      const reopened = await open(ALICE);
      expect(await reopened.getAll('drafts')).to.deep.equal([]);
      expect(await bob.getAll('drafts')).to.deep.equal([{ id: 'd-1' }]);
    });

    it('sees writes made through another backend of the same partition (another tab)', async () => {
      const tabA = await open();
      const tabB = await open();
      await tabA.write([{ type: 'put', collection: 'assignments', value: { id: 'a-1' } }]);
      expect(await tabB.get('assignments', 'a-1')).to.deep.equal({ id: 'a-1' });
    });
  });
}
