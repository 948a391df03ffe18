import { checkRatingScaleSettings } from '@interlude/core';
import { ratingScaleCheck } from '../shared/internal/client-check.js';
import { IlRatingScale } from './register.js';

export { IlRatingScale };

// A scale in a plain form needs no client: the standalone element checks its settings itself.
ratingScaleCheck.installWithoutClient(checkRatingScaleSettings);

declare global {
  interface HTMLElementTagNameMap {
    'il-rating-scale': IlRatingScale;
  }
}
