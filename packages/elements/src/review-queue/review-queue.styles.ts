import { css } from 'lit';

/**
 * Per-element tokens (`--il-review-queue-*`) fall back to the global `--il-*` tokens. Rows
 * lay out as a table on wide containers and stack on narrow ones (container queries, so
 * the element fits a 320 px side panel as well as a full page).
 */
export const reviewQueueStyles = css`
  :host {
    --_il-urgent: var(--il-review-queue-urgent-color, var(--il-color-danger, #a51d2d));
    --_il-attention: var(--il-review-queue-attention-color, var(--il-color-warning, #8a4b00));
    --_il-info: var(--il-review-queue-info-color, var(--il-color-accent, #1a5fb4));
    --_il-gap: var(--il-review-queue-row-gap, var(--il-space-2, 0.5rem));
    display: block;
    container-type: inline-size;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-3, 0.75rem);
    min-inline-size: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    align-items: flex-end;
  }
  .summary,
  .empty {
    margin: 0;
  }
  .empty {
    padding: var(--il-space-4, 1rem);
    border: 1px dashed var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
  }
  .viewport.windowed {
    max-block-size: var(--il-review-queue-max-height, 36rem);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .grid {
    display: flex;
    flex-direction: column;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(7rem, 1.2fr) minmax(12rem, 4fr) minmax(6rem, 1fr) auto auto;
    gap: var(--_il-gap);
    align-items: start;
    padding: var(--_il-gap);
    border-block-end: 1px solid var(--il-color-border, #767d88);
    border-inline-start: 4px solid transparent;
  }
  .header-row {
    font-weight: 600;
    border-inline-start-color: transparent;
  }
  .severity-urgent {
    border-inline-start-color: var(--_il-urgent);
  }
  .severity-attention {
    border-inline-start-color: var(--_il-attention);
  }
  .severity-info {
    border-inline-start-color: var(--_il-info);
  }
  .cell {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .date {
    white-space: nowrap;
  }
  .cell:focus-visible {
    border-radius: 4px;
  }
  .link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--il-color-accent, #1a5fb4);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
    font-weight: 600;
    min-block-size: 24px;
    overflow-wrap: break-word;
  }
  .severity {
    display: inline-flex;
    align-items: center;
    gap: var(--il-space-1, 0.25rem);
    margin-inline-end: var(--il-space-2, 0.5rem);
    padding: 0 var(--il-space-2, 0.5rem);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .severity-urgent .severity {
    color: var(--_il-urgent);
  }
  .severity-attention .severity {
    color: var(--_il-attention);
  }
  .severity-info .severity {
    color: var(--_il-info);
  }
  /* Shapes, not colour alone: a triangle for urgent, a diamond for attention, a circle for info. */
  .shape {
    inline-size: 0.7em;
    block-size: 0.7em;
    background: currentColor;
  }
  .severity-urgent .shape {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .severity-attention .shape {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .severity-info .shape {
    border-radius: 50%;
  }
  .evidence {
    margin: var(--il-space-1, 0.25rem) 0 0;
    padding-inline-start: 1.1em;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.925em;
  }
  .snooze-dialog {
    border: 1px solid var(--il-color-border, #767d88);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
    color: var(--il-color-text, CanvasText);
    padding: var(--il-space-4, 1rem);
    max-inline-size: min(28rem, calc(100vw - 2rem));
  }
  .snooze-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-title {
    margin: 0 0 var(--il-space-3, 0.75rem);
    font-size: 1.125em;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
    margin-block-start: var(--il-space-4, 1rem);
  }
  @container (max-width: 44rem) {
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
    }
    .row > .client,
    .row > .flag {
      flex: 1 1 100%;
    }
    .row > .date {
      flex: 1 1 auto;
    }
    .row > .acknowledge,
    .row > .snooze {
      flex: 0 1 auto;
    }
    .header-row {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  @media (forced-colors: active) {
    .row {
      border-inline-start-color: CanvasText;
    }
    .shape {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
