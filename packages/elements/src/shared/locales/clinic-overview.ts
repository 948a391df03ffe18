/**
 * Strings of il-clinic-overview.
 * English is the reference: `clinic-overview.de.ts` and `clinic-overview.ar.ts` must give the same keys with the same
 * arguments (`satisfies ClinicOverviewStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  clinicOverviewTitle: 'Clinic overview',
  clinicOverviewPeriod: 'Period',
  clinicOverviewWeeks: (weeks: number) => `Last ${weeks} weeks`,
  clinicOverviewMeasure: 'Questionnaire',
  clinicOverviewRange: (from: string, to: string) => `From ${from} to ${to}`,
  clinicOverviewPrivacy: (min: number) =>
    `Groups with fewer than ${min} clients are not shown, so no one can be recognised. Keep exports inside the clinic.`,
  clinicOverviewActive: 'Active clients',
  clinicOverviewCompletion: 'Between-session completion',
  clinicOverviewMedian: (measure: string) => `Median improvement on ${measure}`,
  clinicOverviewPoints: (value: string) => `${value} points`,
  clinicOverviewWithChange: (count: number) =>
    `${count} ${count === 1 ? 'client' : 'clients'} with two scores`,
  clinicOverviewOverall: 'Whole clinic',
  clinicOverviewByClinician: 'By clinician',
  clinicOverviewByCohort: 'By cohort',
  clinicOverviewColumnGroup: 'Group',
  clinicOverviewColumnKind: 'Type',
  clinicOverviewColumnClients: 'Clients',
  clinicOverviewColumnActive: 'Active',
  clinicOverviewColumnCompletion: 'Completion',
  clinicOverviewColumnWithChange: 'With two scores',
  clinicOverviewColumnImprovement: 'Median improvement',
  clinicOverviewColumnReliable: 'Reliably improved',
  clinicOverviewSuppressed: (min: number) => `Fewer than ${min} clients: not shown`,
  clinicOverviewUnknown: 'not enough data',
  clinicOverviewEmpty: 'No clients with assignments in this period.',
  clinicOverviewNoScores: 'No questionnaire scores in this period.',
  clinicOverviewExport: 'Export as CSV',
  clinicOverviewExported: (file: string) => `Exported ${file}.`,
  clinicOverviewChartTitle: (measure: string) => `Completion and improvement on ${measure}`,
  clinicOverviewAxisCompletion: 'Completion',
  clinicOverviewAxisImprovement: 'Median improvement',
  clinicOverviewSeries: (kind: string): string => (kind === 'cohort' ? 'Cohorts' : 'Clinicians'),
  clinicOverviewLegendNoChange: 'Dashed line: no change',
  clinicOverviewPoint: (group: string, completion: string, improvement: string, clients: number) =>
    `${group}: completion ${completion}, median improvement ${improvement} points (${clients} with two scores)`,
  clinicOverviewSummary: (measure: string, rho: string, clients: number, direction: string) =>
    `${direction === 'more' ? 'Clients who completed more between sessions tended to improve more' : direction === 'less' ? 'Clients who completed more between sessions tended to improve less' : 'Completion and improvement showed no clear relation'} on ${measure} (Spearman ρ ${rho}, ${clients} clients). An association, not a cause.`,
  clinicOverviewSummaryUnknown: (measure: string) =>
    `Too few clients have both completion and two ${measure} scores to relate them.`,
  clinicOverviewChartEmpty: 'No group is large enough, with scores, to plot.',
};

export type ClinicOverviewStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const clinicOverviewStrings: StringGroup<ClinicOverviewStrings> = {
  en,
  de: () => import('./clinic-overview.de.js').then((module) => module.de),
  ar: () => import('./clinic-overview.ar.js').then((module) => module.ar),
};
