import { IlAdherenceChart } from './adherence-chart.js';

export { IlAdherenceChart };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-adherence-chart')) customElements.define('il-adherence-chart', IlAdherenceChart);

declare global {
  interface HTMLElementTagNameMap {
    'il-adherence-chart': IlAdherenceChart;
  }
}
