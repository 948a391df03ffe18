// Write generations and the shared, validated records the review queue reads: in real
// IndexedDB, with two connections to one partition standing for two tabs.
import { expect } from '@open-wc/testing';
import type { Submission } from '@interlude/core';
import { Repository, type StoreProblem } from '../repository.js';
import { trackGenerations, type GenerationTrackingBackend } from './generations.js';
import { idbStore, partitionDatabaseName } from './indexeddb.js';
import { deleteTestDatabases, rawPut, uniqueName } from './test-helpers.test-suite.js';
import type { PartitionKey, StorageBackend } from './types.js';

const CLINICIAN: PartitionKey = { userId: 't-1', role: 'clinician' };

/** Submission ids are UUIDs; `s-2` reads as the second. */
function uuid(name: string): string {
  return `00000000-0000-4000-8000-${name.replace('s-', '').padStart(12, '0')}`;
}

function submission(name: string, overrides: Partial<Submission> = {}): Submission {
  return {
    id: uuid(name),
    assignmentId: 'a-1',
    clientId: 'c-1',
    activity: { kind: 'check-in', id: 'daily-mood', version: '1.0.0' },
    answers: { mood: 3 },
    startedAt: '2026-03-29T09:02:00+02:00',
    submittedAt: '2026-03-29T09:03:10+02:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    ...overrides,
  };
}

/** A real backend that counts its getAll calls (what a cache hit saves). */
function counting(backend: GenerationTrackingBackend): GenerationTrackingBackend & { reads: number } {
  const counted = Object.create(backend) as GenerationTrackingBackend & { reads: number };
  counted.reads = 0;
  counted.getAll = (collection) => {
    counted.reads += 1;
    return backend.getAll(collection);
  };
  return counted;
}

describe('write generations and listShared', () => {
  const opened: StorageBackend[] = [];
  afterEach(async () => {
    for (const backend of opened.splice(0)) backend.close();
    await deleteTestDatabases();
  });

  async function tab(name: string): Promise<GenerationTrackingBackend> {
    const backend = trackGenerations(await idbStore({ name }).open(CLINICIAN));
    opened.push(backend);
    return backend;
  }

  it('changes a collection token in the write itself, and only for the collections written', async () => {
    const backend = await tab(uniqueName('generations'));
    // Untouched so far: stamped on first ask, and the same on the next.
    const stamped = await backend.generation('submissions');
    expect(stamped).to.be.a('string');
    expect(await backend.generation('submissions')).to.equal(stamped);
    await backend.write([{ type: 'put', collection: 'submissions', value: submission('s-1') }]);
    const first = await backend.generation('submissions');
    expect(first).to.be.a('string').and.not.equal(stamped);
    await backend.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1' } }]);
    expect(await backend.generation('submissions')).to.equal(first);
    await backend.write([{ type: 'delete', collection: 'submissions', id: uuid('s-1') }]);
    expect(await backend.generation('submissions')).to.not.equal(first);
    // drafts, the outbox and meta (the sync cursor) have no token and add none to a write
    expect(await backend.generation('drafts')).to.equal(undefined);
    await backend.write([{ type: 'put', collection: 'meta', value: { id: 'cursor', cursor: 'x' } }]);
    expect(
      (await backend.getAll('meta')).map((record) => (record as { id: string }).id).sort(),
    ).to.deep.equal(['cursor', 'generation:submissions']);
  });

  it('caches data written before tokens existed, and reads again after a tracked write', async () => {
    const name = uniqueName('old-data');
    const untracked = await idbStore({ name }).open(CLINICIAN);
    opened.push(untracked);
    await new Repository(untracked).submissions.put(submission('s-1'));
    const backend = counting(await tab(name));
    const repository = new Repository(backend);
    const first = await repository.submissions.listShared();
    const reads = backend.reads;
    expect(await repository.submissions.listShared()).to.equal(first);
    expect(backend.reads).to.equal(reads);
    await repository.submissions.put(submission('s-2'));
    expect((await repository.submissions.listShared()).map(({ id }) => id)).to.deep.equal([
      uuid('s-1'),
      uuid('s-2'),
    ]);
  });

  it('reuses the parsed records while nothing was written, frozen', async () => {
    const backend = counting(await tab(uniqueName('shared')));
    const repository = new Repository(backend);
    await repository.submissions.put(submission('s-1'));
    const first = await repository.submissions.listShared();
    const reads = backend.reads;
    const second = await repository.submissions.listShared();
    expect(second).to.equal(first);
    expect(backend.reads).to.equal(reads);
    expect(Object.isFrozen(first)).to.equal(true);
    expect(Object.isFrozen(first[0]?.answers)).to.equal(true);
    expect(() => {
      (first[0] as { answers: Record<string, unknown> }).answers['mood'] = 5;
    }).to.throw(TypeError);
  });

  it('reads again after a write from this tab or another one', async () => {
    const name = uniqueName('tabs');
    const mine = new Repository(await tab(name));
    const other = new Repository(await tab(name));
    await mine.submissions.put(submission('s-1'));
    expect((await mine.submissions.listShared()).map(({ id }) => id)).to.deep.equal([uuid('s-1')]);
    await other.submissions.put(submission('s-2'));
    expect((await mine.submissions.listShared()).map(({ id }) => id)).to.deep.equal([
      uuid('s-1'),
      uuid('s-2'),
    ]);
    // The sync engine writes through the backend itself, not the repository.
    await mine.backend.write([{ type: 'delete', collection: 'submissions', id: uuid('s-1') }]);
    expect((await mine.submissions.listShared()).map(({ id }) => id)).to.deep.equal([uuid('s-2')]);
  });

  it('validates what storage holds as list() does: a bad record is quarantined, not cached', async () => {
    const name = uniqueName('invalid');
    const backend = await tab(name);
    const problems: StoreProblem[] = [];
    const repository = new Repository(backend, { onProblem: (problem) => problems.push(problem) });
    await repository.submissions.put(submission('s-1'));
    await repository.submissions.listShared();
    // Written behind the client's back (no token change): then a tracked write elsewhere.
    await rawPut(await partitionDatabaseName(name, CLINICIAN), 'submissions', [
      { ...submission('s-2'), answers: { mood: Number.NaN } },
    ]);
    await repository.submissions.put(submission('s-3'));
    const listed = await repository.submissions.listShared();
    expect(listed.map(({ id }) => id)).to.deep.equal([uuid('s-1'), uuid('s-3')]);
    expect(problems.map(({ id, quarantined }) => ({ id, quarantined }))).to.deep.equal([
      { id: uuid('s-2'), quarantined: true },
    ]);
  });

  it('is list(), frozen, on a backend without generations', async () => {
    const backend = await idbStore({ name: uniqueName('untracked') }).open(CLINICIAN);
    opened.push(backend);
    const repository = new Repository(backend);
    await repository.submissions.put(submission('s-1'));
    const first = await repository.submissions.listShared();
    await backend.write([{ type: 'put', collection: 'submissions', value: submission('s-2') }]);
    expect((await repository.submissions.listShared()).map(({ id }) => id)).to.deep.equal([
      uuid('s-1'),
      uuid('s-2'),
    ]);
    expect(Object.isFrozen(first[0])).to.equal(true);
  });
});
