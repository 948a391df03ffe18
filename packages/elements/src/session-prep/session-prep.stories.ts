import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import {
  SAMPLE_CLIENTS,
  daysAgo,
  sampleClinician,
  type SampleClientId,
} from '../shared/testing/clinician-samples.js';
import './define.js';

function story(
  clientId: SampleClientId,
  frame: StoryFrame = {},
  since = daysAgo(7, '10:00'),
  name?: string,
): StoryObj {
  return {
    loaders: [async () => ({ client: await sampleClinician([clientId]) })],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-session-prep
          client-id=${clientId}
          since=${since}
          client-name=${name ?? SAMPLE_CLIENTS[clientId]}
        ></il-session-prep>`,
        frame,
      ),
  };
}

const meta = {
  title: 'Clinician/Session prep',
  component: 'il-session-prep',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** A mood shift on Sunday with the client's note about it, and the opening it suggests. */
export const MoodShift: StoryObj = { ...story('c-shift'), name: 'Mood shift with a note' };

/** A risk answer: listed first, as an urgent flag and a notable event. */
export const RiskAnswer: StoryObj = { ...story('c-risk', {}, daysAgo(8, '10:00')), name: 'Risk answer' };

/** Scores worded as reliable change (GAD-7) or not (PHQ-9). */
export const ScoreChanges: StoryObj = { ...story('c-worse', {}, daysAgo(8, '10:00')), name: 'Score changes' };

/** A quiet period: missed check-ins, nothing else; "none" under empty sections. */
export const QuietPeriod: StoryObj = { ...story('c-quiet', {}, daysAgo(5, '10:00')), name: 'Quiet period' };

/** A long name wraps in the title. */
export const LongName: StoryObj = {
  ...story('c-shift', {}, daysAgo(7, '10:00'), 'Priya Lakshmi Raman-Venkataraghavan Subramaniam'),
  name: 'Long name',
};

/** No client chosen yet. */
export const NoClientChosen: StoryObj = {
  name: 'No client chosen',
  loaders: [async () => ({ client: await sampleClinician(['c-shift']) })],
  render: (_args, { loaded }) =>
    inProvider((loaded as LoadedClient).client, html`<il-session-prep></il-session-prep>`),
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = {
  ...story('c-shift', { lang: 'ar', dir: 'rtl' }),
  name: 'RTL (Arabic)',
};

/** German, dark theme. */
export const DarkGerman: StoryObj = {
  ...story('c-shift', { theme: 'dark', lang: 'de' }),
  name: 'Dark (German)',
};

/** High contrast. */
export const HighContrast: StoryObj = {
  ...story('c-risk', { theme: 'high-contrast' }, daysAgo(8, '10:00')),
  name: 'High contrast',
};

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-session-prep></il-session-prep>`,
};
