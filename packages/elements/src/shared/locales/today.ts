/**
 * Strings of il-today.
 * English is the reference: `today.de.ts` and `today.ar.ts` must give the same keys with the same
 * arguments (`satisfies TodayStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  todayDueNow: 'Due now',
  todayLater: 'Later today',
  todayThisWeek: 'Coming up this week',
  todayDone: 'Done',
  todayMissed: 'Not done this time',
  todayMissedNote: 'That’s okay. If you like, you can talk about it at your next session.',
  todayEmpty: 'Nothing is due right now.',
  todayWhy: 'Why this matters',
  todayMinutes: (minutes: string) => `About ${minutes} min`,
  todayDueBy: (time: string) => `Due at ${time}`,
  todayAnyTime: 'Any time today',
  todayDueOn: (date: string) => `Due ${date}`,
  todayDoneAt: (time: string) => `Done at ${time}`,
  todayStart: (title: string) => `Start ${title}`,
  todayDoneThanks: 'Done. Thank you for taking the time.',
  todayBack: 'Back to today’s list',
  todayUnavailable: 'This activity is not on this device yet. It will appear after the next sync.',
};

export type TodayStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const todayStrings: StringGroup<TodayStrings> = {
  en,
  de: () => import('./today.de.js').then((module) => module.de),
  ar: () => import('./today.ar.js').then((module) => module.ar),
};
