/**
 * Strings of the chart foundation (shared/chart) and what several charts say alike.
 * English is the reference: `chart.de.ts` and `chart.ar.ts` must give the same keys with the same
 * arguments (`satisfies ChartStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  chartLoading: 'Loading the chart…',
  chartLoadFailed: 'The chart data could not be read. Try again later.',
  chartShowTable: 'Show data table',
  chartHideTable: 'Hide data table',
  chartColumnWhen: 'When',
  chartColumnValue: 'Value',
  chartColumnNote: 'Note',
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`,
};

export type ChartStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const chartStrings: StringGroup<ChartStrings> = {
  en,
  de: () => import('./chart.de.js').then((module) => module.de),
  ar: () => import('./chart.ar.js').then((module) => module.ar),
};
