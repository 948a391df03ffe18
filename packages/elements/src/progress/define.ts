import { IlProgress } from './progress.js';

export { IlProgress };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-progress')) customElements.define('il-progress', IlProgress);

declare global {
  interface HTMLElementTagNameMap {
    'il-progress': IlProgress;
  }
}
