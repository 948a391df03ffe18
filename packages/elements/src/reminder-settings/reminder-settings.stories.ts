import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { seededClient } from '../shared/testing/seed.js';
import './define.js';

function story(frame: StoryFrame = {}, paused = false): StoryObj {
  return {
    loaders: [
      async () => {
        const client = await seededClient();
        if (paused) await client.preferences.save({ timeZone: 'Europe/London', optedOut: true });
        return { client };
      },
    ],
    render: (_args, { loaded }) =>
      inProvider((loaded as LoadedClient).client, html`<il-reminder-settings></il-reminder-settings>`, frame),
  };
}

const meta = {
  title: 'Client/Reminder settings',
  component: 'il-reminder-settings',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** The modest defaults (quiet 21:00–08:00, at most 2 a day) with the planner's preview. */
export const Defaults: StoryObj = story();

/** Everything paused. */
export const Paused: StoryObj = story({}, true);

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = {
  name: 'Not connected',
  render: () => html`<il-reminder-settings></il-reminder-settings>`,
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = { ...story({ lang: 'ar', dir: 'rtl' }), name: 'RTL (Arabic)' };

/** German, dark theme. */
export const DarkGerman: StoryObj = { ...story({ theme: 'dark', lang: 'de' }), name: 'Dark (German)' };

/** High contrast. */
export const HighContrast: StoryObj = { ...story({ theme: 'high-contrast' }), name: 'High contrast' };
