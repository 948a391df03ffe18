import { IlOutcomeChart } from './outcome-chart.js';

export { IlOutcomeChart };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-outcome-chart')) customElements.define('il-outcome-chart', IlOutcomeChart);

declare global {
  interface HTMLElementTagNameMap {
    'il-outcome-chart': IlOutcomeChart;
  }
}
