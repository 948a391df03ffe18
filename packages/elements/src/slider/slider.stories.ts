import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';

interface Args {
  label: string;
  value: number | null;
  disabled: boolean;
}

const meta = {
  title: 'Primitives/Slider',
  component: 'il-slider',
  tags: ['autodocs'],
  args: { label: 'How much distress do you feel right now?', value: null, disabled: false },
  render: (args) =>
    html`<il-slider
      label=${args.label}
      min="0"
      max="10"
      low-label="None"
      high-label="Extreme"
      value=${args.value ?? nothing}
      ?disabled=${args.disabled}
    ></il-slider>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Not answered yet: the thumb rests hollow in the middle and reads "Not answered yet". */
export const Unanswered: Story = {};

/** A value chosen. */
export const Answered: Story = { args: { value: 7 } };

/** Disabled. */
export const Disabled: Story = { args: { value: 3, disabled: true } };

/** Arabic, right to left: the low end is on the right and Left/Right swap. */
export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  args: { label: 'ما مدى شعورك بالضيق الآن؟', value: 2 },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <il-slider
        label=${args.label}
        min="0"
        max="10"
        low-label="لا شيء"
        high-label="شديد"
        value=${args.value ?? nothing}
      ></il-slider>
    </div>`,
};
