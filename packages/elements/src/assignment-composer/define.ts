import { IlAssignmentComposer } from './assignment-composer.js';

export { IlAssignmentComposer };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-assignment-composer'))
  customElements.define('il-assignment-composer', IlAssignmentComposer);

declare global {
  interface HTMLElementTagNameMap {
    'il-assignment-composer': IlAssignmentComposer;
  }
}
