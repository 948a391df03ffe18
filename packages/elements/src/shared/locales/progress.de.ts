import type { ProgressStrings } from './progress.js';

export const de = {
  chartProgressTitle: 'Ihr Fortschritt',
  chartProgressNoValues: 'Hier erscheinen Ihre Check-ins.',
  chartProgressStreak: (count: number) =>
    count === 1 ? 'Aufgabe in Folge erledigt' : 'Aufgaben in Folge erledigt',
  chartProgressThisWeek: (_count: number) => 'diese Woche erledigt',
  chartProgressLegendBand: 'Ihr üblicher Bereich',
  chartProgressPoint: (label: string, value: string, max: string, when: string) =>
    `${label} ${value} von ${max}, ${when}`,
  chartProgressBetter: (label: string) => `Ihre ${label} war diese Woche höher als in der Woche davor.`,
  chartProgressSteady: (label: string) => `Ihre ${label} war stabil, ähnlich wie in der Woche davor.`,
  chartProgressHarder: (label: string) =>
    `Diese Woche war Ihre ${label} schwerer als in der Woche davor; gut, dass Sie weiter einchecken.`,
  chartProgressKeepGoing: 'Nach ein paar weiteren Check-ins sehen Sie, wie sich die Dinge entwickeln.',
  chartProgressSummaryStreak: (change: string, streak: number) =>
    `${change.replace(/\.$/, '')}, und Sie haben ${streak} ${streak === 1 ? 'Aufgabe' : 'Aufgaben'} in Folge erledigt.`,
} satisfies ProgressStrings;
