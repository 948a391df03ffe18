/**
 * Strings of il-mood-chart.
 * English is the reference: `mood-chart.de.ts` and `mood-chart.ar.ts` must give the same keys with the same
 * arguments (`satisfies MoodChartStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  chartSeriesLegend: 'Series to show',
  chartColumnSeries: 'Series',
  chartColumnUsual: 'Usual range',
  chartUsualRange: (low: string, high: string) => `usual ${low}–${high}`,
  chartNoBaseline: 'no baseline yet',
  chartAboveUsual: 'above usual',
  chartBelowUsual: 'below usual',
  chartWithinUsual: 'within usual',
  chartMoodTitle: 'Check-ins over time',
  chartMoodEmpty: 'No check-ins to show yet.',
  chartMoodLegendValue: 'Check-in',
  chartMoodLegendOutside: 'Outside the usual range',
  chartMoodLegendBand: 'Usual range (previous 14 check-ins)',
  chartMoodLegendActivity: 'Activity completed',
  chartMoodPoint: (label: string, value: string, max: string, when: string, note: string) =>
    `${label} ${value} of ${max}, ${when}${note ? `, ${note}` : ''}`,
  chartMoodActivityPoint: (title: string, when: string) => `${title} completed, ${when}`,
  chartMoodSummary: (count: number, from: string, to: string, latest: string) =>
    `${count} ${count === 1 ? 'check-in' : 'check-ins'} from ${from} to ${to}; latest: ${latest}.`,
  chartMoodLatest: (label: string, value: string, where: string, low: string, high: string) =>
    `${label} ${value}, ${where} (${low}–${high})`,
};

export type MoodChartStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const moodChartStrings: StringGroup<MoodChartStrings> = {
  en,
  de: () => import('./mood-chart.de.js').then((module) => module.de),
  ar: () => import('./mood-chart.ar.js').then((module) => module.ar),
};
