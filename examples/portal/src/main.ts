// The demo portal: what a telehealth vendor writes around Interlude. Two people share this
// page (a demo switch a real portal would not have): the client, Sam, and the clinician,
// Dr. Rivera. Each gets their own Interlude client and device partition (IndexedDB); what Sam
// saves reaches Dr. Rivera only through a transport: by default a serverless demo server kept
// in localStorage, or a FHIR R4 server with `?fhir=<base URL>` (or VITE_INTERLUDE_FHIR).
import '@interlude/elements';
import '@interlude/elements/themes/light.css';
import '@interlude/elements/themes/dark.css';
import '@interlude/elements/themes/high-contrast.css';
import {
  describeFlag,
  prepareSession,
  renderSessionPrepText,
  type Flag,
  type Submission,
} from '@interlude/core';
import { fhirTransport } from '@interlude/fhir';
import { createInterlude, idbStore, type Interlude, type SyncStatus, type Transport } from '@interlude/store';
import {
  DEMO_ID_PREFIX,
  clientUser,
  clinicianUser,
  dailyMood,
  definitionFor,
  definitions,
  isDemoSeed,
  seedDemo,
} from './demo-data.js';
import { openDemoServer } from './demo-server.js';

type View = 'client' | 'clinician';
type LocaleText = Readonly<Record<string, string | undefined>>;

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const provider = document.querySelector('il-provider')!;
const clinicianSync = $('#clinician-sync');
const DAY_MS = 24 * 60 * 60 * 1000;

// ---- where the data goes ----------------------------------------------------------------

interface Backend {
  readonly description: string;
  readonly storeName: string;
  transportFor(subject: 'client' | 'clinician' | 'seed'): Transport;
  reset(): void;
}

function fhirBaseUrl(): string | undefined {
  // import.meta.env is Vite's; typed loosely so the repository-wide type check needs no Vite types.
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  const raw = new URLSearchParams(location.search).get('fhir') ?? env?.['VITE_INTERLUDE_FHIR'];
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/+$/, '');
  } catch {
    // fall through
  }
  $('#backend').dataset['problem'] = 'true';
  return undefined;
}

function chooseBackend(): Backend {
  const baseUrl = fhirBaseUrl();
  if (baseUrl) {
    const subjects = {
      client: { patient: `Patient/${clientUser.id}` },
      clinician: { practitioner: `Practitioner/${clinicianUser.id}` },
      seed: undefined,
    };
    return {
      description: `Syncing through the FHIR server at ${baseUrl}.`,
      // One set of partitions per server, so two servers' data never mix on this device.
      storeName: `interlude-portal-fhir-${baseUrl.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 80)}`,
      transportFor: (subject) =>
        fhirTransport({
          baseUrl,
          timeoutMs: 10_000,
          definitions: definitionFor,
          ...(subjects[subject] ? { subject: subjects[subject] } : {}),
        }),
      reset: () => undefined,
    };
  }
  const demo = openDemoServer();
  return {
    description: 'Serverless demo: the “server” is kept in this browser (localStorage).',
    storeName: `interlude-portal-demo-${demo.epoch}`,
    transportFor: () => demo.transport,
    reset: () => demo.clear(),
  };
}

const backend = chooseBackend();
$('#backend').textContent =
  ($('#backend').dataset['problem'] ? 'Ignored ?fhir= (not an http or https URL). ' : '') +
  backend.description;

const problems: string[] = [];
const make = (user: typeof clientUser, subject: 'client' | 'clinician'): Interlude =>
  createInterlude({
    user,
    store: idbStore({ name: backend.storeName }),
    transport: backend.transportFor(subject),
    sync: { intervalMs: 5000 },
    onProblem: (problem) => problems.push(problem.kind),
  });
const client = make(clientUser, 'client');
const clinician = make(clinicianUser, 'clinician');

// ---- sync state, as the storage guide says to word it -------------------------------------

function describeSync(status: SyncStatus): string {
  if (status.state === 'offline') return 'Offline: your answers are saved on this device.';
  if (status.rejected > 0) return 'The server refused a change.';
  if (status.pending > 0) {
    return status.state === 'error' ? 'Waiting to sync (will retry).' : 'Waiting to sync.';
  }
  if (status.lastSuccessAt) return 'Synced.';
  return status.state === 'error' ? 'Not synced yet (will retry).' : '';
}

// ---- client view ----------------------------------------------------------------------
// The elements do the work: il-today lists Sam's assignments and opens the check-in and the
// PHQ-9 in place (each saves drafts, submits, shows feedback and the sync status itself);
// il-reminder-settings and il-crisis-resources need nothing but the provider. The portal only
// routes what the elements cannot run in place yet.

$('#today').addEventListener('il-activity-open', (event) => {
  const note = $('#exercise-note');
  note.textContent = '';
  if (event.detail.activity.kind === 'exercise' && !customElements.get('il-exercise-player')) {
    // A real portal would route to its own page here; the exercise player is not in this demo yet.
    note.textContent = 'Exercises open in the exercise player, which is not part of this demo yet.';
  }
});

function localized(text: LocaleText): string {
  return text[document.documentElement.lang] ?? text['en'] ?? '';
}

// ---- clinician view -----------------------------------------------------------------------

const SEVERITY: Record<Flag['severity'], string> = {
  urgent: 'Urgent',
  attention: 'Needs attention',
  info: 'For information',
};
const KIND: Record<Flag['kind'], string> = {
  risk: 'Risk',
  deterioration: 'Deterioration',
  'mood-shift': 'Mood shift',
  'non-engagement': 'Not engaging',
  completion: 'Completed',
  overload: 'Overload',
};

function formatDate(instant: string, locale = document.documentElement.lang): string {
  return new Date(instant).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/**
 * One plain sentence per flag, in core's words (`describeFlag`): what moved, on which days,
 * against the client's usual range. English, so its dates are too (a mixed-direction sentence
 * reads badly).
 */
function explainFlag(flag: Flag): string {
  return describeFlag(flag, { locale: 'en', timeZone, definitions });
}

/** Whether the evidence that raised the flag (the newest) is seeded demo data. */
function isDemoFlag(flag: Flag): boolean {
  const id = flag.evidence.at(-1)?.submissionId;
  return id !== undefined && id.startsWith(DEMO_ID_PREFIX);
}

function renderFlags(flags: readonly Flag[]): void {
  $('#flags').replaceChildren(
    ...flags.map((flag) => {
      const li = document.createElement('li');
      li.className = `flag flag-${flag.severity}`;
      const badge = document.createElement('strong');
      badge.className = 'severity';
      badge.textContent = SEVERITY[flag.severity];
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = KIND[flag.kind];
      const text = document.createElement('p');
      text.lang = 'en';
      text.dir = 'ltr';
      text.textContent = explainFlag(flag) + (isDemoFlag(flag) ? ' (demo data)' : '');
      li.append(badge, ' ', kind, text);
      return li;
    }),
  );
  $('#no-flags').hidden = flags.length > 0;
}

function renderHistory(submissions: readonly Submission[]): void {
  const rows = submissions.filter((submission) => submission.activity.id === dailyMood.id).reverse();
  $('#history').replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      const cells = [
        formatDate(row.submittedAt) + (isDemoSeed(row) ? ' (demo data)' : ''),
        String(row.answers['distress'] ?? '–'),
        String(row.answers['mood'] ?? '–'),
        typeof row.answers['note'] === 'string' ? row.answers['note'] : '',
      ];
      tr.append(
        ...cells.map((value) => {
          const td = document.createElement('td');
          td.textContent = value;
          return td;
        }),
      );
      return tr;
    }),
  );
  $('#empty-history').hidden = rows.length > 0;
}

async function renderClinician(): Promise<void> {
  const now = new Date().toISOString();
  const [flags, submissions, assignments] = await Promise.all([
    clinician.flags.forCaseload({ now }),
    clinician.submissions.list(),
    clinician.assignments.list({ clientId: clientUser.id }),
  ]);
  const scores = (
    await Promise.all(
      submissions.map(async (submission) => {
        const score = await clinician.submissions.score(submission.id);
        return score && { submissionId: submission.id, score };
      }),
    )
  ).filter((score) => score !== undefined);
  renderFlags(flags.filter((flag) => flag.clientId === clientUser.id && !flag.acknowledgedAt));
  renderHistory(submissions);
  const prep = prepareSession({
    clientId: clientUser.id,
    since: new Date(Date.parse(now) - 14 * DAY_MS).toISOString(),
    now,
    assignments,
    submissions,
    scores,
    definitions,
    locale: 'en',
  });
  $('#session-prep').textContent = renderSessionPrepText(prep, { locale: 'en' });
  $('#clinician-view').dataset['rendered'] = String(submissions.length);
}

let rendering: Promise<void> = Promise.resolve();
function refreshClinician(): void {
  rendering = rendering.then(renderClinician).catch(() => {
    $('#session-prep').textContent = 'Could not read the caseload on this device.';
  });
}
for (const collection of ['submissions', 'scores', 'assignments', 'definitions'] as const) {
  clinician.subscribe(collection, () => {
    if (!$('#clinician-view').hidden) refreshClinician();
  });
}
clinician.sync.subscribe((status) => {
  clinicianSync.textContent = status.lastSuccessAt
    ? `Last synced ${formatDate(status.lastSuccessAt)}.`
    : describeSync(status) || 'Not synced yet.';
});

// ---- switches -------------------------------------------------------------------------------

function show(view: View): void {
  provider.client = view === 'client' ? client : clinician;
  $('#client-view').hidden = view !== 'client';
  $('#clinician-view').hidden = view !== 'clinician';
  if (view === 'clinician') {
    refreshClinician();
    // Fetch what the client synced meanwhile; the subscription re-renders when it lands.
    void clinician.sync.syncNow().catch(() => undefined);
  }
}

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
  input.addEventListener('change', () => show(input.value as View));
}

$<HTMLSelectElement>('#language').addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!$('#clinician-view').hidden) refreshClinician();
});

$<HTMLSelectElement>('#theme').addEventListener('change', (event) => {
  document.body.className = `il-theme-${(event.target as HTMLSelectElement).value}`;
});

$('#reset').addEventListener('click', () => {
  void (async () => {
    await Promise.allSettled([client.signOut(), clinician.signOut()]);
    backend.reset();
    location.reload();
  })();
});

document.body.className = 'il-theme-light';
show('client');

// First run: seed the demo (idempotent), then tell the page (and the end-to-end check) it is ready.
void (async () => {
  try {
    await Promise.all([client.ready, clinician.ready]);
    await seedDemo(backend.transportFor('seed'), clinician, client);
    document.body.dataset['demo'] = 'ready';
  } catch {
    document.body.dataset['demo'] = 'failed';
    $('#backend').textContent =
      `${backend.description} Setting up the demo failed (storage or server unavailable); ` +
      'what you answer is still saved on this device.';
  }
})();
