import { css } from 'lit';

export const checkInStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .text-label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--il-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
  .optional {
    font-weight: 400;
    color: var(--il-color-text-muted, #4f5661);
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 5rem;
    padding: var(--il-space-2, 0.5rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
    color: inherit;
    font: inherit;
  }
  .counter {
    margin: var(--il-space-1, 0.25rem) 0 0;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.875em;
  }
  .feedback {
    font-size: 1.0625em;
  }
`;
