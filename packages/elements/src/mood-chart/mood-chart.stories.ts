import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dailyMood } from '@interlude/content';
import { testClient } from '../shared/testing/test-client.js';
import { dayAt, moodSample } from '../shared/testing/chart-samples.js';
import type { MoodChartData } from './mood-chart.types.js';
import './define.js';
import '../provider/define.js';

interface Args {
  data: MoodChartData | undefined;
  label: string;
}

const meta = {
  title: 'Clinician/Mood chart',
  component: 'il-mood-chart',
  tags: ['autodocs'],
  args: { data: moodSample(42, { spikes: { 39: 9 } }), label: '' },
  render: (args) => html`<il-mood-chart label=${args.label} .data=${args.data}></il-mood-chart>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Six weeks of mood and distress with the client's own usual range and weekly exercises; distress spiked on the third-last day. */
export const SixWeeks: Story = {};

/** No check-ins yet: the chart says so instead of drawing an empty frame. */
export const Empty: Story = { args: { data: { series: [] } } };

/** A single check-in, drawn in the middle of a week; no baseline yet. */
export const OnePoint: Story = {
  name: 'One point',
  args: {
    data: {
      series: [{ ...moodSample(1).series[1]!, points: [{ at: '2026-04-02T19:00:00Z', value: 6 }] }],
      timeZone: 'Europe/London',
    },
  },
};

/** Two years of daily check-ins (730 points per series): dots shrink to their spacing, one tab stop per series. */
export const TwoYearsDaily: Story = {
  name: 'Two years of daily data (730 points)',
  args: { data: moodSample(730) },
};

/** Breaks in the line where the client did not check in for days. */
export const Gaps: Story = {
  args: {
    data: moodSample(60, {
      gaps: [
        [12, 19],
        [35, 44],
      ],
    }),
  },
};

/** Distress slowly easing over three months. */
export const Improving: Story = { args: { data: moodSample(90, { trend: -0.03 }) } };

/** Distress slowly rising, with values above the usual range shown as squares. */
export const Deteriorating: Story = { args: { data: moodSample(90, { trend: 0.04 }) } };

/** Arabic, right to left: time runs from right to left, the value axis is on the right, Left/Right swap. */
export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  render: (args) => html`<div dir="rtl" lang="ar"><il-mood-chart .data=${args.data}></il-mood-chart></div>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div class="il-theme-dark" style="padding: 1rem">
      <il-mood-chart .data=${args.data}></il-mood-chart>
    </div>`,
};

/** The high-contrast theme, data table open. */
export const HighContrast: Story = {
  name: 'High contrast',
  args: { data: moodSample(14) },
  render: (args) =>
    html`<div class="il-theme-high-contrast" style="padding: 1rem">
      <il-mood-chart table-open .data=${args.data}></il-mood-chart>
    </div>`,
};

/** Read from a real client through `<il-provider>` (`client-id`): the daily check-in template and a week of submissions. */
export const FromTheClient: Story = {
  name: 'From the client',
  loaders: [
    async () => {
      const client = testClient({ role: 'clinician' });
      await client.definitions.put(dailyMood);
      for (let day = 0; day < 10; day += 1) {
        const at = dayAt('2026-03-23T19:00:00Z', day);
        await client.submissions.save({
          id: crypto.randomUUID(),
          assignmentId: 'a-1',
          clientId: 'c-1',
          activity: { kind: 'check-in', id: dailyMood.id, version: dailyMood.version },
          answers: { mood: day === 8 ? 1 : 3, distress: day === 8 ? 9 : 4 },
          startedAt: at,
          submittedAt: at,
          timeZone: 'Europe/London',
          status: 'completed',
        });
      }
      return { client };
    },
  ],
  render: (_args, { loaded }) =>
    html`<il-provider .client=${loaded['client']}
      ><il-mood-chart client-id="c-1"></il-mood-chart
    ></il-provider>`,
};
