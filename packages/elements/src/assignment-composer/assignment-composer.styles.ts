import { css } from 'lit';

/** The composer's layout: catalogue beside the details when there is room, stacked otherwise. */
export const assignmentComposerStyles = css`
  :host {
    --_il-gap: var(--il-assignment-composer-gap, var(--il-space-4, 1rem));
    --_il-warning: var(--il-assignment-composer-warning-color, var(--il-color-warning, #8a4b00));
    --_il-selected: var(--il-assignment-composer-selected-color, var(--il-color-accent, #1a5fb4));
    display: block;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_il-gap);
  }
  .heading {
    font-weight: 700;
    font-size: 1.1em;
  }
  .base > .heading {
    font-size: 1.25em;
  }
  .for {
    font-weight: 400;
  }
  /* Catalogue beside the details once both fit (20rem each), stacked below that. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_il-gap);
  }
  section,
  .details {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
    min-inline-size: 0;
  }
  .details {
    gap: var(--_il-gap);
  }
  p {
    margin: 0;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
    max-block-size: var(--il-assignment-composer-catalogue-height, 22rem);
    overflow-y: auto;
    padding: var(--il-space-1, 0.25rem);
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
  }
  .activity {
    display: flex;
    gap: var(--il-space-2, 0.5rem);
    align-items: flex-start;
    padding: var(--il-space-2, 0.5rem);
    border-radius: var(--il-radius, 8px);
    border-inline-start: 4px solid transparent;
    cursor: pointer;
  }
  .activity input {
    margin-block-start: 0.3em;
    inline-size: 1rem;
    block-size: 1rem;
  }
  .activity.selected {
    border-inline-start-color: var(--_il-selected);
    background: var(--il-color-surface, Canvas);
  }
  .activity.refused {
    cursor: not-allowed;
  }
  .activity-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .activity-title {
    font-weight: 600;
  }
  .licence {
    color: var(--il-color-text, CanvasText);
    font-size: 0.9em;
  }
  .empty {
    padding: var(--il-space-3, 0.75rem);
    border: 1px dashed var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
  }
  .preview {
    padding: var(--il-space-3, 0.75rem);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-surface, Canvas);
    overflow-wrap: anywhere;
  }
  .description {
    white-space: pre-line;
  }
  .preview-items,
  .upcoming,
  .weeks,
  .warnings ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-3, 0.75rem);
  }
  .times {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--il-space-2, 0.5rem);
  }
  .time-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--il-space-2, 0.5rem);
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  .upcoming {
    columns: 2 12rem;
  }
  .warnings ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .warnings .warning {
    border-inline-start-color: var(--_il-warning);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--il-space-3, 0.75rem);
  }
  [aria-invalid='true'] {
    border-color: var(--il-color-danger, #a51d2d);
  }
  @media (forced-colors: active) {
    .activity.selected {
      border-inline-start-color: Highlight;
    }
    .warnings .warning {
      border-inline-start-color: CanvasText;
    }
  }
`;
