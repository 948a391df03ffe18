import { IlSlider } from './slider.js';

export { IlSlider };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-slider')) customElements.define('il-slider', IlSlider);

declare global {
  interface HTMLElementTagNameMap {
    'il-slider': IlSlider;
  }
}
