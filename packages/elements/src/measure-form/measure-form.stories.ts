import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getMeasure } from '@interlude/content';
import type { MeasureDefinition } from '@interlude/core';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { testClient } from '../shared/testing/test-client.js';
import './define.js';

const PHQ9 = getMeasure('phq-9')!;
const GAD7 = getMeasure('gad-7')!;
const DRAFT_KEY = { activity: { kind: 'measure', id: 'phq-9' } } as const;

/** A client whose PHQ-9 draft holds `answers` (as if the person had left mid-way). */
async function withDraft(answers: Record<string, number>) {
  const client = testClient();
  await client.drafts.update(DRAFT_KEY, {
    activity: { kind: 'measure', id: PHQ9.id, version: PHQ9.version },
    answers,
  });
  await client.drafts.flush();
  return { client };
}

function story(
  loader: () => Promise<LoadedClient> | LoadedClient,
  definition: MeasureDefinition | unknown = PHQ9,
  frame: StoryFrame = {},
  attributes: { showScore?: boolean } = {},
): StoryObj {
  return {
    loaders: [async () => loader()],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-measure-form
          ?show-score=${attributes.showScore ?? false}
          .definition=${definition as MeasureDefinition}
        ></il-measure-form>`,
        frame,
      ),
  };
}

const meta = {
  title: 'Client/Measure form',
  component: 'il-measure-form',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;

/** The PHQ-9, unanswered: the instrument's wording, recall period and options, all on one page. */
export const Phq9: StoryObj = { ...story(() => ({ client: testClient() })), name: 'PHQ-9' };

/** Half answered; every answer is already a draft on the device. */
export const InProgress: StoryObj = {
  ...story(() => withDraft({ 'phq9-1': 1, 'phq9-2': 2, 'phq9-3': 0, 'phq9-4': 1 })),
  name: 'In progress',
};

/** Opened again after a reload: the earlier answers come back, with a welcome-back line. */
export const Resumed: StoryObj = story(() => withDraft({ 'phq9-1': 2, 'phq9-2': 2, 'phq9-5': 3 }));

/** Item 9 endorsed: crisis resources appear below it at once, before any submit. */
export const Crisis: StoryObj = story(() => withDraft({ 'phq9-1': 2, 'phq9-9': 2 }));

/** GAD-7 with `show-score`: the score and band are shown after submitting (the vendor decides). */
export const Gad7WithScore: StoryObj = {
  ...story(() => ({ client: testClient() }), GAD7, {}, { showScore: true }),
  name: 'GAD-7 (show-score)',
};

/** An invalid definition: the notice says which path is wrong. */
export const InvalidDefinition: StoryObj = {
  ...story(() => ({ client: testClient() }), { ...PHQ9, items: [] }),
  name: 'Error: invalid definition',
};

/** An instrument the declared licensing does not allow (CORE-10 in a commercial product). */
export const LicenceRefused: StoryObj = {
  ...story(() => ({ client: testClient() }), getMeasure('core-10')),
  name: 'Error: licence refused',
};

/** No provider, no client: the configuration notice instead of a blank box. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-measure-form .definition=${PHQ9}></il-measure-form>`,
};

/** Arabic, right to left (the PHQ-9's English wording stays, the form's own words are Arabic). */
export const RightToLeft: StoryObj = {
  ...story(() => withDraft({ 'phq9-9': 1 }), PHQ9, { lang: 'ar', dir: 'rtl' }),
  name: 'RTL (Arabic), crisis',
};

/** German, dark theme. */
export const DarkGerman: StoryObj = {
  ...story(() => withDraft({ 'phq9-1': 1 }), PHQ9, { theme: 'dark', lang: 'de' }),
  name: 'Dark (German)',
};

/** High contrast, with the crisis panel. */
export const HighContrast: StoryObj = {
  ...story(() => withDraft({ 'phq9-9': 3 }), PHQ9, { theme: 'high-contrast' }),
  name: 'High contrast, crisis',
};
