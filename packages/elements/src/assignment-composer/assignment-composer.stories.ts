import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { sampleClinician } from '../shared/testing/clinician-samples.js';
import { testClient } from '../shared/testing/test-client.js';
import { longCheckIn } from '../shared/testing/clinic-samples.js';
import type { ComposerFilter } from './assignment-composer.types.js';
import './define.js';

interface ComposerStory {
  readonly frame?: StoryFrame;
  readonly activity?: string;
  readonly filter?: ComposerFilter;
  readonly clientId?: string;
  readonly name?: string;
  readonly empty?: boolean;
  readonly longCheckIn?: boolean;
}

function story(options: ComposerStory = {}): StoryObj {
  return {
    loaders: [
      async () => {
        if (options.empty)
          return { client: testClient({ role: 'clinician', id: 't-1', timeZone: 'Europe/Berlin' }) };
        const client = await sampleClinician();
        if (options.longCheckIn)
          await client.definitions.put(
            longCheckIn('evening-diary', { en: 'Evening diary', de: 'Abendtagebuch', ar: 'يوميات المساء' }),
          );
        return { client };
      },
    ],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-assignment-composer
          client-id=${options.clientId ?? 'c-busy'}
          client-name=${options.name ?? 'Mateo García'}
          activity=${options.activity ?? ''}
          filter=${options.filter ?? 'all'}
        ></il-assignment-composer>`,
        options.frame,
      ),
  };
}

const meta = {
  title: 'Clinician/Assignment composer',
  component: 'il-assignment-composer',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** The catalogue, nothing chosen yet. */
export const Catalogue: StoryObj = story({ clientId: 'c-shift', name: 'Priya Raman' });

/** A fourth new exercise this week for Mateo: the overload warning, and "Assign anyway". */
export const OverloadWarning: StoryObj = {
  ...story({ activity: 'exercise:cbt-thought-record' }),
  name: 'Overload warning',
};

/** A check-in template estimated at 130 seconds: past the 90-second rule. */
export const LongCheckIn: StoryObj = {
  ...story({
    clientId: 'c-shift',
    name: 'Priya Raman',
    activity: 'check-in:evening-diary',
    longCheckIn: true,
  }),
  name: 'Check-in past 90 s',
};

/** Questionnaires under a commercial licence: CORE-10 is listed with its licence and cannot be chosen. */
export const LicenceRefused: StoryObj = {
  ...story({ clientId: 'c-shift', name: 'Priya Raman', filter: 'measure', activity: 'measure:phq-9' }),
  name: 'Licence refused (CORE-10)',
};

/** No definitions on the device yet. */
export const EmptyCatalogue: StoryObj = {
  ...story({ empty: true, clientId: 'c-new', name: 'Sam Okafor' }),
  name: 'Empty catalogue',
};

/** A long name wraps; nothing overflows. */
export const LongName: StoryObj = {
  ...story({
    clientId: 'c-shift',
    activity: 'exercise:act-values-card-sort',
    name: 'Maria-Concepción Fernández de la Torre-Wellington-Smythe',
  }),
  name: 'Long names',
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = {
  ...story({ activity: 'exercise:cbt-thought-record', frame: { lang: 'ar', dir: 'rtl' } }),
  name: 'RTL (Arabic)',
};

/** German, dark theme. */
export const DarkGerman: StoryObj = {
  ...story({ activity: 'exercise:ifs-unblending', frame: { theme: 'dark', lang: 'de' } }),
  name: 'Dark (German)',
};

/** High contrast. */
export const HighContrast: StoryObj = {
  ...story({ activity: 'exercise:cbt-thought-record', frame: { theme: 'high-contrast' } }),
  name: 'High contrast',
};

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-assignment-composer client-id="c-1"></il-assignment-composer>`,
};
