import type { OutcomeChartStrings } from './outcome-chart.js';

export const de = {
  chartOutcomeTitle: 'Fragebogenwerte im Verlauf',
  chartOutcomeEmpty: 'Noch keine Fragebogenwerte.',
  chartOutcomeNoScores: (title: string) => `${title}: noch keine auswertbaren Antworten.`,
  chartOutcomeMeasure: 'Fragebogen',
  chartOutcomeSummary: (title: string, from: string, to: string, period: string, change: string) =>
    `${title} ging in ${period} von ${from} auf ${to}: ${change}.`,
  chartOutcomeOneScore: (title: string, total: string, band: string, when: string) =>
    `${title}: bisher ein Wert, ${total} (${band}) am ${when}.`,
  chartOutcomePoint: (
    title: string,
    total: string,
    band: string,
    when: string,
    change: string,
    baseline: string,
  ) => `${title} ${total}, ${band}, ${when}; ${change} gegenüber dem Ausgangswert ${baseline}`,
  chartOutcomeBaselinePoint: (title: string, total: string, band: string, when: string) =>
    `${title} ${total}, ${band}, ${when}; Ausgangswert`,
  chartOutcomeReliableImprovement: 'reliable Verbesserung',
  chartOutcomeReliableDeterioration: 'reliable Verschlechterung',
  chartOutcomeNoReliableChange: 'keine reliable Veränderung',
  chartOutcomeMeaningfulImprovement: 'klinisch bedeutsame Verbesserung',
  chartOutcomeMeaningfulDeterioration: 'klinisch bedeutsame Verschlechterung',
  chartOutcomeNoMeaningfulChange: 'keine klinisch bedeutsame Veränderung',
  chartOutcomeChangeUnknown: 'Veränderung nicht einzuordnen',
  chartOutcomeRecovered: (change: string) => `${change}, remittiert`,
  chartOutcomeLegendRecovered: 'Remittiert: nicht mehr auffällig, mit reliabler Verbesserung',
  chartOutcomeUnscorable: 'nicht auswertbar',
  chartOutcomeLegendBaseline: 'Ausgangswert',
  chartOutcomeZone: (threshold: string, words: string) =>
    `Innerhalb ±${threshold} um den Ausgangswert: ${words}`,
  chartOutcomeCasenessAtOrAbove: (threshold: string) => `Cut-off: auffällig ab ${threshold}`,
  chartOutcomeCasenessBelow: (threshold: string) => `Cut-off: auffällig unter ${threshold}`,
  chartOutcomeColumnTotal: 'Summe',
  chartOutcomeColumnBand: 'Schweregrad',
  chartOutcomeColumnChange: 'Veränderung zum Ausgangswert',
} satisfies OutcomeChartStrings;
