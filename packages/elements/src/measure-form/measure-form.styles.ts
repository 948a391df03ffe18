import { css } from 'lit';

export const measureFormStyles = css`
  :host {
    --_il-border: var(--il-choice-group-border-color, var(--il-color-border, #767d88));
    --_il-checked: var(--il-choice-group-checked-color, var(--il-color-accent, #1a5fb4));
    display: block;
    max-inline-size: 100%;
  }
  /* A question: the same look as il-choice-group (and its tokens), with native radio buttons. */
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
    border-radius: var(--il-choice-group-radius, var(--il-radius, 8px));
    background: var(--il-color-bg, Canvas);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option:hover {
    border-color: var(--_il-checked);
  }
  .option.checked {
    border: 3px solid var(--_il-checked);
    font-weight: 600;
    padding: calc(var(--il-space-2, 0.5rem) - 2px) calc(var(--il-space-3, 0.75rem) - 2px);
  }
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_il-checked);
    cursor: inherit;
  }
  .disabled .option {
    cursor: not-allowed;
    opacity: 0.55;
  }
  @media (forced-colors: active) {
    .option {
      border-color: ButtonText;
    }
    .option.checked {
      border-color: Highlight;
    }
  }
  .crisis {
    margin-block: var(--il-space-3, 0.75rem);
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    border: 3px solid var(--il-measure-form-crisis-color, var(--il-color-danger, #a51d2d));
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
  }
  .crisis-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .crisis p {
    margin: var(--il-space-2, 0.5rem) 0 var(--il-space-3, 0.75rem);
  }
  .supplementary {
    margin-block-start: var(--il-space-5, 1.5rem);
  }
  .copyright {
    margin: var(--il-space-4, 1rem) 0 0;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.75em;
  }
  .score {
    font-weight: 700;
  }
`;
