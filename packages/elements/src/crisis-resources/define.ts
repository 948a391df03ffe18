import { IlCrisisResources } from './crisis-resources.js';

export { IlCrisisResources };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-crisis-resources'))
  customElements.define('il-crisis-resources', IlCrisisResources);

declare global {
  interface HTMLElementTagNameMap {
    'il-crisis-resources': IlCrisisResources;
  }
}
