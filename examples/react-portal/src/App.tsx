// The vendor's app: its own header and navigation, one <IlProvider> per signed-in person
// around the Interlude elements, and a log of what the portal's code heard from them.
import { useCallback, useState } from 'react';
import { IlProvider } from '@interlude/react/provider';
import { ClientPage } from './ClientPage.js';
import { ClinicianPage } from './ClinicianPage.js';
import { client, clinician } from './demo.js';

type Page = 'client' | 'clinician';

export function App() {
  const [page, setPage] = useState<Page>('client');
  const [lines, setLines] = useState<string[]>([]);
  const [count, setCount] = useState(0);
  const log = useCallback((line: string) => {
    setLines((previous) => [line, ...previous].slice(0, 8));
    setCount((previous) => previous + 1);
  }, []);
  return (
    <>
      <header className="acme-header">
        <p className="acme-brand">Acme Telecare</p>
        <nav aria-label="Pages">
          {(['client', 'clinician'] as const).map((target) => (
            <button
              key={target}
              type="button"
              className="acme-tab"
              aria-current={page === target ? 'page' : undefined}
              onClick={() => setPage(target)}
            >
              {target === 'client' ? 'Sam’s week' : 'Clinician'}
            </button>
          ))}
        </nav>
      </header>
      <main className="acme-main">
        {/* One provider per person: switching pages signs the other one in. */}
        <IlProvider key={page} client={page === 'client' ? client : clinician}>
          {page === 'client' ? <ClientPage log={log} /> : <ClinicianPage log={log} />}
        </IlProvider>
        <aside className="acme-log" aria-labelledby="log-heading">
          <h2 id="log-heading">What the portal heard</h2>
          {lines.length === 0 ? <p>Nothing yet: start something on Sam’s week.</p> : null}
          <ol id="log" reversed>
            {lines.map((line, index) => (
              <li key={`${count - index}`}>{line}</li>
            ))}
          </ol>
        </aside>
      </main>
    </>
  );
}
