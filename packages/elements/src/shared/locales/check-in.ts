/**
 * Strings of il-check-in.
 * English is the reference: `check-in.de.ts` and `check-in.ar.ts` must give the same keys with the same
 * arguments (`satisfies CheckInStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  checkInSubmit: 'Save check-in',
  checkInOptional: 'optional',
  checkInItemMissing: 'Please answer this question.',
  checkInMissing: (prompt: string) => `Please answer “${prompt}”.`,
  checkInCharactersLeft: (count: number) => `${count} characters left`,
  checkInSaved: 'Check-in saved',
  checkInAgain: 'Check in again',
};

export type CheckInStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const checkInStrings: StringGroup<CheckInStrings> = {
  en,
  de: () => import('./check-in.de.js').then((module) => module.de),
  ar: () => import('./check-in.ar.js').then((module) => module.ar),
};
