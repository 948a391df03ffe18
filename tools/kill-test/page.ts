// The page side of tools/kill-test.mjs: on load it reports what survived the last kill
// (before and after re-pulling from the server), then saves check-ins and types a draft as
// fast as it can, reporting each confirmed save and each saved draft revision to the harness,
// until the harness kills the whole browser.
import {
  createInterlude,
  httpTransport,
  idbStore,
  type Interlude,
  type InterludeProblem,
} from '@interlude/store';
import type { Submission } from '@interlude/core';

const params = new URLSearchParams(location.search);
/** Who saves on this page, and whose partition to check first (the one the last kill hit). */
const userId = params.get('user') ?? 'kill-client';
const checkId = params.get('check');
const trial = Number(params.get('trial') ?? 0);
const DRAFT_KEY = { assignmentId: 'a-journal', occurrenceId: 'a-journal@2026-03-02T09:00' };
const ACTIVITY = { kind: 'check-in', id: 'journal', version: '1.0.0' } as const;

function post(path: string, body: unknown): Promise<unknown> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function checkIn(n: number): Submission {
  return {
    id: crypto.randomUUID(),
    assignmentId: 'a-mood',
    clientId: userId,
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    answers: { mood: n % 11, note: `trial ${trial}, save ${n}: slept ${n % 9} hours` },
    startedAt: '2026-03-02T09:00:00.000+01:00',
    submittedAt: '2026-03-02T09:02:00.000+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

function openClient(id: string, problems: InterludeProblem[]): Interlude {
  return createInterlude({
    user: { id, role: 'client' },
    store: idbStore({ name: 'kill-test' }),
    transport: httpTransport({ baseUrl: `${location.origin}/sync`, timeoutMs: 5000 }),
    // Started by hand below, so what survived on the device is read before any pull.
    sync: { autoStart: false, intervalMs: 500, maxBackoffMs: 2000 },
    onProblem: (problem) => problems.push(problem),
  });
}

/** What survived in `client`'s partition: on the device, then after re-pulling from the server. */
async function check(client: Interlude, problems: InterludeProblem[]): Promise<unknown> {
  const started = performance.now();
  await client.ready;
  const opened = performance.now();
  const onDevice = (await client.submissions.list()).map((item) => item.id);
  const draft = await client.drafts.resume(DRAFT_KEY);
  const listed = performance.now();
  await client.sync.syncNow();
  const afterPull = (await client.submissions.list()).map((item) => item.id);
  return {
    timings: {
      loadMs: started,
      openMs: opened - started,
      listMs: listed - opened,
      pullMs: performance.now() - listed,
    },
    onDevice,
    afterPull,
    draft: typeof draft?.answers['n'] === 'number' ? draft.answers['n'] : null,
    problems: problems.map((problem) => problem.kind),
    lost: client.sync.status.storageLost ?? null,
    journal: (await client.storage.status()).journal,
  };
}

async function main(): Promise<void> {
  const problems: InterludeProblem[] = [];
  const client = openClient(userId, problems);
  let report: unknown = null;
  if (checkId === userId) {
    report = await check(client, problems);
  } else if (checkId) {
    const checkerProblems: InterludeProblem[] = [];
    const checker = openClient(checkId, checkerProblems);
    report = await check(checker, checkerProblems);
    await checker.close();
  }
  await client.ready;
  const draft = await client.drafts.resume(DRAFT_KEY);
  await post('/report/check', { trial, report });
  await client.sync.start();

  // Confirmations go to the harness in small batches; one lost in the kill is only unchecked.
  let confirmed: string[] = [];
  let draftSaved: number | null = null;
  setInterval(() => {
    if (confirmed.length === 0 && draftSaved === null) return;
    void post('/report/confirmed', { user: userId, ids: confirmed, draft: draftSaved }).catch(
      () => undefined,
    );
    confirmed = [];
    draftSaved = null;
  }, 10);

  let n = typeof draft?.answers['n'] === 'number' ? draft.answers['n'] : 0;
  for (let save = 0; ; save += 1) {
    const submission = checkIn(save);
    await client.submissions.save(submission);
    confirmed.push(submission.id);
    n += 1;
    const value = n;
    void client.drafts
      .update(DRAFT_KEY, {
        activity: ACTIVITY,
        answers: { n: value, note: `typing ${value}` },
        stepId: 'note',
      })
      .then(() => {
        draftSaved = Math.max(draftSaved ?? 0, value);
      })
      .catch(() => undefined);
    // Now and then the page is hidden for a moment: the draft is written at once.
    if (save % 10 === 9) void client.drafts.flush();
    if (Math.random() < 0.2) await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
  }
}

main().catch((error: unknown) => {
  void post('/report/error', {
    trial,
    message: error instanceof Error ? `${error.name}: ${error.message}` : 'error',
  });
});
