import { css, unsafeCSS } from 'lit';

/**
 * The answer cards of a single or multiple choice: `il-choice-group` draws them with its own marks,
 * `il-measure-form` with native radio buttons; both take the `--il-choice-group-*` tokens. A chosen
 * card carries `.checked` or `aria-checked="true"`; a disabled group sits inside `.disabled`.
 */
const cardStyles = css`
  :host {
    --_il-border: var(--il-choice-group-border-color, var(--il-color-border, #767d88));
    --_il-checked: var(--il-choice-group-checked-color, var(--il-color-accent, #1a5fb4));
    --_il-radius: var(--il-choice-group-radius, var(--il-radius, 8px));
    display: block;
    max-inline-size: 100%;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
    margin-block-end: var(--il-space-2, 0.5rem);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--il-space-3, 0.75rem);
    min-block-size: 44px;
    padding: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--il-color-bg, Canvas);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option:hover {
    border-color: var(--_il-checked);
  }
  .option:is(.checked, [aria-checked='true']) {
    border: 3px solid var(--_il-checked);
    font-weight: 600;
    padding: calc(var(--il-space-2, 0.5rem) - 2px) calc(var(--il-space-3, 0.75rem) - 2px);
  }
  .disabled .option {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;

/** Forced colours (Windows High Contrast): system colours for the card and the chosen one. */
const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .option { border-color: ButtonText; }
  .option:is(.checked, [aria-checked='true']) { border-color: Highlight; }
}
`);

export const optionStyles = [cardStyles, forcedColorStyles];
