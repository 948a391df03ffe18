import { IlCheckIn } from './check-in.js';

export { IlCheckIn };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-check-in')) customElements.define('il-check-in', IlCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'il-check-in': IlCheckIn;
  }
}
