import { css } from 'lit';

/** The overview's figures and tables; the scatter is drawn with the chart family's styles. */
export const clinicOverviewStyles = css`
  :host {
    --_il-clinician: var(--il-clinic-overview-clinician-color, var(--il-color-accent, #1a5fb4));
    --_il-cohort: var(--il-clinic-overview-cohort-color, var(--il-color-text, #1c1f24));
  }
  .overview {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-4, 1rem);
  }
  .overview p {
    margin: 0;
  }
  .heading {
    font-weight: 700;
    font-size: 1.1em;
  }
  .overview > .heading {
    font-size: 1.25em;
  }
  .controls {
    align-items: flex-end;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-3, 0.75rem);
    margin: 0;
  }
  .figures > div,
  p.figures {
    flex: 1 1 12rem;
    padding: var(--il-space-3, 0.75rem);
    border-radius: var(--il-radius, 8px);
    background: var(--il-clinic-overview-figure-background, var(--il-color-surface, Canvas));
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
  }
  dd .muted {
    display: block;
    font-size: 0.65em;
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .table-scroll {
    overflow-x: auto;
  }
  tr.suppressed td {
    font-style: italic;
  }
  .dot.clinician {
    fill: var(--_il-clinician);
    stroke: var(--_il-surface);
    stroke-width: 1.5px;
  }
  .dot.cohort {
    fill: var(--_il-cohort);
    stroke: var(--_il-surface);
    stroke-width: 1.5px;
  }
  .zero {
    stroke: var(--_il-axis);
    stroke-width: 1.5px;
    stroke-dasharray: 5 4;
  }
  .export {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .dot.clinician,
    .dot.cohort {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
