import { css } from 'lit';

/**
 * Per-element tokens (`--il-session-prep-*`) fall back to the global `--il-*` tokens. In print
 * the actions and the live region disappear, colours go to black on white, and a section is
 * not split across pages when it fits on one.
 */
export const sessionPrepStyles = css`
  :host {
    --_il-section-gap: var(--il-session-prep-section-gap, var(--il-space-4, 1rem));
    --_il-urgent: var(--il-session-prep-urgent-color, var(--il-color-danger, #a51d2d));
    display: block;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_il-section-gap);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem) var(--il-space-4, 1rem);
    align-items: baseline;
    justify-content: space-between;
  }
  .title,
  .section-title {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.25em;
  }
  .section-title {
    font-size: 1em;
  }
  .period {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: var(--il-space-1, 0.25rem);
  }
  .none {
    margin: 0;
  }
  .flags li.urgent {
    color: var(--_il-urgent);
    font-weight: 600;
  }
  .notes li {
    font-style: italic;
  }
  .copy-fallback {
    inline-size: 100%;
    min-block-size: 10rem;
    font-family: inherit;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .actions,
    .copy-fallback,
    .live {
      display: none !important;
    }
    .section {
      break-inside: avoid;
    }
    .flags li.urgent {
      color: #000;
    }
  }
`;
