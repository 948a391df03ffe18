import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adherenceSample, moodSample } from '../shared/testing/chart-samples.js';
import type { ProgressData } from './progress.types.js';
import './define.js';

interface Args {
  data: ProgressData | undefined;
}

const progress = (trend: number, days = 28): ProgressData => ({
  series: moodSample(days, {
    start: new Date(Date.parse('2026-04-05T19:00:00Z') - (days - 1) * 86_400_000).toISOString(),
    trend,
  }).series[0]!,
  occurrences: adherenceSample(4).occurrences,
  now: '2026-04-05T21:00:00Z',
  timeZone: 'Europe/London',
});

const meta = {
  title: 'Client/Progress',
  component: 'il-progress',
  tags: ['autodocs'],
  args: { data: progress(0.04) },
  render: (args) => html`<il-progress .data=${args.data}></il-progress>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Mood rising over four weeks: "Your mood has been higher this week…". */
export const Improving: Story = {};

/** A harder week, named gently: no red, no "failed". */
export const HarderWeek: Story = { name: 'A harder week (deteriorating)', args: { data: progress(-0.05) } };

/** Nothing yet: an invitation to check in. */
export const Empty: Story = { args: { data: { occurrences: [] } } };

/** One check-in. */
export const OnePoint: Story = {
  name: 'One point',
  args: {
    data: {
      ...progress(0),
      series: { ...progress(0).series!, points: progress(0).series!.points.slice(-1) },
    },
  },
};

/** Half a year of daily check-ins. */
export const HalfAYear: Story = { name: 'Half a year', args: { data: progress(0.005, 182) } };

/** Days without a check-in break the line. */
export const Gaps: Story = {
  args: {
    data: {
      ...progress(0.02),
      series: {
        ...progress(0.02).series!,
        points: progress(0.02).series!.points.filter((_, i) => i < 8 || i > 15),
      },
    },
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  render: (args) => html`<div dir="rtl" lang="ar"><il-progress .data=${args.data}></il-progress></div>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div class="il-theme-dark" style="padding: 1rem">
      <il-progress .data=${args.data}></il-progress>
    </div>`,
};

/** The high-contrast theme. */
export const HighContrast: Story = {
  name: 'High contrast',
  render: (args) =>
    html`<div class="il-theme-high-contrast" style="padding: 1rem">
      <il-progress .data=${args.data}></il-progress>
    </div>`,
};
