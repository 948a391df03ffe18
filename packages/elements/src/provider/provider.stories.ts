import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { InterludeClient } from '@interlude/core';
import './define.js';

const demoClient: InterludeClient = {
  user: { id: 'demo-client', role: 'client', timeZone: 'Europe/Berlin' },
};

/**
 * `<il-provider>` renders nothing of its own when all is well: it hands the client to the
 * elements inside. These stories show the states a vendor's developer may meet.
 */
const meta: Meta = {
  title: 'Setup/Provider',
  component: 'il-provider',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const Ready: Story = {
  render: () =>
    html`<il-provider .client=${demoClient}>
      <p>Portal content and Interlude elements go here; they receive the client.</p>
    </il-provider>`,
};

export const InvalidClient: Story = {
  name: 'Invalid client',
  render: () =>
    html`<il-provider .client=${{ user: { id: '', role: 'patient' } }}>
      <p>Elements inside receive no client.</p>
    </il-provider>`,
};

export const Empty: Story = {
  name: 'No client yet',
  render: () =>
    html`<il-provider>
      <p>An il-provider without a client provides nothing; elements inside show a "not connected" notice.</p>
    </il-provider>`,
};
