import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ClinicAggregates, ClinicClient, ClinicGroup } from '@interlude/core';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { PHQ9, sampleClinician, type SampleClientId } from '../shared/testing/clinician-samples.js';
import {
  SAMPLE_CLINICIAN_NAMES as NAMES,
  SAMPLE_ROSTER as ROSTER,
} from '../shared/testing/clinic-samples.js';
import type { ClinicOverviewData } from './clinic-overview.types.js';
import './define.js';

interface OverviewStory {
  readonly frame?: StoryFrame;
  readonly clients?: readonly SampleClientId[];
  readonly roster?: readonly ClinicClient[];
  readonly min?: number;
}

function story(options: OverviewStory = {}): StoryObj {
  return {
    loaders: [async () => ({ client: await sampleClinician(options.clients) })],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-clinic-overview
          .roster=${options.roster}
          .minGroupSize=${options.min}
          .clinicianNames=${NAMES}
        ></il-clinic-overview>`,
        options.frame,
      ),
  };
}

/**
 * A clinic of 1,000 clients under 40 clinicians and 4 cohorts, as a server would compute it
 * (deterministic figures; three clinicians under the minimum group size).
 */
function largeClinic(): ClinicOverviewData {
  const group = (kind: ClinicGroup['kind'], key: string, index: number, clients: number): ClinicGroup => {
    if (clients < 5) return { kind, key, suppressed: true, clientCount: clients };
    const completionRate = 0.35 + ((index * 37) % 60) / 100;
    const improvement = Math.round((completionRate * 9 - 2 + ((index * 13) % 5) - 2) * 2) / 2;
    const withChange = Math.round(clients * 0.7);
    return {
      kind,
      key,
      suppressed: false,
      clientCount: clients,
      activeClients: Math.round(clients * 0.85),
      completion: {
        assigned: clients * 40,
        completed: Math.round(clients * 40 * completionRate),
        missed: Math.round(clients * 40 * (1 - completionRate)),
        pending: 0,
        completionRate,
      },
      measures: [
        {
          measureId: 'phq-9',
          direction: 'higher-is-worse',
          clientsScored: clients,
          clientsWithChange: withChange,
          medianChange: -improvement,
          medianImprovement: improvement,
          reliableImprovement: { count: Math.round(withChange * 0.4), of: withChange, share: 0.4 },
          reliableDeterioration: { count: Math.round(withChange * 0.05), of: withChange, share: 0.05 },
          meaningfulImprovement: { count: 0, of: 0, share: null },
          meaningfulDeterioration: { count: 0, of: 0, share: null },
          recovered: { count: Math.round(withChange * 0.3), of: withChange, share: 0.3 },
          completionVsImprovement: { rho: 0.31, n: withChange, reason: null },
        },
      ],
    };
  };
  const clinicians = Array.from({ length: 40 }, (_, index) =>
    group(
      'clinician',
      `t-${String(index + 1).padStart(2, '0')}`,
      index,
      index % 13 === 5 ? 3 : 25 + (index % 3),
    ),
  );
  const cohorts = ['Pilot A', 'Pilot B', 'Waitlist', 'Group programme'].map((name, index) =>
    group('cohort', name, index + 50, 250),
  );
  const report: ClinicAggregates = {
    from: '2026-01-05T09:00:00+01:00',
    to: '2026-03-30T09:00:00+02:00',
    now: '2026-03-30T09:00:00+02:00',
    measureId: null,
    minGroupSize: 5,
    overall: group('overall', 'overall', 7, 1000),
    clinicians,
    cohorts,
    unknownMeasureIds: [],
  };
  return { report, measures: [PHQ9] };
}

const meta = {
  title: 'Clinician/Clinic overview',
  component: 'il-clinic-overview',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** Six clients under one clinician: the whole clinic and its clinician. */
export const OneClinician: StoryObj = { ...story(), name: 'One clinician' };

/** Two clinicians and two cohorts of three (minimum group size 2 for the demo): the scatter. */
export const Cohorts: StoryObj = { ...story({ roster: ROSTER, min: 2 }), name: 'Clinicians and cohorts' };

/** The same clinic at the default minimum of 5: every group is suppressed, only the clinic is shown. */
export const Suppressed: StoryObj = { ...story({ roster: ROSTER }), name: 'Small groups suppressed' };

/** One client: even the whole clinic is too small to show. */
export const OneClient: StoryObj = { ...story({ clients: ['c-done'] }), name: 'One client' };

/** No clients. */
export const EmptyCaseload: StoryObj = { ...story({ clients: [] }), name: 'Empty caseload' };

/** 1,000 clients, 40 clinicians, 4 cohorts, handed in as `data`. */
export const LargeClinic: StoryObj = {
  name: '1,000 clients',
  render: () => html`<il-clinic-overview .data=${largeClinic()}></il-clinic-overview>`,
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = {
  ...story({ roster: ROSTER, min: 2, frame: { lang: 'ar', dir: 'rtl' } }),
  name: 'RTL (Arabic)',
};

/** German, dark theme. */
export const DarkGerman: StoryObj = {
  ...story({ roster: ROSTER, min: 2, frame: { theme: 'dark', lang: 'de' } }),
  name: 'Dark (German)',
};

/** High contrast. */
export const HighContrast: StoryObj = {
  ...story({ roster: ROSTER, min: 2, frame: { theme: 'high-contrast' } }),
  name: 'High contrast',
};

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-clinic-overview></il-clinic-overview>`,
};
