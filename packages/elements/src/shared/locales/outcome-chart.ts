/**
 * Strings of il-outcome-chart.
 * English is the reference: `outcome-chart.de.ts` and `outcome-chart.ar.ts` must give the same keys with the same
 * arguments (`satisfies OutcomeChartStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  chartOutcomeTitle: 'Questionnaire scores over time',
  chartOutcomeEmpty: 'No questionnaire scores to show yet.',
  chartOutcomeNoScores: (title: string) => `${title}: no scorable responses yet.`,
  chartOutcomeMeasure: 'Questionnaire',
  chartOutcomeSummary: (title: string, from: string, to: string, period: string, change: string) =>
    `${title} went from ${from} to ${to} over ${period}: ${change}.`,
  chartOutcomeOneScore: (title: string, total: string, band: string, when: string) =>
    `${title}: one score so far, ${total} (${band}) on ${when}.`,
  chartOutcomePoint: (
    title: string,
    total: string,
    band: string,
    when: string,
    change: string,
    baseline: string,
  ) => `${title} ${total}, ${band}, ${when}; ${change} from baseline ${baseline}`,
  chartOutcomeBaselinePoint: (title: string, total: string, band: string, when: string) =>
    `${title} ${total}, ${band}, ${when}; baseline`,
  chartOutcomeReliableImprovement: 'reliable improvement',
  chartOutcomeReliableDeterioration: 'reliable deterioration',
  chartOutcomeNoReliableChange: 'no reliable change',
  chartOutcomeMeaningfulImprovement: 'clinically meaningful improvement',
  chartOutcomeMeaningfulDeterioration: 'clinically meaningful deterioration',
  chartOutcomeNoMeaningfulChange: 'no clinically meaningful change',
  chartOutcomeChangeUnknown: 'change not classifiable',
  chartOutcomeRecovered: (change: string) => `${change}, recovered`,
  chartOutcomeLegendRecovered: 'Recovered: no longer a case, with a reliable improvement',
  chartOutcomeUnscorable: 'unscorable',
  chartOutcomeLegendBaseline: 'Baseline',
  chartOutcomeZone: (threshold: string, words: string) => `Within ±${threshold} of baseline: ${words}`,
  chartOutcomeCasenessAtOrAbove: (threshold: string) => `Caseness cut-off: a case at ${threshold} or more`,
  chartOutcomeCasenessBelow: (threshold: string) => `Caseness cut-off: a case below ${threshold}`,
  chartOutcomeColumnTotal: 'Total',
  chartOutcomeColumnBand: 'Severity',
  chartOutcomeColumnChange: 'Change from baseline',
};

export type OutcomeChartStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const outcomeChartStrings: StringGroup<OutcomeChartStrings> = {
  en,
  de: () => import('./outcome-chart.de.js').then((module) => module.de),
  ar: () => import('./outcome-chart.ar.js').then((module) => module.ar),
};
