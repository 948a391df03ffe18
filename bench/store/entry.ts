// The page side of bench/store.bench.mjs: measures @interlude/store's client in real
// Chromium IndexedDB and hands the numbers back through `window.runStoreBench()`.
// Bundled on the fly by esbuild from the TypeScript sources (`@interlude/source` condition).
import { Repository, createInterlude, idbStore, type Interlude, type JournalChoice } from '@interlude/store';
import type { Submission } from '@interlude/core';

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

declare global {
  interface Window {
    runStoreBench(count: number): Promise<{ saves: Timing[]; drafts: DraftTiming[] }>;
  }
}

/** Rounds of the journal / no-journal pair, alternating, so a busy machine affects both alike. */
const PAIRED_ROUNDS = 5;

/** The run with the median total of several. */
function median(timings: readonly Timing[]): Timing {
  const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
  const middle = sorted[Math.floor(sorted.length / 2)] as Timing;
  return { ...middle, label: `${middle.label}, median of ${timings.length}` };
}

window.runStoreBench = async (count) => {
  await sequential(50, 'strict'); // warm-up: JIT, first database creation, the journal's worker
  await sequential(50, 'strict', false);
  // What the journal costs a save: the same saves with and without it, taken in turns.
  const withJournal: Timing[] = [];
  const withoutJournal: Timing[] = [];
  for (let round = 0; round < PAIRED_ROUNDS; round += 1) {
    withJournal.push(await sequential(count, 'strict'));
    withoutJournal.push(await sequential(count, 'strict', false));
  }
  const saves = [
    median(withJournal),
    median(withoutJournal),
    await sequential(count, 'relaxed'),
    await concurrent(count),
    await oneTransaction(count),
  ];
  await drafts(100); // warm-up
  return { saves, drafts: [await drafts(count), await drafts(count, false)] };
};
