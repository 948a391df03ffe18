import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { testClient } from '../shared/testing/test-client.js';
import {
  SAMPLE_CLIENTS,
  SAMPLE_DEFINITIONS,
  SAMPLE_NOW,
  SAMPLE_ZONE,
  sampleClinician,
  sampleFlags,
  type SampleClientId,
} from '../shared/testing/clinician-samples.js';
import './define.js';

const LONG_NAMES = {
  ...SAMPLE_CLIENTS,
  'c-risk': 'Amira Fatima Haddad-Al-Khoury von Hohenberg-Stauffenberg',
  'c-worse': 'Jonas Maximilian Becker-Schwarzenegger-Oberhuber',
};

function story(
  frame: StoryFrame = {},
  options: { clients?: readonly SampleClientId[]; empty?: boolean; names?: Record<string, string> } = {},
): StoryObj {
  return {
    loaders: [
      async () => ({
        client: options.empty
          ? testClient({ role: 'clinician', id: 't-1', timeZone: SAMPLE_ZONE, now: () => SAMPLE_NOW })
          : await sampleClinician(options.clients),
      }),
    ],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-review-queue
          .clientNames=${options.names ?? SAMPLE_CLIENTS}
          .clinicianNames=${{ 't-1': 'Dr. Mara Lind' }}
        ></il-review-queue>`,
        frame,
      ),
  };
}

const meta = {
  title: 'Clinician/Review queue',
  component: 'il-review-queue',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** Every flag kind the engine raises: risk (urgent) first, then deterioration, mood shift, not engaging, overload, then completions. */
export const EveryFlagKind: StoryObj = { ...story(), name: 'Every flag kind' };

/** One client with a risk answer and a completion. */
export const OneClient: StoryObj = { ...story({}, { clients: ['c-risk'] }), name: 'One client' };

/** No clients yet. */
export const EmptyCaseload: StoryObj = { ...story({}, { empty: true }), name: 'Empty caseload' };

/** 1,000 clients (about two flags each), windowed: only the rows near the view are rendered. */
export const ThousandClients: StoryObj = {
  name: '1,000 clients',
  render: () => {
    const { flags, names, assignments } = sampleFlags(1000);
    return html`<il-review-queue
      .flags=${flags}
      .clientNames=${names}
      .assignments=${assignments}
      .definitions=${SAMPLE_DEFINITIONS}
    ></il-review-queue>`;
  },
};

/** Long names wrap inside their cell. */
export const LongNames: StoryObj = { ...story({}, { names: LONG_NAMES }), name: 'Long names' };

/** A caseload where one flag was snoozed for a week and one acknowledged. */
async function reviewedClient() {
  const client = await sampleClinician(['c-shift', 'c-done']);
  const flags = await client.flags.forCaseload();
  const shift = flags.find((flag) => flag.kind === 'mood-shift');
  if (shift) await client.flags.snooze(shift.id, { until: '2026-04-06T00:00:00+02:00' });
  const done = flags.find((flag) => flag.kind === 'completion');
  if (done) await client.flags.acknowledge(done.id);
  return { client };
}

function reviewed(view: 'snoozed' | 'acknowledged'): StoryObj {
  return {
    loaders: [reviewedClient],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-review-queue view=${view} .clientNames=${SAMPLE_CLIENTS}></il-review-queue>`,
      ),
  };
}

/** The snoozed view: a mood-shift flag snoozed for a week, with the date it comes back. */
export const SnoozedView: StoryObj = { ...reviewed('snoozed'), name: 'Snoozed view' };

/** The acknowledged view: what was seen, and when. */
export const AcknowledgedView: StoryObj = { ...reviewed('acknowledged'), name: 'Acknowledged view' };

/** Arabic, right to left. */
export const RightToLeft: StoryObj = { ...story({ lang: 'ar', dir: 'rtl' }), name: 'RTL (Arabic)' };

/** German, dark theme. */
export const DarkGerman: StoryObj = { ...story({ theme: 'dark', lang: 'de' }), name: 'Dark (German)' };

/** High contrast. */
export const HighContrast: StoryObj = { ...story({ theme: 'high-contrast' }), name: 'High contrast' };

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-review-queue></il-review-queue>`,
};
