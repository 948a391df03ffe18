// The demo portal: what a telehealth vendor writes around Interlude. Two people share this
// page (a demo switch a real portal would not have): the client, Sam, and the clinician,
// Dr. Rivera. Each gets their own Interlude client and device partition (IndexedDB); what Sam
// saves reaches Dr. Rivera only through a transport: by default a serverless demo server kept
// in localStorage, or a FHIR R4 server with `?fhir=<base URL>` (or VITE_INTERLUDE_FHIR).
// First: zod's jitless mode, before any schema is created, so the portal runs under a strict
// Content-Security-Policy (no 'unsafe-eval'; `npm start` serves it with one, see vite.config.ts).
import '@interlude/core/strict-csp';
import '@interlude/elements';
import '@interlude/elements/themes/light.css';
import '@interlude/elements/themes/dark.css';
import '@interlude/elements/themes/high-contrast.css';
import { addLocalDays, localDateIn, startOfLocalDay } from '@interlude/core';
import { fhirTransport } from '@interlude/fhir';
import { createInterlude, idbStore, type Interlude, type SyncStatus, type Transport } from '@interlude/store';
import { clientUser, clinicianUser, definitionFor, seedDemo, timeZone } from './demo-data.js';
import { caseloadEntries, caseloadNames } from './demo-caseload.js';
import { openDemoServer } from './demo-server.js';

type View = 'client' | 'clinician';

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const provider = document.querySelector('il-provider')!;
const clinicianSync = $('#clinician-sync');

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
  const demo = openDemoServer({
    today: localDateIn(new Date().toISOString(), timeZone),
    // Dr. Rivera's other 24 clients, rebuilt from the day the demo was first opened.
    generated: (anchor) => caseloadEntries(anchor, timeZone),
  });
  return {
    description: 'Serverless demo: the “server” is kept in this browser (localStorage).',
    storeName: `interlude-portal-demo-${demo.epoch}`,
    transportFor: (subject) => (subject === 'client' ? demo.clientTransport : demo.transport),
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
    // The journal in localStorage: the OPFS journal's worker starts from a blob: URL, which the
    // strict policy (no worker-src blob:) blocks, and a blocked attempt is reported as a violation.
    store: idbStore({ name: backend.storeName, journal: 'local-storage' }),
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
// The elements do the work: il-today lists Sam's assignments and opens the check-in, the
// PHQ-9 and the values exercise (il-exercise-player) in place (each saves drafts, submits, shows feedback and the sync status itself);
// il-progress, il-reminder-settings and il-crisis-resources need nothing but the provider. The portal only
// routes what the elements cannot run in place yet.

$('#today').addEventListener('il-activity-open', (event) => {
  const note = $('#exercise-note');
  note.textContent = '';
  if (event.detail.activity.kind === 'exercise' && !customElements.get('il-exercise-player')) {
    // Only on a page that left the exercise player out; a real portal would route to its own page.
    note.textContent = 'Exercises open in the exercise player, which this page does not load.';
  }
});

// ---- clinician view -----------------------------------------------------------------------
// The elements do the work here too: il-review-queue orders the caseload's flags (computed on
// this device by core) and stores acknowledgements and snoozes, which sync; il-session-prep
// and the charts read one client's data. The portal only routes: opening a row shows that
// client below, and the names come from the portal (Interlude stores only ids).

const SAM = 'Sam Park';
const clientNames: Readonly<Record<string, string>> = { [clientUser.id]: SAM, ...caseloadNames };
const queue = $<HTMLElementTagNameMap['il-review-queue']>('#queue');
const prep = $<HTMLElementTagNameMap['il-session-prep']>('#prep');
const composer = $<HTMLElementTagNameMap['il-assignment-composer']>('#composer');
queue.clientNames = clientNames;
queue.clinicianNames = { [clinicianUser.id]: 'Dr. Rivera' };

/** The last session, for the demo: a week ago, at the start of that day. */
function lastSession(): string {
  const now = new Date().toISOString();
  return startOfLocalDay(localDateIn(addLocalDays(now, -7, timeZone), timeZone), timeZone);
}

function openClient(clientId: string, focus: boolean): void {
  const name = clientNames[clientId] ?? clientId;
  $('#client-title').textContent = name;
  composer.clientName = name;
  composer.clientId = clientId;
  prep.since = lastSession();
  prep.clientId = clientId;
  for (const chart of ['#outcome-chart', '#mood-chart', '#adherence-chart']) {
    (document.querySelector(chart) as HTMLElement & { clientId: string }).clientId = clientId;
  }
  if (focus) {
    $('#client-title').focus();
    $('#client-card').scrollIntoView({ block: 'start' });
  }
}

queue.addEventListener('il-client-open', (event) => openClient(event.detail.clientId, true));

// The composer stores the assignment on this device; the portal asks for a sync at once so the
// client's device gets it without waiting for the next round.
composer.addEventListener('il-assignment-save', () => {
  void clinician.sync.syncNow().catch(() => undefined);
});

function formatDate(instant: string, locale = document.documentElement.lang): string {
  return new Date(instant).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

clinician.sync.subscribe((status) => {
  clinicianSync.textContent = status.lastSuccessAt
    ? `Last synced ${formatDate(status.lastSuccessAt)}.`
    : describeSync(status) || 'Not synced yet.';
});

openClient(clientUser.id, false);

// ---- switches -------------------------------------------------------------------------------

function show(view: View): void {
  provider.client = view === 'client' ? client : clinician;
  $('#client-view').hidden = view !== 'client';
  $('#clinician-view').hidden = view !== 'clinician';
  if (view === 'clinician') {
    // Fetch what the client synced meanwhile; the elements re-read when it lands.
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
