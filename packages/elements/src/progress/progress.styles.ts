import { css } from 'lit';

/** The client's own view: calm accent colours only, large friendly numbers. */
export const progressStyles = css`
  :host {
    --_il-line: var(--il-progress-accent, var(--il-color-accent, #1a5fb4));
    --_il-point: var(--il-progress-accent, var(--il-color-accent, #1a5fb4));
    --_il-band: var(--il-progress-accent, var(--il-color-accent, #1a5fb4));
  }
  .highlights {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
  }
  .highlight {
    display: flex;
    align-items: center;
    gap: var(--il-space-2, 0.5rem);
    margin: 0;
    padding: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    border-radius: var(--il-radius, 8px);
    background: var(--il-progress-surface, var(--il-color-surface, #f6f7f9));
    border: 1px solid var(--il-color-border, #767d88);
  }
  .number {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1;
    color: var(--_il-line);
    font-variant-numeric: tabular-nums;
  }
  .band {
    fill: var(--_il-band);
    fill-opacity: var(--_il-band-opacity);
  }
`;
