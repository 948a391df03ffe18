import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { gad7, phq9, who5 } from '@interlude/content';
import { weeklyTotals } from '../shared/testing/chart-samples.js';
import type { OutcomeChartData } from './outcome-chart.types.js';
import './define.js';

interface Args {
  data: OutcomeChartData | undefined;
}

const meta = {
  title: 'Clinician/Outcome chart',
  component: 'il-outcome-chart',
  tags: ['autodocs'],
  args: {
    data: {
      measures: [
        { definition: phq9, points: weeklyTotals('improving', 10) },
        {
          definition: gad7,
          points: weeklyTotals('deteriorating', 6).map((p) => ({ ...p, total: Math.min(21, p.total ?? 0) })),
        },
      ],
      timeZone: 'Europe/London',
    },
  },
  render: (args) => html`<il-outcome-chart measure="phq-9" .data=${args.data}></il-outcome-chart>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** PHQ-9 improving over ten weeks: reliable improvement, then recovery below the caseness line. */
export const Improving: Story = {};

/** No questionnaire scores yet. */
export const Empty: Story = { args: { data: { measures: [] } } };

/** One score: the baseline only. */
export const OnePoint: Story = {
  name: 'One point',
  args: { data: { measures: [{ definition: phq9, points: weeklyTotals('improving', 1) }] } },
};

/** PHQ-9 rising: reliable deterioration against baseline. */
export const Deteriorating: Story = {
  args: { data: { measures: [{ definition: phq9, points: weeklyTotals('deteriorating', 10) }] } },
};

/** Crossing the reliable-change line both ways: up, back, below, and up again. */
export const ReliableChangeCrossings: Story = {
  name: 'Reliable-change crossings',
  args: { data: { measures: [{ definition: phq9, points: weeklyTotals('crossings', 10) }] } },
};

/** Gaps and an unscorable response (too many items missing): the line breaks there. */
export const Gaps: Story = {
  args: {
    data: {
      measures: [
        {
          definition: phq9,
          points: weeklyTotals('improving', 10)
            .map((point, index) => (index === 4 ? { ...point, total: null } : point))
            .filter((_, index) => index < 3 || index > 5 || index === 4),
        },
      ],
    },
  },
};

/** A year of weekly PHQ-9 scores. */
export const AYearWeekly: Story = {
  name: 'A year of weekly scores',
  args: { data: { measures: [{ definition: phq9, points: weeklyTotals('crossings', 52) }] } },
};

/** WHO-5 (higher is better) judged against its clinically meaningful change, worded as such. */
export const Who5MeaningfulChange: Story = {
  name: 'WHO-5: meaningful change',
  args: {
    data: {
      measures: [
        {
          definition: who5,
          points: weeklyTotals('improving', 8).map((point) => ({
            ...point,
            total: Math.max(0, Math.min(25, 25 - (point.total ?? 0))),
          })),
        },
      ],
    },
  },
  render: (args) => html`<il-outcome-chart .data=${args.data}></il-outcome-chart>`,
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <il-outcome-chart measure="phq-9" .data=${args.data}></il-outcome-chart>
    </div>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div class="il-theme-dark" style="padding: 1rem">
      <il-outcome-chart measure="phq-9" .data=${args.data}></il-outcome-chart>
    </div>`,
};

/** The high-contrast theme. */
export const HighContrast: Story = {
  name: 'High contrast',
  render: (args) =>
    html`<div class="il-theme-high-contrast" style="padding: 1rem">
      <il-outcome-chart measure="phq-9" .data=${args.data}></il-outcome-chart>
    </div>`,
};
