import { css } from 'lit';

/** What only the outcome chart draws: severity bands, caseness, the change zone and the marks. */
export const outcomeChartStyles = css`
  :host {
    --_il-severity-color: var(--il-outcome-chart-band-color, var(--il-color-text-muted, #4f5661));
    --_il-caseness: var(--il-outcome-chart-caseness-color, var(--il-color-text, #1c1f24));
  }
  .severity-band {
    fill: var(--_il-severity-color);
    fill-opacity: calc(0.04 + var(--_il-severity, 0) * 0.2);
  }
  .band-label {
    fill: var(--_il-axis);
    font-size: 0.95em;
  }
  .caseness-line {
    stroke: var(--_il-caseness);
    stroke-width: 1.5px;
    stroke-dasharray: 6 4;
  }
  .change-zone {
    fill: none;
    stroke: var(--_il-line);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
  }
  .mark .shape {
    fill: var(--_il-point);
    stroke: var(--_il-surface);
    stroke-width: 1.5px;
  }
  .mark.baseline .shape {
    fill: var(--_il-surface);
    stroke: var(--_il-point);
    stroke-width: 2.5px;
  }
  .mark.unknown .shape {
    fill: var(--_il-surface);
    stroke: var(--_il-point);
    stroke-width: 1.5px;
  }
  .recovered {
    fill: none;
    stroke: var(--_il-point);
    stroke-width: 1.5px;
  }
`;
