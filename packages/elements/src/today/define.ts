import { IlToday } from './today.js';

export { IlToday };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-today')) customElements.define('il-today', IlToday);

declare global {
  interface HTMLElementTagNameMap {
    'il-today': IlToday;
  }
}
