import type { AdherenceChartStrings } from './adherence-chart.js';

export const de = {
  chartAdherenceTitle: 'Erledigte Aufgaben im Verlauf',
  chartAdherenceEmpty: 'In diesem Zeitraum war nichts zugewiesen.',
  chartAdherenceWeeks: 'Wochen',
  chartAdherenceDays: 'Tage',
  chartAdherenceAssignment: 'Aufgabe',
  chartAdherenceAll: 'Alle Aufgaben',
  chartAdherenceNothing: 'nichts zugewiesen',
  chartAdherenceDone: (done: number, assigned: number) => `${done} von ${assigned} erledigt`,
  chartAdherenceLate: (late: number) => `${late} verspätet`,
  chartAdherenceMissed: (missed: number) => `${missed} versäumt`,
  chartAdherenceOpen: (open: number) => `${open} noch offen`,
  chartAdherenceWeekPoint: (week: string, counts: string) => `Woche ab ${week}: ${counts}`,
  chartAdherenceDayPoint: (day: string, counts: string, detail: string) =>
    `${day}: ${counts}${detail ? ` (${detail})` : ''}`,
  chartAdherenceDetail: (title: string, status: string) => `${title}: ${status}`,
  chartAdherenceStatusDone: 'Pünktlich erledigt',
  chartAdherenceStatusLate: 'Verspätet erledigt',
  chartAdherenceStatusMissed: 'Versäumt',
  chartAdherenceStatusOpen: 'Noch offen',
  chartAdherenceLegendAll: 'Tag: alles erledigt',
  chartAdherenceLegendSome: 'Tag: teilweise erledigt',
  chartAdherenceLegendNone: 'Tag: nichts erledigt',
  chartAdherenceColumnAssigned: 'Zugewiesen',
  chartAdherenceStreak: (current: number, longest: number) =>
    `Aktuelle Serie: ${current} in Folge · längste: ${longest}`,
  chartAdherenceSummary: (
    weeks: string,
    done: number,
    assigned: number,
    rate: string,
    late: number,
    missed: number,
    streak: number,
  ) =>
    `${weeks}: ${done} von ${assigned} erledigt (${rate}), ${late} verspätet, ${missed} versäumt; aktuelle Serie ${streak}.`,
} satisfies AdherenceChartStrings;
