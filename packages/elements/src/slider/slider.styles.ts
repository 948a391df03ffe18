import { css, unsafeCSS } from 'lit';

const baseStyles = css`
  :host {
    --_il-track: var(--il-slider-track-color, var(--il-color-border, #767d88));
    --_il-fill: var(--il-slider-fill-color, var(--il-color-accent, #1a5fb4));
    --_il-thumb-size: var(--il-slider-thumb-size, 1.75rem);
    --_il-muted: var(--il-color-text-muted, #4f5661);
    display: block;
    max-inline-size: 100%;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--il-space-3, 0.75rem);
  }
  .track {
    position: relative;
    flex: 1;
    min-inline-size: 0;
    block-size: max(44px, var(--_il-thumb-size));
    cursor: pointer;
    touch-action: none;
  }
  .rail,
  .fill {
    position: absolute;
    inset-block-start: 50%;
    block-size: 0.375rem;
    margin-block-start: -0.1875rem;
    border-radius: 999px;
  }
  .rail {
    inset-inline: 0;
    background: var(--_il-track);
  }
  .fill {
    inset-inline-start: 0;
    background: var(--_il-fill);
  }
  .thumb {
    position: absolute;
    inset-block-start: 50%;
    inline-size: var(--_il-thumb-size);
    block-size: var(--_il-thumb-size);
    margin-block-start: calc(var(--_il-thumb-size) / -2);
    margin-inline-start: calc(var(--_il-thumb-size) / -2);
    border-radius: 50%;
    border: 3px solid var(--_il-fill);
    background: var(--il-color-bg, Canvas);
    transition: inset-inline-start 80ms ease-out;
  }
  .thumb.set {
    background: var(--_il-fill);
  }
  .thumb.unset {
    border-style: dashed;
  }
  .value {
    min-inline-size: 3ch;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    gap: var(--il-space-4, 1rem);
    color: var(--_il-muted);
    font-size: 0.875em;
  }
  .anchors span {
    overflow-wrap: anywhere;
  }
  .anchors .high {
    text-align: end;
  }
  .base.disabled .track {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;

const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .rail { background: ButtonText; }
  .fill { background: Highlight; }
  .thumb { border-color: ButtonText; background: ButtonFace; }
  .thumb.set { forced-color-adjust: none; background: Highlight; border-color: Highlight; }
  .anchors { color: CanvasText; }
}
`);

export const sliderStyles = [baseStyles, forcedColorStyles];
