/**
 * Strings of il-rating-scale.
 * English is the reference: `rating-scale.de.ts` and `rating-scale.ar.ts` must give the same keys with the same
 * arguments (`satisfies RatingScaleStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  ratingValueText: (value: number, max: number) => `${value} of ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} of ${max}, ${anchor}`,
};

export type RatingScaleStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const ratingScaleStrings: StringGroup<RatingScaleStrings> = {
  en,
  de: () => import('./rating-scale.de.js').then((module) => module.de),
  ar: () => import('./rating-scale.ar.js').then((module) => module.ar),
};
