// Sam's page: the week's list, and the check-in or questionnaire Sam opens from it, on the
// portal's own route (il-today is not `inline`: the portal decides where an activity opens).
import { useState, type ReactNode } from 'react';
import type { ActivityOpenDetail } from '@interlude/elements';
import { IlCheckIn } from '@interlude/react/check-in';
import { IlCrisisResources } from '@interlude/react/crisis-resources';
import { IlMeasureForm } from '@interlude/react/measure-form';
import { IlToday } from '@interlude/react/today';
import { definitionFor } from './demo.js';

/** What the portal's own code heard from the elements: event names and ids, never answers. */
export type Log = (line: string) => void;

export function ClientPage({ log }: { log: Log }) {
  const [open, setOpen] = useState<ActivityOpenDetail | undefined>(undefined);
  if (!open) {
    return (
      <section aria-labelledby="week-heading">
        <h1 id="week-heading">Your week</h1>
        <p className="acme-lead">
          What Dr. Rivera suggested. Your answers are kept on this device and synced.
        </p>
        <div className="acme-card">
          <IlToday
            headingLevel={2}
            onIlActivityOpen={(event) => {
              log(`il-activity-open: ${event.detail.activity.kind} ${event.detail.activity.id}`);
              setOpen(event.detail);
            }}
          />
        </div>
        <div className="acme-card">
          <h2>If you need help now</h2>
          <IlCrisisResources noHeading />
        </div>
      </section>
    );
  }
  return (
    <section aria-label="Activity">
      <button type="button" className="acme-button acme-button-quiet" onClick={() => setOpen(undefined)}>
        ← Back to your week
      </button>
      <div className="acme-card">
        <Activity open={open} log={log} />
      </div>
    </section>
  );
}

function Activity({ open, log }: { open: ActivityOpenDetail; log: Log }): ReactNode {
  const definition = definitionFor(open.activity);
  const common = { assignment: open.assignment, occurrence: open.occurrence, headingLevel: 1 as const };
  if (definition?.kind === 'check-in') {
    return (
      <IlCheckIn
        {...common}
        template={definition}
        onIlSubmit={(event) => log(`il-submit: check-in ${event.detail.submission.id} saved on this device`)}
      />
    );
  }
  if (definition?.kind === 'measure') {
    return (
      <IlMeasureForm
        {...common}
        definition={definition}
        onIlCrisisShown={(event) => log(`il-crisis-shown: ${event.detail.itemId}, resources shown at once`)}
        onIlSubmit={(event) =>
          log(
            `il-submit: ${definition.id} ${event.detail.submission.id} saved` +
              (event.detail.score ? ', scored' : ''),
          )
        }
      />
    );
  }
  return (
    <p role="status">This portal opens exercises on its own exercise page, which is not part of this demo.</p>
  );
}
