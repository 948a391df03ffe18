/**
 * Strings of the form inputs (`il-choice-group`, `il-rating-scale`, `il-slider`): the "required"
 * message. Only the inputs show it, so it is not in `common` (which every element, e.g. each
 * chart, carries).
 * English is the reference: `input.de.ts` and `input.ar.ts` must give the same keys with the
 * same arguments (`satisfies InputStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  required: 'Please choose a value.',
};

export type InputStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const inputStrings: StringGroup<InputStrings> = {
  en,
  de: () => import('./input.de.js').then((module) => module.de),
  ar: () => import('./input.ar.js').then((module) => module.ar),
};
