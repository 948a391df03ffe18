import { css, unsafeCSS } from 'lit';

/**
 * Per-element tokens (`--il-rating-scale-*`) fall back to the global `--il-*` tokens and are
 * copied into private `--_il-*` properties that the rules below use.
 */
const baseStyles = css`
  :host {
    --_il-option-size: var(--il-rating-scale-option-size, 2.75rem);
    --_il-gap: var(--il-rating-scale-gap, var(--il-space-2, 0.5rem));
    --_il-radius: var(--il-rating-scale-radius, var(--il-radius, 8px));
    --_il-border-color: var(--il-rating-scale-border-color, var(--il-color-border, #767d88));
    --_il-surface: var(--il-rating-scale-surface, var(--il-color-bg, Canvas));
    --_il-checked: var(--il-rating-scale-checked-color, var(--il-color-accent, #1a5fb4));
    --_il-checked-text: var(--il-rating-scale-checked-text-color, var(--il-color-accent-contrast, #ffffff));
    --_il-muted: var(--il-color-text-muted, #4f5661);

    display: block;
    max-inline-size: 100%;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_il-gap);
    min-inline-size: 0;
  }

  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .label:empty {
    display: none;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_il-gap);
    margin: 0;
    padding: 0;
  }

  .option {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--il-space-1, 0.25rem);
    /* Never below WCAG 2.2's 24 x 24 px target, whatever the token says. */
    min-inline-size: max(24px, var(--_il-option-size));
    min-block-size: max(24px, var(--_il-option-size));
    max-inline-size: 100%;
    padding: var(--il-space-1, 0.25rem) var(--il-space-2, 0.5rem);
    border: 1px solid var(--_il-border-color);
    border-radius: var(--_il-radius);
    background: var(--_il-surface);
    color: inherit;
    font: inherit;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    user-select: none;
    transition:
      background-color 120ms ease-out,
      border-color 120ms ease-out;
  }

  .option:hover {
    border-color: var(--_il-checked);
  }

  /* Checked is shown by fill, a thicker border and weight, not by colour alone. */
  .option[aria-checked='true'] {
    background: var(--_il-checked);
    border: 3px solid var(--_il-checked);
    color: var(--_il-checked-text);
    font-weight: 700;
  }

  .option-value {
    font-variant-numeric: tabular-nums;
  }

  .option-label {
    font-size: 0.875em;
    overflow-wrap: anywhere;
    max-inline-size: 12em;
  }

  .anchors {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--il-space-1, 0.25rem) var(--il-space-4, 1rem);
    color: var(--_il-muted);
    font-size: 0.875em;
  }
  .anchors:empty {
    display: none;
  }
  .low-label,
  .high-label {
    overflow-wrap: anywhere;
    max-inline-size: 100%;
  }
  .high-label {
    margin-inline-start: auto;
    text-align: end;
  }

  :host([readonly]) .option {
    cursor: default;
  }

  .base.disabled .option {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .base.disabled .option:hover {
    border-color: var(--_il-border-color);
  }
`;

/**
 * Windows High Contrast / forced colours: system colours only, the chosen option in
 * Highlight. A constant string (never content) because lit-analyzer's CSS data does not know
 * `forced-color-adjust` and would flag it.
 */
const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .option {
    border-color: ButtonText;
    background: ButtonFace;
    color: ButtonText;
  }
  .option[aria-checked='true'] {
    forced-color-adjust: none;
    border-color: Highlight;
    background: Highlight;
    color: HighlightText;
  }
  .base.disabled .option {
    border-color: GrayText;
    color: GrayText;
    opacity: 1;
  }
  .base.disabled .option[aria-checked='true'] {
    background: GrayText;
    color: Canvas;
  }
  .anchors {
    color: CanvasText;
  }
}
`);

export const ratingScaleStyles = [baseStyles, forcedColorStyles];
