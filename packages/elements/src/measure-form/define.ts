import { IlMeasureForm } from './measure-form.js';

export { IlMeasureForm };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-measure-form')) customElements.define('il-measure-form', IlMeasureForm);

declare global {
  interface HTMLElementTagNameMap {
    'il-measure-form': IlMeasureForm;
  }
}
