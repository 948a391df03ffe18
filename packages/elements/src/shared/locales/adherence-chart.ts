/**
 * Strings of il-adherence-chart.
 * English is the reference: `adherence-chart.de.ts` and `adherence-chart.ar.ts` must give the same keys with the same
 * arguments (`satisfies AdherenceChartStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  chartAdherenceTitle: 'Completed work over time',
  chartAdherenceEmpty: 'Nothing assigned in this period.',
  chartAdherenceWeeks: 'Weeks',
  chartAdherenceDays: 'Days',
  chartAdherenceAssignment: 'Assignment',
  chartAdherenceAll: 'All assignments',
  chartAdherenceNothing: 'nothing assigned',
  chartAdherenceDone: (done: number, assigned: number) => `${done} of ${assigned} done`,
  chartAdherenceLate: (late: number) => `${late} late`,
  chartAdherenceMissed: (missed: number) => `${missed} missed`,
  chartAdherenceOpen: (open: number) => `${open} still open`,
  chartAdherenceWeekPoint: (week: string, counts: string) => `Week of ${week}: ${counts}`,
  chartAdherenceDayPoint: (day: string, counts: string, detail: string) =>
    `${day}: ${counts}${detail ? ` (${detail})` : ''}`,
  chartAdherenceDetail: (title: string, status: string) => `${title}: ${status}`,
  chartAdherenceStatusDone: 'Done on time',
  chartAdherenceStatusLate: 'Done late',
  chartAdherenceStatusMissed: 'Missed',
  chartAdherenceStatusOpen: 'Still open',
  chartAdherenceLegendAll: 'Day: all done',
  chartAdherenceLegendSome: 'Day: some done',
  chartAdherenceLegendNone: 'Day: none done',
  chartAdherenceColumnAssigned: 'Assigned',
  chartAdherenceStreak: (current: number, longest: number) =>
    `Current streak: ${current} in a row · longest: ${longest}`,
  chartAdherenceSummary: (
    weeks: string,
    done: number,
    assigned: number,
    rate: string,
    late: number,
    missed: number,
    streak: number,
  ) =>
    `${weeks}: ${done} of ${assigned} done (${rate}), ${late} late, ${missed} missed; current streak ${streak}.`,
};

export type AdherenceChartStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const adherenceChartStrings: StringGroup<AdherenceChartStrings> = {
  en,
  de: () => import('./adherence-chart.de.js').then((module) => module.de),
  ar: () => import('./adherence-chart.ar.js').then((module) => module.ar),
};
