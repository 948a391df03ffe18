import type { MoodChartStrings } from './mood-chart.js';

export const de = {
  chartSeriesLegend: 'Angezeigte Reihen',
  chartColumnSeries: 'Reihe',
  chartColumnUsual: 'Üblicher Bereich',
  chartUsualRange: (low: string, high: string) => `üblich ${low}–${high}`,
  chartNoBaseline: 'noch keine Basislinie',
  chartAboveUsual: 'über üblich',
  chartBelowUsual: 'unter üblich',
  chartWithinUsual: 'im üblichen Bereich',
  chartMoodTitle: 'Check-ins im Verlauf',
  chartMoodEmpty: 'Noch keine Check-ins.',
  chartMoodLegendValue: 'Check-in',
  chartMoodLegendOutside: 'Außerhalb des üblichen Bereichs',
  chartMoodLegendBand: 'Üblicher Bereich (14 vorherige Check-ins)',
  chartMoodLegendActivity: 'Aktivität erledigt',
  chartMoodPoint: (label: string, value: string, max: string, when: string, note: string) =>
    `${label} ${value} von ${max}, ${when}${note ? `, ${note}` : ''}`,
  chartMoodActivityPoint: (title: string, when: string) => `${title} erledigt, ${when}`,
  chartMoodSummary: (count: number, from: string, to: string, latest: string) =>
    `${count} Check-ins vom ${from} bis ${to}; zuletzt: ${latest}.`,
  chartMoodLatest: (label: string, value: string, where: string, low: string, high: string) =>
    `${label} ${value}, ${where} (${low}–${high})`,
} satisfies MoodChartStrings;
