import { css, html, type TemplateResult } from 'lit';
import type { Localizer } from './localize.js';

/**
 * What an element shows instead of a blank box when it has no client: a visible,
 * announced explanation for the vendor's developer. Never contains client data.
 */
export function configurationNotice(
  localize: Pick<Localizer, 'dir'>,
  title: string,
  body: string,
): TemplateResult {
  return html`<div part="configuration-notice" class="configuration-notice" role="alert" dir=${localize.dir}>
    <strong>${title}</strong>
    <p>${body}</p>
  </div>`;
}

/** Convenience for the common case: no client reached the element. */
export function notConfiguredNotice(localize: Localizer): TemplateResult {
  return configurationNotice(
    localize,
    localize.term('notConfiguredTitle'),
    localize.term('notConfiguredBody'),
  );
}

/** Styles for {@link configurationNotice}; add to the element's `static styles`. */
export const configurationNoticeStyles = css`
  .configuration-notice {
    border: 2px dashed var(--il-color-danger, #a51d2d);
    border-radius: var(--il-radius, 8px);
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    color: var(--il-color-text, CanvasText);
    background: var(--il-color-surface, Canvas);
  }
  .configuration-notice p {
    margin: var(--il-space-1, 0.25rem) 0 0;
  }
`;
