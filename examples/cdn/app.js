// Northwind Care's wiring for the check-in page. Loaded as a file (not an inline script), so the
// page needs no 'unsafe-inline'. The client and the content come from the second CDN file, which
// shares its chunk of zod and core with the elements' file (the <script> tag in index.html): one
// copy of each.
import {
  createInterlude,
  dailyMood,
  idbStore,
} from '../../packages/elements/dist/cdn/interlude-store.min.js';

// Who is signed in comes from your portal's own session; the id is opaque (never a name or e-mail).
// Without a transport everything stays on this device; add httpTransport({ baseUrl, auth }) to sync.
const client = createInterlude({
  user: { id: 'c-1042', role: 'client', locale: 'en', timeZone: 'Europe/London' },
  // The journal (a second copy of unsynced answers) in localStorage: the OPFS journal's worker
  // starts from a blob: URL, which this page's policy (no worker-src blob:) does not allow.
  store: idbStore({ name: 'northwind', journal: 'local-storage' }),
});
document.querySelector('#interlude').client = client;
document.querySelector('#check-in').template = dailyMood;

// Every il-* event bubbles and is composed: listen once, on the document. Log what happened and
// the ids, never answers or notes (they are health data and do not belong in logs).
const log = document.querySelector('#event-log');
const describe = {
  'il-answer-change': (detail) => `item ${detail.itemId}`,
  'il-draft-saved': (detail) => `draft revision ${detail.draft.revision}`,
  'il-submit': (detail) => `submission ${detail.submission.id}`,
  'il-crisis-shown': (detail) => `crisis resources for ${detail.resources.region}`,
};
for (const [type, summary] of Object.entries(describe)) {
  document.addEventListener(type, (event) => {
    const entry = document.createElement('li');
    entry.textContent = `${type}: ${summary(event.detail)}`;
    log.append(entry);
  });
}

// Sign out with your portal: closes the client and deletes this person's data from the device.
window.addEventListener('northwind:sign-out', () => void client.signOut());
