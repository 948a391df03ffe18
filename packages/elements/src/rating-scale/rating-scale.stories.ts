import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './define.js';

interface Args {
  label: string;
  min: number;
  max: number;
  value: number | null;
  disabled: boolean;
}

const meta = {
  title: 'Primitives/Rating scale',
  component: 'il-rating-scale',
  tags: ['autodocs'],
  args: {
    label: 'How distressed do you feel right now?',
    min: 0,
    max: 10,
    value: null,
    disabled: false,
  },
  argTypes: {
    value: { control: { type: 'number' } },
  },
  render: (args) =>
    html`<il-rating-scale
      label=${args.label}
      min=${args.min}
      max=${args.max}
      value=${args.value ?? nothing}
      ?disabled=${args.disabled}
      low-label="No distress"
      high-label="Extreme distress"
    ></il-rating-scale>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A 0–10 distress rating with anchors at both ends; nothing chosen yet. */
export const Default: Story = {};

/** A value is chosen: the option is filled, bold and has a thicker border. */
export const Selected: Story = {
  args: { value: 7 },
};

/** A 1–5 mood scale with a label for every value (the `valueLabels` property). */
export const MoodWithValueLabels: Story = {
  name: 'Mood 1–5 with per-value labels',
  args: { label: 'How is your mood today?', min: 1, max: 5 },
  render: (args) =>
    html`<il-rating-scale
      label=${args.label}
      min=${args.min}
      max=${args.max}
      value=${args.value ?? nothing}
      ?disabled=${args.disabled}
      .valueLabels=${['Very low', 'Low', 'Okay', 'Good', 'Very good']}
    ></il-rating-scale>`,
};

/** Inside a form: `required` blocks submission until a value is chosen; the submitted data is shown below. */
export const RequiredInForm: Story = {
  name: 'Required in a form',
  render: (args) =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const output = form.querySelector('output')!;
        output.textContent = `Submitted distress = ${String(new FormData(form).get('distress'))}`;
      }}
    >
      <il-rating-scale
        name="distress"
        required
        label=${args.label}
        min=${args.min}
        max=${args.max}
        value=${args.value ?? nothing}
        ?disabled=${args.disabled}
        low-label="No distress"
        high-label="Extreme distress"
      ></il-rating-scale>
      <p>
        <button type="submit">Submit</button>
        <button type="reset">Reset</button>
      </p>
      <output aria-live="polite"></output>
    </form>`,
};

/** Disabled: shown, not focusable, not submitted. */
export const Disabled: Story = {
  args: { value: 3, disabled: true },
};

/** Long question, anchors and per-value labels wrap; nothing scrolls sideways at 320 px. */
export const LongLabels: Story = {
  name: 'Long labels',
  args: {
    label:
      'Thinking about the whole of the past week, including the difficult evenings you mentioned, how much did worry get in the way of the things you wanted to do?',
    min: 0,
    max: 3,
  },
  render: (args) =>
    html`<il-rating-scale
      label=${args.label}
      min=${args.min}
      max=${args.max}
      value=${args.value ?? nothing}
      ?disabled=${args.disabled}
      .valueLabels=${[
        'Not at all, I did everything I had planned',
        'On several days, but I managed most things',
        'On more than half the days, and I cancelled some plans',
        'Nearly every day, it stopped me from doing almost everything',
      ]}
    ></il-rating-scale>`,
};

/** Arabic, right to left: 0 is on the right and the Left/Right arrow keys swap. */
export const RightToLeftArabic: Story = {
  name: 'RTL (Arabic)',
  args: { label: 'ما مدى شعورك بالضيق الآن؟', value: 4 },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <il-rating-scale
        label=${args.label}
        min=${args.min}
        max=${args.max}
        value=${args.value ?? nothing}
        ?disabled=${args.disabled}
        low-label="لا ضيق"
        high-label="ضيق شديد"
      ></il-rating-scale>
    </div>`,
};

/** German: the options' accessible names read "3 von 10, …". */
export const German: Story = {
  args: { label: 'Wie belastet fühlen Sie sich gerade?', value: 3 },
  render: (args) =>
    html`<div lang="de">
      <il-rating-scale
        label=${args.label}
        min=${args.min}
        max=${args.max}
        value=${args.value ?? nothing}
        ?disabled=${args.disabled}
        low-label="Keine Belastung"
        high-label="Extreme Belastung"
      ></il-rating-scale>
    </div>`,
};
