// The review queue reads every measure, the recent rest and the histories core names, in real
// IndexedDB: its flags are computeFlags's over the whole history, on a partition written at
// this version, on one written before version 4, and on an encrypted one.
import { expect } from '@open-wc/testing';
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import { ACTIVITY_KINDS, computeFlags, type Assignment, type Submission } from '@interlude/core';
import { seededRandom, simulateCaseload } from '@interlude/core/testing';
import { idbStore, partitionDatabaseName } from '../backend/indexeddb.js';
import { MIGRATIONS } from '../backend/migrations.js';
import { inSubmissionRanges } from '../backend/submission-ranges.js';
import { deleteTestDatabases, rawPut, uniqueName } from '../backend/test-helpers.test-suite.js';
import type { StorageBackend, StoreFactory } from '../backend/types.js';
import { Repository, definitionKey, scoreId, type StoreProblem } from '../repository.js';
import { createInterlude } from './create-interlude.js';
import { readOrder } from './flag-submissions.js';

const checkIn = getCheckInTemplate('daily-mood')!;
const phq9 = getMeasure('phq-9')!;
const gad7 = getMeasure('gad-7')!;
const CLINICIAN = { id: 't-1', role: 'clinician' } as const;

/** Two simulated caseloads in two zones (the second with short series), some clients stopped long ago. */
function caseload() {
  const parts = [
    { seed: 1, timeZone: 'Europe/Berlin', prefix: '', checkInAdherence: [0.85, 0.98] as const },
    { seed: 2, timeZone: 'America/New_York', prefix: 'ny-', checkInAdherence: [0.4, 0.8] as const },
  ].map(({ seed, timeZone, prefix, checkInAdherence }) => {
    const simulation = simulateCaseload({
      checkIn,
      phq9,
      gad7,
      seed,
      timeZone,
      checkInAdherence,
      stableClients: 6,
      eventsPerKind: 2,
      days: 240,
    });
    const renamed = (id: string) => `${prefix}${id}`;
    const random = seededRandom(seed);
    const stopped = new Set(
      simulation.clients.filter(() => random.next() < 0.2).map((client) => client.clientId),
    );
    const stopAt = simulation.reviews[3] as string;
    const assignments = simulation.caseload.assignments.map((assignment): Assignment => ({
      ...assignment,
      id: renamed(assignment.id),
      clientId: renamed(assignment.clientId),
    }));
    const submissions = simulation.caseload.submissions
      .filter((submission) => !(stopped.has(submission.clientId) && submission.submittedAt > stopAt))
      .map((submission): Submission => ({
        ...submission,
        clientId: renamed(submission.clientId),
        assignmentId: renamed(submission.assignmentId),
        ...(submission.occurrenceId === undefined ? {} : { occurrenceId: renamed(submission.occurrenceId) }),
      }));
    const kept = new Set(submissions.map((submission) => submission.id));
    return {
      assignments,
      submissions,
      scores: simulation.caseload.scores.filter((score) => kept.has(score.submissionId)),
      reviews: simulation.reviews,
    };
  });
  return {
    assignments: parts.flatMap((part) => part.assignments),
    submissions: parts.flatMap((part) => part.submissions),
    scores: parts.flatMap((part) => part.scores),
    definitions: [checkIn, phq9, gad7],
    reviews: parts[0]!.reviews,
  };
}

const data = caseload();

/** Writes the caseload into a partition as the repository would (validated puts). */
async function fill(store: StoreFactory): Promise<void> {
  const backend = await store.open({ userId: CLINICIAN.id, role: CLINICIAN.role });
  const repository = new Repository(backend);
  const ops = [
    ...data.definitions.map((definition) =>
      repository.definitions.putOp({ id: definitionKey(definition), definition }),
    ),
    ...data.assignments.map((assignment) => repository.assignments.putOp(assignment)),
    ...data.submissions.map((submission) => repository.submissions.putOp(submission)),
    ...data.scores.map(({ submissionId, score }) =>
      repository.scores.putOp({ ...score, id: scoreId(submissionId), submissionId }),
    ),
  ];
  for (let start = 0; start < ops.length; start += 2000)
    await repository.write(ops.slice(start, start + 2000));
  backend.close();
}

/** `factory`, counting the submissions its backends hand out. */
function counting(factory: StoreFactory, counts: { submissions: number }): StoreFactory {
  return {
    kind: factory.kind,
    async open(partition) {
      const inner = await factory.open(partition);
      const counted = <T extends unknown[]>(collection: string, rows: T): T => {
        if (collection === 'submissions') counts.submissions += rows.length;
        return rows;
      };
      const backend: StorageBackend = {
        kind: inner.kind,
        encryptedAtRest: inner.encryptedAtRest,
        durability: inner.durability,
        get: (collection, id) => inner.get(collection, id),
        getAll: async (collection) => counted(collection, await inner.getAll(collection)),
        write: (ops) => inner.write(ops),
        destroy: () => inner.destroy(),
        close: () => inner.close(),
        ...(inner.getAllWhere && {
          getAllWhere: async (collection, field, value) =>
            counted(collection, await inner.getAllWhere!(collection, field, value)),
        }),
        ...(inner.getSubmissionRanges && {
          getSubmissionRanges: async (ranges) =>
            counted('submissions', await inner.getSubmissionRanges!(ranges)),
        }),
        ...(inner.validatedFormat && { validatedFormat: (value) => inner.validatedFormat!(value) }),
      };
      return backend;
    },
  };
}

/** computeFlags over the whole history, as JSON. */
function expected(now: string, submissions = data.submissions): string {
  return JSON.stringify(computeFlags({ ...data, submissions }, now));
}

// The last reviews, one in the middle (later submissions ignored), and one long after the
// last submission (every client's data is old: each falls back to its whole history).
const last = data.reviews[data.reviews.length - 1] as string;
const NOWS = [...data.reviews.slice(-3), data.reviews[16] as string, '2027-03-01T08:00:00+01:00'];

/** The first forCaseload of a fresh client at each of NOWS, and how many submissions it read. */
async function flagsAt(store: StoreFactory, counts: { submissions: number }) {
  const results: { now: string; json: string; read: number }[] = [];
  for (const now of NOWS) {
    const client = createInterlude({ user: CLINICIAN, store, now: () => now });
    const before = counts.submissions;
    const flags = await client.flags.forCaseload();
    results.push({ now, json: JSON.stringify(flags), read: counts.submissions - before });
    await client.close();
  }
  return results;
}

describe('the review queue reads only what the flags look at', function () {
  this.timeout(120_000);
  afterEach(deleteTestDatabases);

  it('gives computeFlags over the whole history, reading fewer submissions', async () => {
    const name = uniqueName('flag-reads');
    await fill(idbStore({ name }));
    const counts = { submissions: 0 };
    const results = await flagsAt(counting(idbStore({ name }), counts), counts);
    for (const { now, json } of results) expect(json, now).to.equal(expected(now));
    expect(JSON.parse(results[0]!.json)).to.have.length.above(10);
    const latest = results.find((result) => result.now === last)!;
    // (Clients with short series or old data are read twice: the window, then their history.)
    expect(latest.read).to.be.below(data.submissions.length * 0.85);
    // Long after everything, every client needs its whole history.
    expect(results[results.length - 1]!.read).to.be.at.least(data.submissions.length);
  });

  it('gives the same flags on a partition written before version 4, upgraded on opening', async () => {
    const name = uniqueName('flag-reads-v3');
    await fill(idbStore({ name, migrations: MIGRATIONS.slice(0, 3) }));
    const counts = { submissions: 0 };
    const results = await flagsAt(counting(idbStore({ name }), counts), counts);
    for (const { now, json } of results) expect(json, now).to.equal(expected(now));
    expect(results.find((result) => result.now === last)!.read).to.be.below(data.submissions.length * 0.85);
  });

  it('gives the same flags on an encrypted partition (which reads every submission)', async () => {
    const name = uniqueName('flag-reads-encrypted');
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await fill(idbStore({ name, encryption: { key } }));
    const counts = { submissions: 0 };
    const results = await flagsAt(counting(idbStore({ name, encryption: { key } }), counts), counts);
    for (const { now, json } of results.slice(0, 2)) expect(json, now).to.equal(expected(now));
    expect(results[0]!.read).to.equal(data.submissions.length);
  });

  it('reads nothing again until a submission is written, and validates what it reads', async () => {
    const name = uniqueName('flag-reads-again');
    await fill(idbStore({ name }));
    // A stored check-in in the window that no longer parses: quarantined, reported, left out.
    const broken = data.submissions.find(
      (submission) => submission.activity.kind === 'check-in' && submission.submittedAt > data.reviews[30]!,
    )!;
    const databaseName = await partitionDatabaseName(name, { userId: CLINICIAN.id, role: CLINICIAN.role });
    await rawPut(databaseName, 'submissions', [{ ...broken, status: 'lost' }]);
    const problems: StoreProblem[] = [];
    const counts = { submissions: 0 };
    const client = createInterlude({
      user: CLINICIAN,
      store: counting(idbStore({ name }), counts),
      now: () => last,
      onProblem: (problem) => {
        if (problem.kind === 'invalid-record') problems.push(problem);
      },
    });
    const valid = data.submissions.filter((submission) => submission.id !== broken.id);
    expect(JSON.stringify(await client.flags.forCaseload())).to.equal(expected(last, valid));
    expect(problems.map((problem) => [problem.collection, problem.id])).to.deep.equal([
      ['submissions', broken.id],
    ]);
    // The quarantine was a write: read again once, then nothing until the next write.
    expect(JSON.stringify(await client.flags.forCaseload())).to.equal(expected(last, valid));
    const read = counts.submissions;
    expect(JSON.stringify(await client.flags.forCaseload())).to.equal(expected(last, valid));
    expect(counts.submissions, 'nothing written: nothing read').to.equal(read);
    await client.submissions.save({ ...broken, id: crypto.randomUUID(), submittedAt: last, startedAt: last });
    await client.flags.forCaseload();
    expect(counts.submissions).to.be.above(read);
    await client.close();
  });
});

describe('readOrder (the order the review queue reads its ranges in)', () => {
  it('covers the window part exactly: each submission in one range, none outside it', () => {
    const random = seededRandom(5);
    const texts = ['2026-01-01', '2026-03-01', '2026-03-14', '2026-03-15', '2026-03-28', '2026-04-01'];
    // Local times with offsets around every bound, some with the bound's own text.
    const records = Array.from({ length: 2000 }, (_, index) => {
      const day = texts[Math.floor(random.next() * texts.length)] as string;
      const hour = String(Math.floor(random.next() * 24)).padStart(2, '0');
      const offset = random.next() < 0.5 ? '+14:00' : '-11:00';
      const kind = ACTIVITY_KINDS[index % ACTIVITY_KINDS.length] as string;
      return {
        id: `s-${index}`,
        activity: { kind },
        submittedAt: random.next() < 0.05 ? day : `${day}T${hour}:00:00${offset}`,
      };
    });
    const window = { wholeKinds: ['measure'] as const, since: '2026-03-02T00:00:00.000Z' };
    const sorted = (rows: unknown[]) => (rows as { id: string }[]).map((row) => row.id).sort();
    const part = sorted(
      inSubmissionRanges(
        records,
        ACTIVITY_KINDS.map((kind) => (kind === 'measure' ? { kind } : { kind, from: '2026-03-01' })),
      ),
    );
    for (const late of ['2026-03-15', '2026-03-01', '2026-02-01']) {
      const ranges = readOrder(window, '2026-03-01', late);
      expect(sorted(inSubmissionRanges(records, ranges)), late).to.deep.equal(part);
    }
    expect(readOrder(window, '2026-03-01', '2026-03-15').at(-1)).to.deep.equal({
      kind: 'exercise',
      from: '2026-03-15',
    });
  });
});
