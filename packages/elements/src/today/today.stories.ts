import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { inProvider, type LoadedClient, type StoryFrame } from '../shared/testing/stories.js';
import { seededClient } from '../shared/testing/seed.js';
import { testClient } from '../shared/testing/test-client.js';
import './define.js';

function story(frame: StoryFrame = {}, inline = true, empty = false): StoryObj {
  return {
    loaders: [async () => ({ client: empty ? testClient() : await seededClient() })],
    render: (_args, { loaded }) =>
      inProvider((loaded as LoadedClient).client, html`<il-today ?inline=${inline}></il-today>`, frame),
  };
}

const meta = { title: 'Client/Today', component: 'il-today', tags: ['autodocs'] } satisfies Meta;
export default meta;

/** A week of work: today's check-in due now, an exercise tonight, a PHQ-9 on Thursday, one missed day. */
export const Week: StoryObj = story();

/** Nothing assigned: a calm empty state. */
export const Empty: StoryObj = story({}, true, true);

/** Without `inline`: opening only fires `il-activity-open` for the portal to route. */
export const RoutedByPortal: StoryObj = { ...story({}, false), name: 'Routed by the portal' };

/** No provider, no client: the configuration notice. */
export const NotConnected: StoryObj = { name: 'Not connected', render: () => html`<il-today></il-today>` };

/** Arabic, right to left. */
export const RightToLeft: StoryObj = { ...story({ lang: 'ar', dir: 'rtl' }), name: 'RTL (Arabic)' };

/** German, dark theme. */
export const DarkGerman: StoryObj = { ...story({ theme: 'dark', lang: 'de' }), name: 'Dark (German)' };

/** High contrast. */
export const HighContrast: StoryObj = { ...story({ theme: 'high-contrast' }), name: 'High contrast' };
