import { IlReviewQueue } from './review-queue.js';

export { IlReviewQueue };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-review-queue')) customElements.define('il-review-queue', IlReviewQueue);

declare global {
  interface HTMLElementTagNameMap {
    'il-review-queue': IlReviewQueue;
  }
}
