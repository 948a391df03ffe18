import { IlMoodChart } from './mood-chart.js';

export { IlMoodChart };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-mood-chart')) customElements.define('il-mood-chart', IlMoodChart);

declare global {
  interface HTMLElementTagNameMap {
    'il-mood-chart': IlMoodChart;
  }
}
