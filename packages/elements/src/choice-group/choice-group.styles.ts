import { css, unsafeCSS } from 'lit';

const baseStyles = css`
  .option {
    user-select: none;
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
`;

const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .option[aria-checked='true'] .mark { forced-color-adjust: none; background: Highlight; border-color: Highlight; }
}
`);

export const choiceGroupStyles = [baseStyles, forcedColorStyles];
