/**
 * Strings of il-progress.
 * English is the reference: `progress.de.ts` and `progress.ar.ts` must give the same keys with the same
 * arguments (`satisfies ProgressStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  chartProgressTitle: 'Your progress',
  chartProgressNoValues: 'Your check-ins will appear here.',
  chartProgressStreak: (count: number): string =>
    count === 1 ? 'activity done in a row' : 'activities done in a row',
  chartProgressThisWeek: (_count: number): string => 'done this week',
  chartProgressLegendBand: 'Your usual range',
  chartProgressPoint: (label: string, value: string, max: string, when: string) =>
    `${label} ${value} of ${max}, ${when}`,
  chartProgressBetter: (label: string) =>
    `Your ${label.toLowerCase()} has been higher this week than the week before.`,
  chartProgressSteady: (label: string) =>
    `Your ${label.toLowerCase()} has been steady, much like the week before.`,
  chartProgressHarder: (label: string) =>
    `This week your ${label.toLowerCase()} has been harder than the week before; it helps that you keep checking in.`,
  chartProgressKeepGoing: 'A few more check-ins and you will see how things change.',
  chartProgressSummaryStreak: (change: string, streak: number) =>
    `${change.replace(/\.$/, '')}, and you have done ${streak} ${streak === 1 ? 'activity' : 'activities'} in a row.`,
};

export type ProgressStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const progressStrings: StringGroup<ProgressStrings> = {
  en,
  de: () => import('./progress.de.js').then((module) => module.de),
  ar: () => import('./progress.ar.js').then((module) => module.ar),
};
