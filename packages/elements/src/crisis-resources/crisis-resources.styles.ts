import { css, unsafeCSS } from 'lit';

const baseStyles = css`
  :host {
    --_il-accent: var(--il-crisis-resources-accent, var(--il-color-danger, #a51d2d));
    display: block;
  }
  .heading {
    margin: 0 0 var(--il-space-2, 0.5rem);
    font-size: 1.125em;
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
  li {
    border-inline-start: 4px solid var(--_il-accent);
    padding-inline-start: var(--il-space-3, 0.75rem);
  }
  .name {
    font-weight: 700;
    margin: 0;
  }
  .description,
  .hours {
    margin: var(--il-space-1, 0.25rem) 0 0;
    overflow-wrap: anywhere;
  }
  .hours {
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
    margin-block-start: var(--il-space-2, 0.5rem);
  }
  a.action {
    display: inline-flex;
    align-items: center;
    /* A flex container drops the space between "Call" and the number. */
    gap: 0.35em;
    min-block-size: 44px;
    padding: 0 var(--il-space-4, 1rem);
    border-radius: var(--il-radius, 8px);
    border: 2px solid var(--il-color-accent, #1a5fb4);
    color: var(--il-color-accent, #1a5fb4);
    background: var(--il-color-bg, Canvas);
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.action.primary {
    background: var(--il-color-accent, #1a5fb4);
    color: var(--il-color-accent-contrast, #ffffff);
  }
  .number {
    unicode-bidi: isolate;
    direction: ltr;
  }
`;

const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  li { border-inline-start-color: CanvasText; }
  a.action, a.action.primary { border-color: LinkText; color: LinkText; background: Canvas; }
}
`);

export const crisisResourcesStyles = [baseStyles, forcedColorStyles];
