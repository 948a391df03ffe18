import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adherenceSample } from '../shared/testing/chart-samples.js';
import type { AdherenceChartData } from './adherence-chart.types.js';
import './define.js';

interface Args {
  data: AdherenceChartData | undefined;
}

const meta = {
  title: 'Clinician/Adherence chart',
  component: 'il-adherence-chart',
  tags: ['autodocs'],
  args: { data: adherenceSample(8) },
  render: (args) => html`<il-adherence-chart .data=${args.data}></il-adherence-chart>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Eight weeks of a daily check-in and a weekly exercise: done, late (hatched), missed (outlined), open (dotted). */
export const EightWeeks: Story = {};

/** Nothing assigned in the period. */
export const Empty: Story = { args: { data: { assignments: [], occurrences: [] } } };

/** One occurrence, still open. */
export const OnePoint: Story = {
  name: 'One point',
  args: {
    data: {
      assignments: [{ id: 'a-1', title: 'Daily check-in' }],
      occurrences: [
        {
          id: 'a-1@1',
          assignmentId: 'a-1',
          localDate: '2026-04-02',
          dueAt: '2026-04-02T20:00:00+01:00',
          status: 'pending',
        },
      ],
    },
  },
};

/** A year of daily work (364 days): thin bars, a full calendar. */
export const AYear: Story = { name: 'A year of daily work', args: { data: adherenceSample(52) } };

/** A gap of two weeks with nothing assigned. */
export const Gaps: Story = {
  args: {
    data: (() => {
      const sample = adherenceSample(8);
      return {
        ...sample,
        occurrences: sample.occurrences.filter(
          (o) => o.localDate < '2026-03-01' || o.localDate > '2026-03-14',
        ),
      };
    })(),
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  render: (args) =>
    html`<div dir="rtl" lang="ar"><il-adherence-chart .data=${args.data}></il-adherence-chart></div>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div class="il-theme-dark" style="padding: 1rem">
      <il-adherence-chart .data=${args.data}></il-adherence-chart>
    </div>`,
};

/** The high-contrast theme. */
export const HighContrast: Story = {
  name: 'High contrast',
  render: (args) =>
    html`<div class="il-theme-high-contrast" style="padding: 1rem">
      <il-adherence-chart .data=${args.data}></il-adherence-chart>
    </div>`,
};
