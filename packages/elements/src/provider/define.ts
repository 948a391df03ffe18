import { IlProvider } from './provider.js';

export { IlProvider };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-provider')) customElements.define('il-provider', IlProvider);

declare global {
  interface HTMLElementTagNameMap {
    'il-provider': IlProvider;
  }
}
