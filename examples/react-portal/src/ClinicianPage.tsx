// Dr. Rivera's page: the flags to review for Sam (core's flags over the caseload, read from the
// clinician's store and worded by core's describeFlag), and Sam's mood and PHQ-9 over time.
import { useEffect, useState } from 'react';
import { describeFlag, type Flag } from '@interlude/core';
import { IlMoodChart } from '@interlude/react/mood-chart';
import { IlOutcomeChart } from '@interlude/react/outcome-chart';
import type { Log } from './ClientPage.js';
import { clientUser, clinician, definitions, timeZone } from './demo.js';

const SEVERITY: Record<Flag['severity'], string> = {
  urgent: 'Urgent',
  attention: 'Needs attention',
  info: 'For information',
};

/** The clinician's open flags for Sam, re-read whenever a submission, score or assignment changes. */
function useFlags(): Flag[] | undefined {
  const [flags, setFlags] = useState<Flag[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = () =>
      void clinician.flags
        .forCaseload()
        .then((all) => {
          if (current)
            setFlags(all.filter((flag) => flag.clientId === clientUser.id && !flag.acknowledgedAt));
        })
        .catch(() => current && setFlags([]));
    const stops = (['submissions', 'scores', 'assignments'] as const).map((collection) =>
      clinician.subscribe(collection, read),
    );
    read();
    // What Sam synced meanwhile; the subscriptions re-read when it lands.
    void clinician.sync.syncNow().catch(() => undefined);
    return () => {
      current = false;
      for (const stop of stops) stop();
    };
  }, []);
  return flags;
}

export function ClinicianPage({ log }: { log: Log }) {
  const flags = useFlags();
  const [point, setPoint] = useState('');
  return (
    <section aria-labelledby="clinician-heading">
      <h1 id="clinician-heading">Sam, between sessions</h1>
      <div className="acme-card">
        <h2>Flags to review</h2>
        {flags === undefined ? (
          <p role="status">Reading the caseload…</p>
        ) : flags.length === 0 ? (
          <p>Nothing to review.</p>
        ) : (
          <ul className="acme-flags" id="flags">
            {flags.map((flag) => (
              <li key={flag.id} className={`acme-flag acme-flag-${flag.severity}`}>
                <strong>{SEVERITY[flag.severity]}</strong>{' '}
                {describeFlag(flag, { locale: 'en', timeZone, definitions })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="acme-card">
        <IlMoodChart
          clientId={clientUser.id}
          label="Mood and distress"
          onIlPointFocus={(event) => {
            setPoint(event.detail.text);
            log(`il-point-focus: ${event.detail.series} #${event.detail.index}`);
          }}
        />
        <p className="acme-point" aria-live="polite">
          {point}
        </p>
      </div>
      <div className="acme-card">
        <IlOutcomeChart clientId={clientUser.id} measure="phq-9" label="PHQ-9 over time" />
      </div>
    </section>
  );
}
