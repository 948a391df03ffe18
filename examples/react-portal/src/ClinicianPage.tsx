// Dr. Rivera's page: the review queue (core's flags over the caseload, computed from the
// clinician's store, ordered urgent first; acknowledging and snoozing are stored and synced by the
// element), and Sam's mood and PHQ-9 over time. The names are the vendor's: Interlude stores ids.
import { useEffect, useState } from 'react';
import { IlMoodChart } from '@interlude/react/mood-chart';
import { IlOutcomeChart } from '@interlude/react/outcome-chart';
import { IlReviewQueue } from '@interlude/react/review-queue';
import type { Log } from './ClientPage.js';
import { clientUser, clinician } from './demo.js';

const clientNames = { [clientUser.id]: 'Sam Park' };

export function ClinicianPage({ log }: { log: Log }) {
  const [point, setPoint] = useState('');
  useEffect(() => {
    // What Sam synced meanwhile; the elements re-read when it lands.
    void clinician.sync.syncNow().catch(() => undefined);
  }, []);
  return (
    <section aria-labelledby="clinician-heading">
      <h1 id="clinician-heading">Sam, between sessions</h1>
      <div className="acme-card">
        <h2 id="queue-heading">Needs your review</h2>
        <IlReviewQueue
          id="queue"
          clientNames={clientNames}
          onIlClientOpen={(event) => log(`il-client-open: ${event.detail.clientId}`)}
          onIlFlagAcknowledge={(event) => log(`il-flag-acknowledge: ${event.detail.flag.kind}`)}
          onIlFlagSnooze={(event) => log(`il-flag-snooze: ${event.detail.flag.kind}`)}
        />
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
