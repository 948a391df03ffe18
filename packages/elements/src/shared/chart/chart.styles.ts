import { css, unsafeCSS } from 'lit';

/**
 * What every chart looks like. Chart tokens (`--il-chart-*`) fall back to the global `--il-*`
 * tokens and are copied into private `--_il-*` properties. Meaning never rests on colour alone:
 * shapes (round, square, triangles), fills and dash patterns carry it, and the legend names them.
 */
const baseStyles = css`
  :host {
    --_il-line: var(--il-chart-line-color, var(--il-color-accent, #1a5fb4));
    --_il-line-width: var(--il-chart-line-width, 2px);
    --_il-point: var(--il-chart-point-color, var(--il-color-accent, #1a5fb4));
    --_il-point-size: var(--il-chart-point-size, 8px);
    --_il-band: var(--il-chart-band-color, var(--il-color-accent, #1a5fb4));
    --_il-band-opacity: var(--il-chart-band-opacity, 0.14);
    --_il-grid: var(--il-chart-grid-color, var(--il-color-border, #767d88));
    --_il-axis: var(--il-chart-axis-color, var(--il-color-text-muted, #4f5661));
    --_il-surface: var(--il-chart-surface, var(--il-color-bg, Canvas));
    --_il-tooltip-bg: var(--il-chart-tooltip-background, var(--il-color-text, #1c1f24));
    --_il-tooltip-text: var(--il-chart-tooltip-color, var(--il-color-bg, #ffffff));
    --_il-focus: var(--il-color-focus, #1a5fb4);

    display: block;
    min-inline-size: 0;
  }

  .sizer {
    block-size: 0;
    inline-size: 100%;
  }

  .chart {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }

  .caption {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
  }
  .title {
    font-weight: 600;
    font-size: 1.05em;
  }
  .summary {
    color: var(--il-color-text, CanvasText);
    overflow-wrap: anywhere;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .plot {
    position: relative;
    min-inline-size: 0;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: var(--il-chart-font-size, 0.75rem);
  }

  .axis-line {
    stroke: var(--_il-axis);
    stroke-width: 1px;
  }
  .grid {
    stroke: var(--_il-grid);
    stroke-opacity: 0.35;
    stroke-width: 1px;
  }
  .tick-label,
  .axis-title {
    fill: var(--_il-axis);
  }
  .axis-title {
    font-weight: 600;
  }

  .line {
    fill: none;
    stroke: var(--_il-line);
    stroke-width: var(--_il-line-width);
    stroke-linejoin: round;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_il-focus);
    stroke-width: var(--il-focus-ring-width, 3px);
    pointer-events: none;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 14px));
    max-inline-size: 14rem;
    inline-size: max-content;
    padding: var(--il-space-1, 0.25rem) var(--il-space-2, 0.5rem);
    border-radius: var(--il-radius, 8px);
    background: var(--_il-tooltip-bg);
    color: var(--_il-tooltip-text);
    font-size: 0.875em;
    line-height: 1.3;
    pointer-events: none;
    overflow-wrap: anywhere;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-1, 0.25rem) var(--il-space-4, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--il-color-text, CanvasText);
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    gap: var(--il-space-1, 0.25rem);
    align-items: center;
  }
  .legend svg {
    display: inline-block;
    overflow: visible;
  }

  .empty,
  .status {
    margin: 0;
    padding: var(--il-space-4, 1rem);
    border: 1px dashed var(--_il-grid);
    border-radius: var(--il-radius, 8px);
    color: var(--il-color-text, CanvasText);
  }

  .table-toggle {
    align-self: flex-start;
    min-block-size: 24px;
    padding: var(--il-space-1, 0.25rem) var(--il-space-3, 0.75rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-surface, Canvas);
    cursor: pointer;
  }

  .table-wrap {
    max-block-size: 20rem;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--il-space-1, 0.25rem);
  }
  th,
  td {
    text-align: start;
    padding: var(--il-space-1, 0.25rem) var(--il-space-2, 0.5rem);
    border-block-end: 1px solid var(--_il-grid);
    font-variant-numeric: tabular-nums;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_il-surface);
  }
`;

/**
 * Lines (and dots, {@link chartPointStyles}) keep their pixel width under the plot's data
 * transform; forced colours (Windows High Contrast) use system colours only, shapes and patterns
 * still differ. A constant string (never content), written compact because the build trims only
 * `css` templates: lit-analyzer's CSS data does not know `vector-effect`.
 */
const nonScalingAndForcedColorStyles = unsafeCSS(
  '.line{vector-effect:non-scaling-stroke}' +
    '@media (forced-colors:active){' +
    ':host{--_il-line:CanvasText;--_il-point:CanvasText;--_il-band:Highlight;--_il-grid:GrayText;' +
    '--_il-axis:CanvasText;--_il-focus:Highlight;--_il-tooltip-bg:Canvas;--_il-tooltip-text:CanvasText}' +
    '.tooltip{border:1px solid CanvasText}}',
);

export const chartStyles = [baseStyles, nonScalingAndForcedColorStyles];

/**
 * The dots of a series (`seriesLayer`, `stopPoint`): zero-length paths whose round or square cap
 * is the dot. Only the charts that draw them add these (not the outcome or adherence charts).
 */
export const chartPointStyles = [
  css`
    .point {
      stroke: var(--_il-point);
      stroke-width: var(--_il-point-size);
      stroke-linecap: round;
      outline: none;
    }
    .point.square {
      stroke-linecap: square;
    }
  `,
  /* @__PURE__ */ unsafeCSS('.point{vector-effect:non-scaling-stroke}'),
];

/**
 * The pickers above a chart (series, measure, assignment); only the charts that have them add
 * these, so `il-progress` does not carry them.
 */
export const chartControlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem) var(--il-space-4, 1rem);
    align-items: center;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .controls label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--il-space-1, 0.25rem);
    align-items: center;
    min-block-size: 24px;
    max-inline-size: 100%;
  }
  /* A long assignment title must not widen the chart past a 320 px screen. */
  .controls select {
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  select {
    font: inherit;
    color: inherit;
  }
`;

/** The focusable shapes of `mark()` (`mark.ts`): the focus ring is drawn around them instead. */
export const chartMarkStyles = css`
  .mark {
    outline: none;
  }
`;
