import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getCheckInTemplate } from '@interlude/content';
import type { CheckInTemplate } from '@interlude/core';
import { memoryServer } from '@interlude/store';
import { choose, inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { testClient } from '../shared/testing/test-client.js';
import type { IlCheckIn } from './check-in.js';
import { switchableTransport } from '../shared/testing/transports.js';
import './define.js';

const DAILY = getCheckInTemplate('daily-mood')!;
const ACT = getCheckInTemplate('act-flexibility')!;

async function withDraft(answers: Record<string, number | string>) {
  const client = testClient();
  await client.drafts.update(
    { activity: { kind: 'check-in', id: DAILY.id } },
    { activity: { kind: 'check-in', id: DAILY.id, version: DAILY.version }, answers },
  );
  await client.drafts.flush();
  return { client };
}

function story(
  loader: () => Promise<LoadedClient> | LoadedClient,
  template: CheckInTemplate | unknown = DAILY,
  frame: StoryFrame = {},
): StoryObj {
  return {
    loaders: [async () => loader()],
    render: (_args, { loaded }) =>
      inProvider(
        (loaded as LoadedClient).client,
        html`<il-check-in .template=${template as CheckInTemplate}></il-check-in>`,
        frame,
      ),
  };
}

/** Answers mood and distress and saves, as a person would (for the "after saving" stories). */
async function answerAndSave({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = canvasElement.querySelector<IlCheckIn>('il-check-in')!;
  await el.whenResumed();
  choose(el.shadowRoot!.querySelector('[data-item="mood"]'), 2);
  choose(el.shadowRoot!.querySelector('[data-item="distress"]'), 6);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const meta = { title: 'Client/Check-in', component: 'il-check-in', tags: ['autodocs'] } satisfies Meta;
export default meta;

/** The daily check-in, empty: a mood scale, a distress slider with anchors, an optional note. */
export const Empty: StoryObj = story(() => ({ client: testClient() }));

/** Resumed after a reload: the earlier answers are back. */
export const Resumed: StoryObj = story(() => withDraft({ mood: 4, distress: 3, note: 'Slept better' }));

/** Saved while offline: the micro-feedback, and "Saved on this device" until it syncs. */
export const SavedOffline: StoryObj = {
  ...story(() => {
    const transport = switchableTransport(memoryServer());
    transport.online = false;
    return { client: testClient({ transport }) };
  }),
  name: 'Saved, offline',
  play: answerAndSave,
};

/** Saved and synced: "Synced". */
export const Synced: StoryObj = {
  ...story(() => ({
    client: testClient({ transport: switchableTransport(memoryServer()), autoSync: true }),
  })),
  play: answerAndSave,
};

/** An ACT check-in with a choice item. */
export const ActFlexibility: StoryObj = {
  ...story(() => ({ client: testClient() }), ACT),
  name: 'ACT flexibility',
};

/** An invalid template: the notice says which path is wrong. */
export const InvalidTemplate: StoryObj = {
  ...story(() => ({ client: testClient() }), { ...DAILY, items: [] }),
  name: 'Error: invalid template',
};

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-check-in .template=${DAILY}></il-check-in>`,
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = {
  ...story(() => withDraft({ mood: 3 }), DAILY, { lang: 'ar', dir: 'rtl' }),
  name: 'RTL (Arabic)',
};

/** German, dark theme. */
export const DarkGerman: StoryObj = {
  ...story(() => withDraft({ distress: 7 }), DAILY, { theme: 'dark', lang: 'de' }),
  name: 'Dark (German)',
};

/** High contrast. */
export const HighContrast: StoryObj = {
  ...story(() => withDraft({ mood: 2 }), DAILY, { theme: 'high-contrast' }),
  name: 'High contrast',
};
