import type { RatingScaleStrings } from './rating-scale.js';

export const ar = {
  ratingValueText: (value: number, max: number) => `${value} من ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} من ${max}، ${anchor}`,
} satisfies RatingScaleStrings;
