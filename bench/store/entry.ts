// The page side of bench/store.bench.mjs: measures @interlude/store's client in real
// Chromium IndexedDB and hands the numbers back through `window.runStoreBench()`.
// Bundled on the fly by esbuild from the TypeScript sources (`@interlude/source` condition).
import {
  Repository,
  createInterlude,
  definitionKey,
  idbStore,
  scoreId,
  type Interlude,
  type JournalChoice,
  type StoreFactory,
} from '@interlude/store';
import { computeFlags, type Submission } from '@interlude/core';
// @ts-expect-error: a plain-JS module of the bench (the caseload the Node benches use)
import { generateCaseload } from '../caseload/generate.mjs';

interface Timing {
  readonly label: string;
  readonly totalMs: number;
  readonly count: number;
}

interface DraftTiming {
  /** Whether the draft writes were also journaled. */
  readonly journal: string;
  readonly updates: number;
  /** Whole loop divided by the number of calls: not limited by the timer's resolution. */
  readonly meanUs: number;
  /** The smallest step performance.now() showed here. */
  readonly resolutionUs: number;
  readonly isolated: boolean;
  readonly medianUs: number;
  readonly p95Us: number;
  readonly maxUs: number;
  readonly flushMs: number;
}

const USER = { id: 'bench-client', role: 'client' } as const;
const NOW = '2026-03-02T10:00:00.000+01:00';

/** A completed check-in with a short note: the typical thing a client saves. */
function submission(i: number): Submission {
  return {
    id: crypto.randomUUID(),
    assignmentId: 'a-mood',
    occurrenceId: `a-mood@2026-03-02T09:${String(i % 60).padStart(2, '0')}`,
    clientId: USER.id,
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    answers: { mood: i % 5, energy: (i * 7) % 11, note: `Slept ${i % 9} hours, walked to work.` },
    startedAt: '2026-03-02T09:00:00.000+01:00',
    submittedAt: '2026-03-02T09:02:00.000+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

let databases = 0;
function client(durability: IDBTransactionDurability = 'strict', journal: JournalChoice = 'auto'): Interlude {
  databases += 1;
  return createInterlude({
    user: USER,
    store: idbStore({ name: `store-bench-${Date.now()}-${databases}`, durability, journal }),
    now: () => NOW,
  });
}

async function sequential(
  count: number,
  durability: IDBTransactionDurability,
  journal: JournalChoice = 'auto',
): Promise<Timing> {
  const c = client(durability, journal);
  await c.ready;
  const where = (await c.storage.status()).journal;
  const items = Array.from({ length: count }, (_, i) => submission(i));
  const started = performance.now();
  for (const item of items) await c.submissions.save(item);
  const totalMs = performance.now() - started;
  await check(c, count);
  await c.signOut();
  return {
    label: `client.submissions.save, sequential (durability ${durability}, journal ${where})`,
    totalMs,
    count,
  };
}

async function concurrent(count: number): Promise<Timing> {
  const c = client();
  await c.ready;
  const items = Array.from({ length: count }, (_, i) => submission(i));
  const started = performance.now();
  // No batch save in the API: every save is its own transaction; IndexedDB pipelines them.
  await Promise.all(items.map((item) => c.submissions.save(item)));
  const totalMs = performance.now() - started;
  await check(c, count);
  await c.signOut();
  return { label: 'client.submissions.save, all at once (Promise.all)', totalMs, count };
}

async function oneTransaction(count: number): Promise<Timing> {
  // Lower bound, below the client API: the same records and outbox entries in ONE transaction.
  const store = idbStore({ name: `store-bench-raw-${Date.now()}` });
  const backend = await store.open({ userId: USER.id, role: USER.role });
  const repository = new Repository(backend);
  const items = Array.from({ length: count }, (_, i) => submission(i));
  const started = performance.now();
  const [first, ...rest] = items;
  await repository.saveSubmission(first as Submission, {
    extraOps: rest.flatMap((item) => [
      repository.submissions.putOp(item),
      {
        type: 'put' as const,
        collection: 'outbox' as const,
        value: {
          id: item.id,
          collection: 'submissions',
          enqueuedAt: NOW,
          attempts: 0,
          nextAttemptAt: NOW,
          state: 'pending',
        },
      },
    ]),
  });
  const totalMs = performance.now() - started;
  await backend.destroy();
  return { label: 'repository, one transaction (lower bound, not a client API)', totalMs, count };
}

async function drafts(updates: number, journal: JournalChoice = 'auto'): Promise<DraftTiming> {
  const c = client('strict', journal);
  await c.ready;
  const key = { assignmentId: 'a-mood', occurrenceId: 'a-mood@2026-03-02T09:00' };
  const activity = { kind: 'check-in', id: 'mood', version: '1.0.0' } as const;
  await c.drafts.update(key, { activity, answers: { mood: 1 } }); // first write: creates the draft
  const costs: number[] = [];
  const saved: Promise<unknown>[] = [];
  const loopStarted = performance.now();
  for (let i = 0; i < updates; i += 1) {
    const started = performance.now();
    // Only the synchronous part counts: what a keystroke handler pays on the main thread.
    const promise = c.drafts.update(key, { answers: { note: `typing ${i}`, mood: i % 5 }, stepId: 'note' });
    costs.push(performance.now() - started);
    saved.push(promise);
  }
  const meanUs = ((performance.now() - loopStarted) / updates) * 1000;
  const flushStarted = performance.now();
  await c.drafts.flush();
  const flushMs = performance.now() - flushStarted;
  await Promise.all(saved);
  const resumed = await c.drafts.resume(key);
  if (resumed?.answers['note'] !== `typing ${updates - 1}`)
    throw new Error('the last draft change was not saved');
  await c.signOut();
  costs.sort((a, b) => a - b);
  const at = (q: number): number =>
    (costs[Math.min(costs.length - 1, Math.floor(q * costs.length))] ?? 0) * 1000;
  return {
    journal: journal === false ? 'none' : 'auto',
    updates,
    meanUs,
    resolutionUs: timerResolutionUs(),
    isolated: globalThis.crossOriginIsolated === true,
    medianUs: at(0.5),
    p95Us: at(0.95),
    maxUs: at(1),
    flushMs,
  };
}

function timerResolutionUs(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return Math.round(smallest * 1000 * 10) / 10;
}

async function check(c: Interlude, count: number): Promise<void> {
  const stored = await c.submissions.list();
  if (stored.length !== count)
    throw new Error(`expected ${count} stored submissions, found ${stored.length}`);
  if (c.sync.status.pending !== count)
    throw new Error(`expected ${count} pending, status says ${c.sync.status.pending}`);
}

/** Writes records into a partition in chunks of one transaction each (setup, not measured). */
async function fill(
  store: StoreFactory,
  user: { id: string; role: 'client' | 'clinician' },
  ops: Parameters<Repository['write']>[0],
) {
  const backend = await store.open({ userId: user.id, role: user.role });
  const repository = new Repository(backend);
  for (let start = 0; start < ops.length; start += 2000)
    await repository.write(ops.slice(start, start + 2000));
  backend.close();
}

interface ColdOpen {
  readonly submissions: number;
  readonly found: number;
  /** createInterlude → ready → first submissions.list({ assignmentId }), through the index. */
  readonly indexedMs: number;
  /** The same first question answered by reading every submission (what v2 did). */
  readonly scanMs: number;
}

/** A client's partition with `count` submissions over 10 assignments, opened cold, then one assignment's runs. */
async function coldOpen(count: number): Promise<ColdOpen> {
  const name = `store-bench-cold-${Date.now()}`;
  const store = idbStore({ name });
  const items = Array.from({ length: count }, (_, i) => ({ ...submission(i), assignmentId: `a-${i % 10}` }));
  const probe = new Repository(await store.open({ userId: USER.id, role: USER.role }));
  await fill(
    store,
    USER,
    items.map((item) => probe.submissions.putOp(item)),
  );
  probe.backend.close();

  const timed = async (question: (c: Interlude) => Promise<Submission[]>) => {
    const started = performance.now();
    const c = createInterlude({ user: USER, store: idbStore({ name }), now: () => NOW });
    await c.ready;
    const found = await question(c);
    const ms = performance.now() - started;
    await c.close();
    return { ms, found: found.length };
  };
  const scan = await timed(async (c) =>
    (await c.submissions.list()).filter((item) => item.assignmentId === 'a-3'),
  );
  const indexed = await timed((c) => c.submissions.list({ assignmentId: 'a-3' }));
  if (indexed.found !== count / 10 || scan.found !== indexed.found)
    throw new Error('cold open: wrong answer');
  await createInterlude({ user: USER, store: idbStore({ name }), now: () => NOW }).signOut();
  return { submissions: count, found: indexed.found, indexedMs: indexed.ms, scanMs: scan.ms };
}

/**
 * How the clinician's partition is stored: plain, encrypted (records the repository validated
 * carry its authenticated mark and are not parsed again), or encrypted without those marks
 * (every record parsed, as for records pulled from a server): the peer of `encrypted`.
 */
type CaseloadStorage = 'plain' | 'encrypted' | 'encrypted-unmarked';

interface Caseload {
  readonly storage: CaseloadStorage;
  readonly clients: number;
  readonly submissions: number;
  readonly flags: number;
  /** createInterlude → ready (the partition open). */
  readonly openMs: number;
  /** Then client.flags.forCaseload(): read, validate and compute. */
  readonly flagsMs: number;
  /** A second forCaseload() on the same open partition, nothing written in between. */
  readonly againMs: number;
  /** Then acknowledging one flag and forCaseload() again (the review queue after an acknowledgement). */
  readonly afterAcknowledgeMs: number;
  /** The first call's parts: reading the raw records from IndexedDB, and computeFlags on parsed data. */
  readonly rawReadMs: number;
  readonly computeMs: number;
}

/** A clinician's device: `clients` clients × one year of history, opened cold, then the review queue's flags. */
async function clinicianCaseload(clients: number, storage: CaseloadStorage = 'plain'): Promise<Caseload> {
  const data = generateCaseload(clients, 365) as {
    assignments: Parameters<Repository['assignments']['putOp']>[0][];
    submissions: Submission[];
    scores: { submissionId: string; score: Parameters<Repository['scores']['putOp']>[0] }[];
    definitions: Parameters<Repository['definitions']['putOp']>[0]['definition'][];
    now: string;
  };
  const clinician = { id: 'bench-clinician', role: 'clinician' } as const;
  const name = `store-bench-caseload-${Date.now()}`;
  const key =
    storage === 'plain'
      ? undefined
      : await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const storeOf = () => idbStore({ name, ...(key === undefined ? {} : { encryption: { key } }) });
  const store = storeOf();
  const probe = new Repository(await store.open({ userId: clinician.id, role: clinician.role }));
  const ops = [
    ...data.definitions.map((definition) =>
      probe.definitions.putOp({ id: definitionKey(definition), definition }),
    ),
    ...data.assignments.map((assignment) => probe.assignments.putOp(assignment)),
    ...data.submissions.map((item) => probe.submissions.putOp(item)),
    ...data.scores.map(({ submissionId, score }) =>
      probe.scores.putOp({ ...score, id: scoreId(submissionId), submissionId }),
    ),
  ];
  await fill(
    store,
    clinician,
    storage === 'encrypted-unmarked' ? ops.map((op) => ({ ...op, validated: undefined })) : ops,
  );
  probe.backend.close();

  const started = performance.now();
  const c = createInterlude({ user: clinician, store: storeOf(), now: () => data.now });
  await c.ready;
  const opened = performance.now();
  const flags = await c.flags.forCaseload({ now: data.now });
  const done = performance.now();
  // The review queue reads only what the rules look at: its flags must be computeFlags's over everything.
  const whole = computeFlags(
    {
      assignments: data.assignments,
      submissions: data.submissions,
      scores: data.scores,
      definitions: data.definitions,
    },
    data.now,
  );
  if (JSON.stringify(flags) !== JSON.stringify(whole))
    throw new Error('flags.forCaseload differs from computeFlags over the whole history');
  const again = await timed(() => c.flags.forCaseload({ now: data.now }));
  const first = flags[0];
  if (first !== undefined) await c.flags.acknowledge(first.id);
  const afterAcknowledge = await timed(() => c.flags.forCaseload({ now: data.now }));
  await c.close();
  // The parts of the first call: the raw IndexedDB reads alone (a fresh connection), and the
  // computation alone on the generated (already parsed) data.
  const raw = new Repository(await idbStore({ name }).open({ userId: clinician.id, role: clinician.role }));
  const rawRead = await timed(() =>
    Promise.all(
      (['assignments', 'submissions', 'scores', 'definitions', 'acknowledgements'] as const).map(
        (collection) => raw.backend.getAll(collection),
      ),
    ),
  );
  raw.backend.close();
  const compute = await timed(async () =>
    computeFlags(
      {
        assignments: data.assignments,
        submissions: data.submissions,
        scores: data.scores,
        definitions: data.definitions,
      },
      data.now,
    ),
  );
  await createInterlude({ user: clinician, store: storeOf(), now: () => data.now }).signOut();
  return {
    storage,
    clients,
    submissions: data.submissions.length,
    flags: flags.length,
    openMs: opened - started,
    flagsMs: done - opened,
    againMs: again,
    afterAcknowledgeMs: afterAcknowledge,
    rawReadMs: rawRead,
    computeMs: compute,
  };
}

declare global {
  interface Window {
    runStoreBench(
      count: number,
      options: { journalOnly: boolean; caseloadOnly?: boolean },
    ): Promise<{ saves: Timing[]; drafts: DraftTiming[]; cold: ColdOpen[]; caseload: Caseload[] }>;
  }
}

/** Rounds of the journal / no-journal pair, alternating, so a busy machine affects both alike. */
const PAIRED_ROUNDS = 5;

/** The run with the median total of several. */
function medianRun(timings: readonly Timing[]): Timing {
  const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
  const middle = sorted[Math.floor(sorted.length / 2)] as Timing;
  return { ...middle, label: `${middle.label}, median of ${timings.length}` };
}

/** Milliseconds `action` takes. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

window.runStoreBench = async (count, { journalOnly, caseloadOnly }) => {
  if (caseloadOnly) {
    const caseload: Caseload[] = [];
    for (let round = 0; round < 3; round += 1)
      for (const storage of ['plain', 'encrypted', 'encrypted-unmarked'] as const)
        caseload.push(await clinicianCaseload(100, storage));
    return { saves: [], drafts: [], cold: [], caseload };
  }
  await sequential(50, 'strict'); // warm-up: JIT, first database creation, the journal's worker
  await sequential(50, 'strict', false);
  // What the journal costs a save: the same saves with and without it, taken in turns.
  const withJournal: Timing[] = [];
  const withoutJournal: Timing[] = [];
  for (let round = 0; round < PAIRED_ROUNDS; round += 1) {
    withJournal.push(await sequential(count, 'strict'));
    withoutJournal.push(await sequential(count, 'strict', false));
  }
  await drafts(100); // warm-up
  const draftTimings = [await drafts(count), await drafts(count, false)];
  const paired = [medianRun(withJournal), medianRun(withoutJournal)];
  if (journalOnly) return { saves: paired, drafts: draftTimings, cold: [], caseload: [] };
  const saves = [
    ...paired,
    await sequential(count, 'relaxed'),
    await concurrent(count),
    await oneTransaction(count),
  ];
  // Interleaved rounds: the medians are taken on the Node side.
  const cold: ColdOpen[] = [];
  const caseload: Caseload[] = [];
  for (let round = 0; round < 3; round += 1) {
    cold.push(await coldOpen(10_000));
    for (const storage of ['plain', 'encrypted', 'encrypted-unmarked'] as const)
      caseload.push(await clinicianCaseload(100, storage));
  }
  return { saves, drafts: draftTimings, cold, caseload };
};
