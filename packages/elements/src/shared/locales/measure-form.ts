/**
 * Strings of il-measure-form (its crisis panel is in crisis.ts).
 * English is the reference: `measure-form.de.ts` and `measure-form.ar.ts` must give the same keys with the same
 * arguments (`satisfies MeasureFormStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  measureLicenceRefused: 'This questionnaire cannot be offered here',
  measureSubmit: 'Submit answers',
  measureItemCount: (count: number) => `${count} questions`,
  measureItemMissing: 'This question is not answered yet.',
  measureMissingAll: (first: number) =>
    `Please answer every question. Question ${first} is not answered yet.`,
  measureMissingSome: (first: number, allowed: number) =>
    `Please answer question ${first}. Up to ${allowed} questions may be left out, but more are unanswered.`,
  measureThanks: 'Thank you. Your answers are saved.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `Your score: ${total} of ${max} (${band})` : `Your score: ${total} of ${max}`,
  measureUnscorable: 'Not enough questions were answered to give a score.',
};

export type MeasureFormStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const measureFormStrings: StringGroup<MeasureFormStrings> = {
  en,
  de: () => import('./measure-form.de.js').then((module) => module.de),
  ar: () => import('./measure-form.ar.js').then((module) => module.ar),
};
