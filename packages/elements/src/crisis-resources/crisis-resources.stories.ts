import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CrisisResourceSet } from '@interlude/core';
import './define.js';

const meta = {
  title: 'Client/Crisis resources',
  component: 'il-crisis-resources',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** United Kingdom: 999 and Samaritans. */
export const UnitedKingdom: StoryObj = {
  render: () => html`<il-crisis-resources crisis-region="GB"></il-crisis-resources>`,
};

/** United States: 911 and the 988 Lifeline (call or text). */
export const UnitedStates: StoryObj = {
  render: () => html`<il-crisis-resources crisis-region="US"></il-crisis-resources>`,
};

/** A region without shipped numbers: only the advice to call the local emergency number. */
export const NoCheckedNumbers: StoryObj = {
  name: 'Region without shipped numbers',
  render: () => html`<il-crisis-resources crisis-region="FR"></il-crisis-resources>`,
};

const clinic: CrisisResourceSet = {
  region: 'GB',
  resources: [
    { id: 'emergency', name: { en: 'Emergency services' }, phone: '999', emergency: true },
    {
      id: 'clinic',
      name: { en: 'Harbor Health on-call clinician' },
      description: { en: 'Weekdays 8:00–20:00. Outside these hours, call Samaritans on 116 123.' },
      phone: '020 7946 0000',
    },
  ],
};

/** The vendor's own resources, with extra slotted content. */
export const VendorResources: StoryObj = {
  name: 'Vendor resources',
  render: () =>
    html`<il-crisis-resources .crisisResources=${clinic}
      ><p>Your safety plan is in the Documents tab.</p></il-crisis-resources
    >`,
};

/** Germany, in German. */
export const German: StoryObj = {
  render: () => html`<div lang="de"><il-crisis-resources crisis-region="DE"></il-crisis-resources></div>`,
};

/** Arabic, right to left (numbers stay left to right). */
export const RightToLeft: StoryObj = {
  name: 'RTL (Arabic)',
  render: () =>
    html`<div lang="ar" dir="rtl"><il-crisis-resources crisis-region="GB"></il-crisis-resources></div>`,
};

/** Dark theme. */
export const Dark: StoryObj = {
  render: () =>
    html`<div class="il-story il-theme-dark" style="padding: 1rem">
      <il-crisis-resources crisis-region="US"></il-crisis-resources>
    </div>`,
};
