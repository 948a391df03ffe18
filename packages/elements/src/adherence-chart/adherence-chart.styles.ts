import { css } from 'lit';

/** Weekly bars and the calendar: fills, hatching and outlines that differ by shape as well as colour. */
export const adherenceChartStyles = css`
  :host {
    --_il-done: var(--il-adherence-chart-done-color, var(--il-color-accent, #1a5fb4));
    --_il-missed: var(--il-adherence-chart-missed-color, var(--il-color-text-muted, #4f5661));
  }
  .slot {
    fill: transparent;
  }
  .segment {
    stroke-width: 1.5px;
  }
  .segment.completed {
    fill: var(--_il-done);
    stroke: var(--_il-done);
  }
  .segment.late {
    fill: url(#late-hatch);
    stroke: var(--_il-done);
  }
  .hatch-bg {
    fill: var(--_il-surface);
  }
  .hatch {
    stroke: var(--_il-done);
    stroke-width: 2.5px;
  }
  .segment.missed {
    fill: var(--_il-surface);
    stroke: var(--_il-missed);
    stroke-width: 2px;
  }
  .segment.pending {
    fill: none;
    stroke: var(--_il-missed);
    stroke-dasharray: 2 2;
  }
  .cell {
    stroke-width: 1.5px;
  }
  .cell.empty {
    fill: none;
    stroke: var(--_il-grid);
    stroke-opacity: 0.5;
    stroke-width: 1px;
  }
  .cell.all {
    fill: var(--_il-done);
    stroke: var(--_il-done);
  }
  .cell.some {
    fill: var(--_il-surface);
    stroke: var(--_il-done);
  }
  .cell-fill {
    fill: var(--_il-done);
  }
  .cell.none {
    fill: var(--_il-surface);
    stroke: var(--_il-missed);
  }
  .cell-cross {
    stroke: var(--_il-missed);
    stroke-width: 1.5px;
  }
  .cell.open {
    fill: none;
    stroke: var(--_il-missed);
    stroke-dasharray: 2 2;
  }
  .streak {
    margin: 0;
    font-weight: 600;
  }
`;
