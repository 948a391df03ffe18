import { expect } from '@open-wc/testing';
import { SubmissionSchema, ValidationError, safeParse, type Score, type Submission } from '@interlude/core';
import { createOutboxEntry, outboxPut, queueChange } from './sync/outbox.js';
import { idbStore, partitionDatabaseName } from './backend/indexeddb.js';
import { memoryStore } from './backend/memory.js';
import type { PartitionKey, StorageBackend } from './backend/types.js';
import { deleteTestDatabases, rawGetAll, rawPut, uniqueName } from './backend/test-helpers.test-suite.js';
import { StorageError } from './backend/errors.js';
import { RECORD_FORMAT, Repository, definitionKey, scoreId, type StoreProblem } from './repository.js';

const CLIENT: PartitionKey = { userId: 'c-1', role: 'client' };
const SECRET = 'nobody would miss me';

function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: crypto.randomUUID(),
    assignmentId: 'a-1',
    occurrenceId: 'a-1@2026-03-29T09:00',
    clientId: 'c-1',
    activity: { kind: 'measure', id: 'phq-9', version: '1.0.0' },
    answers: { q1: 2, q9: 1, note: SECRET },
    startedAt: '2026-03-29T09:02:00+02:00',
    submittedAt: '2026-03-29T09:03:10+02:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    ...overrides,
  };
}

const SCORE: Score = {
  measure: { id: 'phq-9', version: '1.0.0' },
  total: 12,
  band: 'moderate',
  prorated: false,
  unscorableReason: null,
  missingItemIds: [],
  riskItemIds: ['q9'],
  unansweredRiskItemIds: [],
  flags: {},
};

describe('Repository', () => {
  let backends: StorageBackend[] = [];
  afterEach(async () => {
    for (const backend of backends) backend.close();
    backends = [];
    await deleteTestDatabases();
  });

  async function idbRepository(
    problems: StoreProblem[] = [],
  ): Promise<{ repository: Repository; dbName: string }> {
    const name = uniqueName('repository');
    const backend = await idbStore({ name }).open(CLIENT);
    backends.push(backend);
    return {
      repository: new Repository(backend, {
        onProblem: (problem) => problems.push(problem),
        now: () => new Date('2026-03-29T07:05:00Z'),
      }),
      dbName: await partitionDatabaseName(name, CLIENT),
    };
  }

  it('validates a submission of the usual shape exactly as the schema does, and an invalid one with the same error', async () => {
    const { repository } = await idbRepository();
    const usual = submission({ durationSeconds: 70 });
    // The first of a time zone goes through the schema; the second takes the shortcut.
    for (const value of [usual, { ...usual, id: crypto.randomUUID() }]) {
      const viaSchema = safeParse(SubmissionSchema, value, 'submission');
      if (!viaSchema.ok) throw viaSchema.error;
      const validated = repository.submissions.validate(value);
      expect(validated).to.not.equal(value);
      expect(JSON.stringify(validated)).to.equal(JSON.stringify(viaSchema.value));
    }
    const invalid = { ...usual, startedAt: '2026-03-29T09:04:00+02:00' };
    const expected = safeParse(SubmissionSchema, invalid, 'submission');
    expect(expected.ok).to.equal(false);
    let thrown: unknown;
    try {
      repository.submissions.validate(invalid);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ValidationError);
    expect((thrown as ValidationError).message).to.equal(!expected.ok ? expected.error.message : '');
    expect((thrown as ValidationError).issues).to.deep.equal(!expected.ok ? expected.error.issues : []);
  });

  it('queues a saved change with the entry and put that createOutboxEntry and outboxPut make, and still refuses a time the schema refuses', () => {
    const now = new Date('2026-03-29T07:05:00.123Z');
    const id = crypto.randomUUID();
    const { entry, op } = queueChange(id, 'submissions', now);
    const expected = createOutboxEntry({ id, collection: 'submissions', now });
    expect(entry).to.deep.equal(expected);
    expect(JSON.stringify(op)).to.equal(JSON.stringify(outboxPut(expected)));
    // Year 10000: toISOString gives "+010000-…", which the schema's instant does not accept.
    expect(() => queueChange(id, 'submissions', new Date(Date.UTC(10000, 0, 1)))).to.throw(ValidationError);
  });

  it('saves a submission, its score and their outbox entries in one atomic write', async () => {
    const { repository } = await idbRepository();
    const saved = await repository.saveSubmission(submission(), { score: SCORE });
    const id = saved.submission.id;
    expect(await repository.submissions.get(id)).to.deep.equal(saved.submission);
    expect(await repository.scores.get(scoreId(id))).to.deep.equal({
      ...SCORE,
      id: scoreId(id),
      submissionId: id,
    });
    const outbox = await repository.outbox.list();
    expect(outbox.map((entry) => [entry.id, entry.collection, entry.attempts, entry.state])).to.deep.equal(
      [
        [id, 'submissions', 0, 'pending'],
        [scoreId(id), 'scores', 0, 'pending'],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
    expect(outbox[0]?.enqueuedAt).to.equal('2026-03-29T07:05:00.000Z');
  });

  it('writes nothing when any part of a submission save fails', async () => {
    const { repository } = await idbRepository();
    // A broken extra op (no id) makes the one transaction fail: no submission, score or outbox entry.
    let failed = false;
    try {
      await repository.saveSubmission(submission(), {
        score: SCORE,
        extraOps: [{ type: 'put', collection: 'drafts', value: {} as never }],
      });
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
    expect(await repository.submissions.list()).to.deep.equal([]);
    expect(await repository.scores.list()).to.deep.equal([]);
    expect(await repository.outbox.list()).to.deep.equal([]);
  });

  it('validates before writing: an invalid submission throws ValidationError without its answers', async () => {
    const { repository } = await idbRepository();
    let error: unknown;
    try {
      await repository.saveSubmission(submission({ submittedAt: 'yesterday' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as Error).message).to.contain('submittedAt');
    expect((error as Error).message).not.to.contain(SECRET);
    expect(await repository.submissions.list()).to.deep.equal([]);
  });

  it('skips, quarantines and reports a malformed submission put directly into IndexedDB, without throwing', async () => {
    const problems: StoreProblem[] = [];
    const { repository, dbName } = await idbRepository(problems);
    const good = (await repository.saveSubmission(submission(), { sync: false })).submission;
    const corrupt = {
      ...submission(),
      id: 'zzz-corrupt',
      answers: { note: SECRET, q1: { deep: { er: 1 } } },
      status: 'done',
    };
    await rawPut(dbName, 'submissions', [corrupt]);

    expect(await repository.submissions.list()).to.deep.equal([good]);
    expect(problems).to.have.length(1);
    const [problem] = problems;
    expect(problem?.collection).to.equal('submissions');
    expect(problem?.id).to.equal('zzz-corrupt');
    expect(problem?.quarantined).to.equal(true);
    expect(problem?.issues.map((issue) => issue.path.join('.'))).to.include('status');
    expect(JSON.stringify(problem)).not.to.contain(SECRET);

    // Moved, not lost: gone from submissions, kept in quarantine with a content-free reason.
    expect(await repository.submissions.get('zzz-corrupt')).to.equal(undefined);
    expect((await rawGetAll(dbName, 'submissions')).length).to.equal(1);
    const [quarantined] = await repository.quarantine.list();
    expect(quarantined?.id).to.equal('submissions/zzz-corrupt');
    expect(quarantined?.record).to.deep.equal(corrupt);
    expect(JSON.stringify(quarantined?.issues)).not.to.contain(SECRET);
    expect(problems).to.have.length(1);
  });

  it('reports a corrupt record read by id and returns undefined', async () => {
    const problems: StoreProblem[] = [];
    const { repository, dbName } = await idbRepository(problems);
    await rawPut(dbName, 'assignments', [{ id: 'a-1', status: 'active' }]);
    expect(await repository.assignments.get('a-1')).to.equal(undefined);
    expect(problems.map((problem) => [problem.collection, problem.id, problem.quarantined])).to.deep.equal([
      ['assignments', 'a-1', true],
    ]);
  });

  it('still reads (and reports) when quarantining fails, and survives a throwing listener', async () => {
    const backend = await memoryStore().open(CLIENT);
    await backend.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1', answers: 'nope' } }]);
    const failingWrites: StorageBackend = {
      kind: 'memory',
      get: (collection, id) => backend.get(collection, id),
      getAll: (collection) => backend.getAll(collection),
      write: () => Promise.reject(new Error('disk full')),
      destroy: () => backend.destroy(),
      close: () => backend.close(),
    };
    const problems: StoreProblem[] = [];
    const repository = new Repository(failingWrites, {
      onProblem: (problem) => {
        problems.push(problem);
        throw new Error('listener bug');
      },
    });
    expect(await repository.drafts.list()).to.deep.equal([]);
    expect(problems[0]?.quarantined).to.equal(false);
  });

  it('keeps every version of a definition under kind:id@version, and rejects a mismatched key', async () => {
    const { repository } = await idbRepository();
    const definition = (version: string) => ({
      kind: 'check-in' as const,
      id: 'distress',
      version,
      title: { en: 'Distress' },
      modality: 'general' as const,
      estimatedMinutes: 1,
      items: [
        {
          id: 'distress',
          kind: 'slider' as const,
          prompt: { en: 'How distressed do you feel?' },
          required: true,
          min: 0,
          max: 10,
          step: 1,
          anchors: { low: { en: 'Not at all' }, high: { en: 'Extremely' } },
          tracked: { direction: 'higher-is-worse' as const, label: { en: 'Distress' } },
        },
      ],
      feedback: { rules: [], default: { en: 'Thanks' } },
    });
    for (const version of ['1.0.0', '1.1.0']) {
      const value = definition(version);
      await repository.definitions.put({ id: definitionKey(value), definition: value } as never);
    }
    const stored = await repository.definitions.list();
    expect(stored.map((record) => record.id)).to.deep.equal([
      'check-in:distress@1.0.0',
      'check-in:distress@1.1.0',
    ]);
    expect(stored[1]?.definition.version).to.equal('1.1.0');
    let error: unknown;
    try {
      await repository.definitions.put({
        id: 'check-in:distress@9.9.9',
        definition: definition('1.0.0'),
      } as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ValidationError);
  });

  it("listWhere reads one assignment's submissions through the index, never the whole store", async () => {
    const { repository } = await idbRepository();
    const mine = [submission(), submission()];
    for (const item of [...mine, submission({ assignmentId: 'a-2', occurrenceId: 'a-2@2026-03-29T09:00' })])
      await repository.saveSubmission(item);
    const backend = repository.backend;
    const delegate = (overrides: Partial<StorageBackend>): StorageBackend => ({
      kind: backend.kind,
      get: (collection, id) => backend.get(collection, id),
      getAll: (collection) => backend.getAll(collection),
      write: (ops) => backend.write(ops),
      destroy: () => backend.destroy(),
      close: () => backend.close(),
      ...overrides,
    });
    let scans = 0;
    const indexed = backend.getAllWhere?.bind(backend);
    expect(indexed).to.be.a('function');
    const counting = delegate({
      getAll: (collection) => ((scans += 1), backend.getAll(collection)),
      ...(indexed ? { getAllWhere: indexed } : {}),
    });
    const found = await new Repository(counting).submissions.listWhere('assignmentId', 'a-1');
    expect(found.map((item) => item.id).sort()).to.deep.equal(mine.map((item) => item.id).sort());
    expect(scans).to.equal(0);
    // A backend without indexes (the encrypted wrapper) gets the same answer from a scan.
    const scanned = await new Repository(delegate({})).submissions.listWhere('assignmentId', 'a-1');
    expect(scanned).to.deep.equal(found);
  });
});

describe('Repository on an encrypted partition: validated records', () => {
  afterEach(deleteTestDatabases);

  async function open(
    problems: StoreProblem[] = [],
    name = uniqueName('repository-validated'),
    key?: CryptoKey,
  ) {
    key ??= await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const backend = await idbStore({ name, encryption: { key } }).open(CLIENT);
    const repository = new Repository(backend, {
      onProblem: (problem) => problems.push(problem),
      now: () => new Date('2026-03-29T07:05:00Z'),
    });
    return { backend, repository, name, key, dbName: await partitionDatabaseName(name, CLIENT) };
  }

  it("marks what it validated, so the partition's authenticated mark reports the record format", async () => {
    const { backend, repository, dbName } = await open();
    const saved = await repository.saveSubmission(submission(), { score: SCORE });
    const [raw] = (await rawGetAll(dbName, 'submissions')) as { validated?: string }[];
    expect(raw?.validated).to.equal(RECORD_FORMAT);
    const [read] = await backend.getAll('submissions');
    expect(backend.validatedFormat?.(read)).to.equal(RECORD_FORMAT);
    expect(await repository.submissions.list()).to.deep.equal([saved.submission]);
    expect(await repository.scores.get(scoreId(saved.submission.id))).to.deep.equal(saved.score);
    backend.close();
  });

  it('parses what it did not validate: pulled records and records of another format are quarantined when invalid', async () => {
    const problems: StoreProblem[] = [];
    const { backend, repository } = await open(problems);
    const good = await repository.submissions.put(submission());
    await backend.write([
      // As sync writes a pulled record: no mark.
      { type: 'put', collection: 'submissions', value: { id: 'pulled', answers: 'not answers' } },
      // Validated by an older release, whose schemas may have accepted it.
      { type: 'put', collection: 'submissions', value: { id: 'older' }, validated: 'an older format' },
    ]);
    const [pulled] = await backend
      .getAll('submissions')
      .then((all) => all.filter((v) => recordIdOf(v) === 'pulled'));
    expect(backend.validatedFormat?.(pulled)).to.equal(undefined);
    expect(await repository.submissions.list()).to.deep.equal([good]);
    expect(problems.map((problem) => [problem.id, problem.quarantined])).to.have.deep.members([
      ['pulled', true],
      ['older', true],
    ]);
    backend.close();
  });

  it('cannot be given a mark without the key: adding, changing or removing one fails decryption', async () => {
    const { backend, repository, dbName, name, key } = await open();
    await backend.write([{ type: 'put', collection: 'submissions', value: { id: 'pulled', answers: 1 } }]);
    const changed = await repository.submissions.put(submission());
    const removed = await repository.submissions.put(submission());
    backend.close();
    const stored = (await rawGetAll(dbName, 'submissions')) as Record<string, unknown>[];
    const find = (id: string) => stored.find((record) => record['id'] === id) as Record<string, unknown>;
    const { validated: _mark, ...unmarked } = find(removed.id);
    await rawPut(dbName, 'submissions', [
      { ...find('pulled'), validated: RECORD_FORMAT },
      { ...find(changed.id), validated: `${RECORD_FORMAT}-changed` },
      unmarked,
    ]);
    const reopened = await open([], name, key);
    for (const id of ['pulled', changed.id, removed.id]) {
      const failure = await reopened.backend.get('submissions', id).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure, id).to.be.instanceOf(StorageError);
      expect((failure as StorageError).failure).to.equal('decryption-failed');
    }
    reopened.backend.close();
  });
});

function recordIdOf(value: unknown): unknown {
  return (value as { id?: unknown }).id;
}
