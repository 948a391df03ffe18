import { css } from 'lit';

export const todayStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  section + section {
    margin-block-start: var(--il-space-5, 1.5rem);
  }
  .heading {
    margin: 0 0 var(--il-space-2, 0.5rem);
    font-size: 1.0625em;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--il-space-3, 0.75rem);
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--il-space-3, 0.75rem);
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    border: 1px solid var(--il-today-border-color, var(--il-color-border, #767d88));
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-surface, Canvas);
  }
  .main {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .meta,
  .why,
  .note {
    margin: var(--il-space-1, 0.25rem) 0 0;
    overflow-wrap: anywhere;
  }
  .meta,
  .note {
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.875em;
  }
  .why-label {
    font-weight: 600;
  }
  button {
    min-block-size: 44px;
    padding: 0 var(--il-space-4, 1rem);
    border-radius: var(--il-radius, 8px);
    border: 2px solid var(--il-color-accent, #1a5fb4);
    background: var(--il-color-accent, #1a5fb4);
    color: var(--il-color-accent-contrast, #ffffff);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  button.back {
    background: var(--il-color-bg, Canvas);
    color: var(--il-color-accent, #1a5fb4);
    margin-block-end: var(--il-space-4, 1rem);
  }
  .check {
    display: inline-block;
    color: var(--il-color-success, #26662f);
    font-weight: 700;
    margin-inline-end: var(--il-space-1, 0.25rem);
  }
  .entry.ack .check {
    animation: il-today-ack 600ms ease-out;
  }
  @keyframes il-today-ack {
    from {
      transform: scale(0.4);
      opacity: 0;
    }
    60% {
      transform: scale(1.3);
      opacity: 1;
    }
    to {
      transform: scale(1);
    }
  }
  .empty {
    margin: 0;
  }
`;
