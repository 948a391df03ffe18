import { IlRatingScale } from './rating-scale.js';

export { IlRatingScale };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-rating-scale')) customElements.define('il-rating-scale', IlRatingScale);

declare global {
  interface HTMLElementTagNameMap {
    'il-rating-scale': IlRatingScale;
  }
}
