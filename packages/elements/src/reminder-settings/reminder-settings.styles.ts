import { css } from 'lit';

export const reminderSettingsStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  fieldset {
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    margin: 0 0 var(--il-space-4, 1rem);
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 var(--il-space-1, 0.25rem);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    margin-block: var(--il-space-2, 0.5rem);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--il-space-2, 0.5rem);
    min-block-size: 44px;
    overflow-wrap: anywhere;
  }
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  input[type='time'],
  input[type='number'] {
    min-block-size: 44px;
    padding: 0 var(--il-space-2, 0.5rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
    color: inherit;
    font: inherit;
  }
  input[type='number'] {
    inline-size: 5rem;
  }
  .hint {
    margin: 0;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.875em;
  }
  .preview {
    margin: 0 0 var(--il-space-3, 0.75rem);
    font-weight: 600;
  }
`;
