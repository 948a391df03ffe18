import { IlSessionPrep } from './session-prep.js';

export { IlSessionPrep };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-session-prep')) customElements.define('il-session-prep', IlSessionPrep);

declare global {
  interface HTMLElementTagNameMap {
    'il-session-prep': IlSessionPrep;
  }
}
