import { css } from 'lit';

/**
 * Rules every Interlude element shares: the host page's font, a visible focus ring,
 * a `hidden` attribute that works, and no motion when the person asked for none.
 * Tokens are documented in docs/theming.md; each has a default so no theme is required.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--il-font-family, inherit);
    font-size: var(--il-font-size, inherit);
    line-height: var(--il-line-height, 1.5);
    color: var(--il-color-text, CanvasText);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--il-focus-ring-width, 3px) solid var(--il-color-focus, #1a5fb4);
    outline-offset: var(--il-focus-ring-offset, 2px);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
    }
  }
`;
