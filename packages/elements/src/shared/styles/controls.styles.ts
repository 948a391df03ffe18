import { css } from 'lit';

/**
 * Buttons, fieldsets, inputs and status text as the clinician elements draw them: native
 * controls, tokens for colour, at least 24 × 24 px targets (WCAG 2.2 target size), visible
 * focus from the shared styles, and Windows high-contrast respected.
 */
export const controlStyles = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--il-space-1, 0.25rem);
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: var(--il-space-1, 0.25rem) var(--il-space-3, 0.75rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
    color: var(--il-color-text, CanvasText);
    cursor: pointer;
    white-space: nowrap;
  }
  .button:hover {
    background: var(--il-color-surface, Canvas);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .button.primary {
    background: var(--il-color-accent, #1a5fb4);
    border-color: var(--il-color-accent, #1a5fb4);
    color: var(--il-color-accent-contrast, #ffffff);
    font-weight: 600;
  }
  .button.primary:hover {
    filter: brightness(0.95);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
    min-inline-size: 0;
  }
  .field > label,
  .label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='search'],
  input[type='date'],
  input[type='time'],
  input[type='number'],
  select,
  textarea {
    min-block-size: 2.25rem;
    padding: var(--il-space-1, 0.25rem) var(--il-space-2, 0.5rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
    max-inline-size: 100%;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
    margin-block-start: var(--il-space-1, 0.25rem);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--il-space-1, 0.25rem);
    min-block-size: 2rem;
    padding: 0 var(--il-space-2, 0.5rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--il-color-accent, #1a5fb4);
    box-shadow: inset 0 0 0 1px var(--il-color-accent, #1a5fb4);
    font-weight: 600;
  }
  .chip input {
    margin: 0;
    inline-size: 1rem;
    block-size: 1rem;
    accent-color: var(--il-color-accent, #1a5fb4);
  }
  .muted {
    color: var(--il-color-text-muted, #4f5661);
  }
  .status {
    min-block-size: 1.5em;
  }
  .error {
    color: var(--il-color-danger, #a51d2d);
    font-weight: 600;
  }
  .warning {
    border-inline-start: 4px solid var(--il-color-danger, #a51d2d);
    padding: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    background: var(--il-color-surface, Canvas);
  }
  @media (forced-colors: active) {
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
