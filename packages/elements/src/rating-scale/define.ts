import { checkRatingScaleSettings } from '@interlude/core';
import { ratingScaleCheck } from '../shared/internal/client-check.js';
import { IlRatingScale } from './rating-scale.js';

export { IlRatingScale };

// A scale in a plain form needs no client: the standalone element checks its settings itself.
ratingScaleCheck.installWithoutClient(checkRatingScaleSettings);

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw. register.ts defines
// the same class without the check, for the elements that nest this one (they pass a client).
if (!customElements.get('il-rating-scale')) customElements.define('il-rating-scale', IlRatingScale);

declare global {
  interface HTMLElementTagNameMap {
    'il-rating-scale': IlRatingScale;
  }
}
