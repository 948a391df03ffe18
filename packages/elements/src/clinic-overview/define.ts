import { IlClinicOverview } from './clinic-overview.js';

export { IlClinicOverview };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-clinic-overview')) customElements.define('il-clinic-overview', IlClinicOverview);

declare global {
  interface HTMLElementTagNameMap {
    'il-clinic-overview': IlClinicOverview;
  }
}
