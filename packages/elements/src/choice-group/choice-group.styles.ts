import { css, unsafeCSS } from 'lit';

const baseStyles = css`
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
    user-select: none;
    overflow-wrap: anywhere;
  }
  .option:hover {
    border-color: var(--_il-checked);
  }
  .option[aria-checked='true'] {
    border: 3px solid var(--_il-checked);
    font-weight: 600;
    padding: calc(var(--il-space-2, 0.5rem) - 2px) calc(var(--il-space-3, 0.75rem) - 2px);
  }
  .mark {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid var(--_il-border);
    background: var(--il-color-bg, Canvas);
  }
  .radio .mark {
    border-radius: 50%;
  }
  .checkbox .mark {
    border-radius: 4px;
  }
  .option[aria-checked='true'] .mark {
    border-color: var(--_il-checked);
    background: var(--_il-checked);
    box-shadow: inset 0 0 0 3px var(--il-color-bg, Canvas);
  }
  .base.disabled .option {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;

const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .option { border-color: ButtonText; }
  .option[aria-checked='true'] { border-color: Highlight; }
  .option[aria-checked='true'] .mark { forced-color-adjust: none; background: Highlight; border-color: Highlight; }
}
`);

export const choiceGroupStyles = [baseStyles, forcedColorStyles];
