import type { RatingScaleStrings } from './rating-scale.js';

export const de = {
  ratingValueText: (value: number, max: number) => `${value} von ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} von ${max}, ${anchor}`,
} satisfies RatingScaleStrings;
