import type { ChartStrings } from './chart.js';

export const de = {
  chartLoading: 'Diagramm wird geladen…',
  chartLoadFailed: 'Die Daten des Diagramms konnten nicht gelesen werden. Versuchen Sie es später erneut.',
  chartShowTable: 'Datentabelle anzeigen',
  chartHideTable: 'Datentabelle ausblenden',
  chartColumnWhen: 'Wann',
  chartColumnValue: 'Wert',
  chartColumnNote: 'Hinweis',
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'Woche' : 'Wochen'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'Tag' : 'Tagen'}`,
} satisfies ChartStrings;
