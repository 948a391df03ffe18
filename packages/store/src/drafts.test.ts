import { expect } from '@open-wc/testing';
import { ValidationError, type ActivityRef } from '@interlude/core';
import { idbStore } from './backend/indexeddb.js';
import { memoryStore } from './backend/memory.js';
import type { PartitionKey, StorageBackend, WriteOp } from './backend/types.js';
import { deleteTestDatabases, uniqueName } from './backend/test-helpers.test-suite.js';
import { DraftDiscardedError, DraftStore, draftId, type Draft, type DraftKey } from './drafts.js';
import { Repository, type StoreProblem } from './repository.js';
import { seededRandom as prng } from './sync/memory-transport.js';

const CLIENT: PartitionKey = { userId: 'c-1', role: 'client' };
const ACTIVITY: ActivityRef = { kind: 'check-in', id: 'mood', version: '1.0.0' };
const KEY: DraftKey = { assignmentId: 'a-1', occurrenceId: 'a-1@2026-03-29T09:00' };

/** A memory backend that counts write batches and can be told to fail them. */
async function countingBackend(): Promise<{
  backend: StorageBackend;
  writes: WriteOp[][];
  failNext: { on: boolean };
}> {
  const inner = await memoryStore().open(CLIENT);
  const writes: WriteOp[][] = [];
  const failNext = { on: false };
  const backend: StorageBackend = {
    kind: 'memory',
    get: (collection, id) => inner.get(collection, id),
    getAll: (collection) => inner.getAll(collection),
    write: (ops) => {
      if (failNext.on) {
        failNext.on = false;
        return Promise.reject(new Error('quota'));
      }
      writes.push([...ops]);
      return inner.write(ops);
    },
    destroy: () => inner.destroy(),
    close: () => inner.close(),
  };
  return { backend, writes, failNext };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DraftStore', () => {
  it('coalesces a burst of changes into one write and resumes the exact step and answers', async () => {
    const { backend, writes } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 20,
      autoFlush: false,
    });
    const first = drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 3 }, stepId: 'mood' });
    drafts.update(KEY, { answers: { mood: 4 } });
    const last = drafts.update(KEY, { answers: { note: 'tired' }, stepId: 'note' });
    expect(writes).to.have.length(0);
    const [a, b] = await Promise.all([first, last]);
    expect(a).to.equal(b);
    expect(writes).to.have.length(1);
    const draft = await drafts.resume(KEY);
    expect(draft?.answers).to.deep.equal({ mood: 4, note: 'tired' });
    expect(draft?.stepId).to.equal('note');
    expect(draft?.revision).to.equal(1);
    expect(draft?.assignmentId).to.equal('a-1');
    expect(draft?.occurrenceId).to.equal('a-1@2026-03-29T09:00');
  });

  it('resolves update() only once the change is committed', async () => {
    const { backend } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 5,
      autoFlush: false,
    });
    const saved = await drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 5 } });
    expect(await backend.get('drafts', draftId(KEY))).to.deep.equal(saved);
  });

  it('removes an answer patched to undefined and counts revisions', async () => {
    const { backend } = await countingBackend();
    const saved: Draft[] = [];
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 1,
      autoFlush: false,
      onSaved: (draft) => saved.push(draft),
    });
    await drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 5, note: 'x' } });
    await drafts.update(KEY, { answers: { note: undefined } });
    expect((await drafts.resume(KEY))?.answers).to.deep.equal({ mood: 5 });
    expect(saved.map((draft) => draft.revision)).to.deep.equal([1, 2]);
  });

  it('never postpones a write longer than maxWaitMs while changes keep coming', async () => {
    const { backend, writes } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 50,
      maxWaitMs: 80,
      autoFlush: false,
    });
    for (let index = 0; index < 12; index += 1) {
      drafts.update(KEY, { activity: ACTIVITY, answers: { mood: index } });
      await sleep(15);
    }
    expect(writes.length).to.be.greaterThan(0);
    await drafts.flush();
  });

  it('flushes at once on pagehide and when the page becomes hidden', async () => {
    const { backend, writes } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), { userId: 'c-1', debounceMs: 60_000 });
    try {
      const saved = drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 1 } });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await saved;
      expect(writes).to.have.length(1);

      const hidden = drafts.update(KEY, { answers: { mood: 2 } });
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await hidden;
      expect(writes).to.have.length(2);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      await drafts.dispose();
    }
  });

  it('rejects a first change without an activity, without blocking other drafts in the same flush', async () => {
    const { backend } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 5,
      autoFlush: false,
    });
    const other: DraftKey = { activity: { kind: 'exercise', id: 'act.values' } };
    const bad = drafts.update(KEY, { answers: { mood: 1 } });
    const good = drafts.update(other, {
      activity: { ...ACTIVITY, kind: 'exercise', id: 'act.values' },
      stepId: 's1',
    });
    let error: unknown;
    try {
      await bad;
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((await good).id).to.equal('activity:exercise:act.values');
  });

  it('keeps a change whose write failed and saves it on the next flush', async () => {
    const { backend, failNext } = await countingBackend();
    const errors: unknown[] = [];
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 5,
      autoFlush: false,
      onError: (error) => errors.push(error),
    });
    failNext.on = true;
    let failed = false;
    await drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 7 } }).catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(errors).to.have.length(1);
    await drafts.flush();
    expect((await drafts.resume(KEY))?.answers).to.deep.equal({ mood: 7 });
  });

  it('discards a draft and any change still pending for it', async () => {
    const { backend } = await countingBackend();
    const drafts = new DraftStore(new Repository(backend), {
      userId: 'c-1',
      debounceMs: 5,
      autoFlush: false,
    });
    await drafts.update(KEY, { activity: ACTIVITY, answers: { mood: 2 } });
    const pending = drafts.update(KEY, { answers: { mood: 3 } });
    await drafts.discard(KEY);
    let error: unknown;
    await pending.catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(DraftDiscardedError);
    expect(await drafts.resume(KEY)).to.equal(undefined);
    expect(await backend.getAll('drafts')).to.deep.equal([]);
  });

  it('does not resume a draft that belongs to another user', async () => {
    const { backend } = await countingBackend();
    const repository = new Repository(backend);
    await new DraftStore(repository, { userId: 'someone-else', debounceMs: 1, autoFlush: false }).update(
      KEY,
      {
        activity: ACTIVITY,
      },
    );
    expect(await new DraftStore(repository, { userId: 'c-1', autoFlush: false }).resume(KEY)).to.equal(
      undefined,
    );
  });

  it('quarantines and reports a corrupt stored draft and resumes nothing instead of throwing', async () => {
    const { backend } = await countingBackend();
    await backend.write([
      { type: 'put', collection: 'drafts', value: { id: draftId(KEY), answers: 'garbage' } },
    ]);
    const problems: StoreProblem[] = [];
    const drafts = new DraftStore(
      new Repository(backend, { onProblem: (problem) => problems.push(problem) }),
      {
        userId: 'c-1',
        autoFlush: false,
      },
    );
    expect(await drafts.resume(KEY)).to.equal(undefined);
    expect(problems.map((problem) => problem.collection)).to.deep.equal(['drafts']);
  });
});

const KEYS = 4;
const STEPS = 40;

/** What draft `k` looks like after `revision` saves (the iframe saves one change per revision). */
function expectedAt(k: number, revision: number): { answers: Record<string, string>; stepId: string } {
  const answers: Record<string, string> = {};
  for (let step = 1; step <= revision; step += 1)
    answers[`q${step}`] = `key ${k} answer ${step} ${'·'.repeat(step)}`;
  return { answers, stepId: `step-${revision}` };
}

/** A page that writes drafts as fast as it can and reports every acknowledged save to its parent. */
function writerPage(name: string, rawKey: string | null): string {
  const config = JSON.stringify({
    name,
    rawKey,
    keys: KEYS,
    steps: STEPS,
    partition: CLIENT,
    activity: ACTIVITY,
  });
  return `<!doctype html><script type="module">
    import { idbStore } from '/packages/store/src/backend/indexeddb.ts';
    import { Repository } from '/packages/store/src/repository.ts';
    import { DraftStore } from '/packages/store/src/drafts.ts';
    const config = ${config};
    const encryption = config.rawKey
      ? { key: await crypto.subtle.importKey('raw', Uint8Array.from(atob(config.rawKey), (c) => c.charCodeAt(0)), 'AES-GCM', false, ['encrypt', 'decrypt']) }
      : undefined;
    const backend = await idbStore({ name: config.name, encryption }).open(config.partition);
    const drafts = new DraftStore(new Repository(backend), { userId: config.partition.userId, debounceMs: 0, autoFlush: false });
    parent.postMessage({ type: 'ready', name: config.name }, '*');
    await Promise.all(Array.from({ length: config.keys }, async (_, k) => {
      const answers = {};
      for (let step = 1; step <= config.steps; step += 1) {
        const saved = await drafts.update({ assignmentId: 'a-' + k, occurrenceId: 'o-' + k }, {
          activity: config.activity,
          answers: { ['q' + step]: 'key ' + k + ' answer ' + step + ' ' + '·'.repeat(step) },
          stepId: 'step-' + step,
        });
        parent.postMessage({ type: 'ack', name: config.name, k, revision: saved.revision }, '*');
      }
    }));
  </script>`;
}

describe('DraftStore: crash and reload', () => {
  after(deleteTestDatabases);

  it('keeps every acknowledged draft intact when the writing page dies at random points (30 seeded runs)', async function () {
    this.timeout(120_000);
    const random = prng(20260329);
    let interruptedMidway = 0;
    for (let run = 0; run < 30; run += 1) {
      const name = uniqueName(`crash-${run}`);
      const encrypt = run % 3 === 2;
      const keyBytes = crypto.getRandomValues(new Uint8Array(32));
      const rawKey = encrypt ? btoa(String.fromCharCode(...keyBytes)) : null;
      const acked = new Map<number, number>();
      let ready!: () => void;
      const isReady = new Promise<void>((resolve) => (ready = resolve));
      const onMessage = (
        event: MessageEvent<{ type: string; name: string; k: number; revision: number }>,
      ): void => {
        if (event.data?.name !== name) return;
        if (event.data.type === 'ready') ready();
        if (event.data.type === 'ack')
          acked.set(event.data.k, Math.max(acked.get(event.data.k) ?? 0, event.data.revision));
      };
      window.addEventListener('message', onMessage);
      const frame = document.createElement('iframe');
      frame.srcdoc = writerPage(name, rawKey);
      document.body.append(frame);
      await isReady;
      // The interruption point: anywhere from "nothing saved yet" to "about done".
      await sleep(Math.floor(random() * 120));
      frame.remove();
      window.removeEventListener('message', onMessage);

      const encryption = rawKey
        ? { key: await crypto.subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['encrypt', 'decrypt']) }
        : undefined;
      const backend = await idbStore({ name, encryption }).open(CLIENT);
      const problems: StoreProblem[] = [];
      const repository = new Repository(backend, { onProblem: (problem) => problems.push(problem) });
      const stored = await repository.drafts.list();
      expect(problems, `run ${run}: corrupt drafts`).to.deep.equal([]);
      for (let k = 0; k < KEYS; k += 1) {
        const draft = stored.find((candidate) => candidate.assignmentId === `a-${k}`);
        const ackedRevision = acked.get(k) ?? 0;
        if (ackedRevision > 0)
          expect(draft, `run ${run}: acknowledged draft ${k} lost`).to.not.equal(undefined);
        if (!draft) continue;
        expect(draft.revision, `run ${run}: draft ${k} went back`).to.be.at.least(ackedRevision);
        const expected = expectedAt(k, draft.revision);
        expect(draft.answers, `run ${run}: draft ${k} answers`).to.deep.equal(expected.answers);
        expect(draft.stepId).to.equal(expected.stepId);
        if (draft.revision < STEPS) interruptedMidway += 1;
      }
      backend.close();
    }
    // The randomised points must actually cut writers off mid-way, or the test proves nothing.
    expect(interruptedMidway).to.be.greaterThan(10);
  });
});
