import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const OPTIONS = [
  { id: 'not-at-all', label: 'Not at all' },
  { id: 'several-days', label: 'Several days' },
  { id: 'more-than-half', label: 'More than half the days' },
  { id: 'nearly-every-day', label: 'Nearly every day' },
];

const meta = {
  title: 'Primitives/Choice group',
  component: 'il-choice-group',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

/** A single choice (radio group), nothing chosen. */
export const Single: StoryObj = {
  render: () =>
    html`<il-choice-group
      label="Feeling down, depressed, or hopeless"
      .options=${OPTIONS}
    ></il-choice-group>`,
};

/** A single choice with a value. */
export const Chosen: StoryObj = {
  render: () =>
    html`<il-choice-group
      label="Feeling down, depressed, or hopeless"
      value="several-days"
      .options=${OPTIONS}
    ></il-choice-group>`,
};

/** Several choices (checkboxes). */
export const Multiple: StoryObj = {
  render: () =>
    html`<il-choice-group
      multiple
      label="What weighed on you today?"
      .value=${['work', 'sleep']}
      .options=${[
        { id: 'work', label: 'Work' },
        { id: 'sleep', label: 'Sleep' },
        { id: 'family', label: 'Family' },
      ]}
    ></il-choice-group>`,
};

/** Arabic, right to left. */
export const RightToLeft: StoryObj = {
  name: 'RTL (Arabic)',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <il-choice-group
        label="كيف كان نومك؟"
        .options=${[
          { id: 'good', label: 'جيد' },
          { id: 'bad', label: 'سيئ' },
        ]}
      ></il-choice-group>
    </div>`,
};
