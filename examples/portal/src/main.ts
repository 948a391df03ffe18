// The demo portal: what a telehealth vendor writes around Interlude's elements. It runs
// entirely in the browser; check-ins are kept in localStorage until @interlude/store lands.
import '@interlude/elements';
import '@interlude/elements/themes/light.css';
import '@interlude/elements/themes/dark.css';
import '@interlude/elements/themes/high-contrast.css';
import type { InterludeClient } from '@interlude/core';
import { loadCheckIns, saveCheckIn } from './check-ins.js';

type View = 'client' | 'clinician';

const clients: Record<View, InterludeClient> = {
  client: { user: { id: 'demo-client-sam', role: 'client', timeZone: 'Europe/London' } },
  clinician: { user: { id: 'demo-clinician-rivera', role: 'clinician', timeZone: 'Europe/London' } },
};

const provider = document.querySelector('il-provider')!;
const clientView = document.querySelector<HTMLElement>('#client-view')!;
const clinicianView = document.querySelector<HTMLElement>('#clinician-view')!;
const form = document.querySelector<HTMLFormElement>('#check-in')!;
const saved = document.querySelector<HTMLElement>('#saved')!;

function show(view: View): void {
  provider.client = clients[view];
  clientView.hidden = view !== 'client';
  clinicianView.hidden = view !== 'clinician';
  if (view === 'clinician') renderHistory();
}

function renderHistory(): void {
  const rows = loadCheckIns();
  const body = document.querySelector('#history')!;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      const when = document.createElement('td');
      when.textContent = new Date(row.savedAt).toLocaleString(document.documentElement.lang);
      const value = document.createElement('td');
      value.textContent = String(row.distress);
      tr.append(when, value);
      return tr;
    }),
  );
  document.querySelector<HTMLElement>('#empty-history')!.hidden = rows.length > 0;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  const distress = Number(new FormData(form).get('distress'));
  saveCheckIn({ distress, savedAt: new Date().toISOString() });
  saved.textContent = 'Saved on this device. Thank you for checking in.';
  form.reset();
});

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
  input.addEventListener('change', () => show(input.value as View));
}

document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
});

document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (event) => {
  document.body.className = `il-theme-${(event.target as HTMLSelectElement).value}`;
});

document.body.className = 'il-theme-light';
show('client');
