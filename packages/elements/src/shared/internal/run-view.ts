/**
 * The pieces every element that runs an activity (`il-measure-form`, `il-check-in`, the exercise
 * player) shows the same way: the draft line ("Saved on this device"), the resumed notice, the
 * invalid-definition notice, and the styles of the title, the submit button and the status lines.
 *
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ValidationError } from '@interlude/core';
import type { ActivityRunController } from './activity-run.js';
import { configurationNotice } from './configuration-notice.js';
import type { LocalizeController } from './localize.js';

/** The notice shown instead of a run whose definition is missing or invalid (paths only). */
export function invalidDefinitionNotice(
  localize: LocalizeController,
  error: ValidationError,
): TemplateResult {
  return configurationNotice(
    localize,
    localize.term('invalidDefinitionTitle'),
    localize.term('invalidDefinitionBody', error.message),
  );
}

/** The quiet line under a run saying whether the answers so far are safe on the device. */
export function draftLine(localize: LocalizeController, run: ActivityRunController): TemplateResult {
  const status = run.draftStatus;
  const text =
    status === 'saving'
      ? localize.term('draftSaving')
      : status === 'saved'
        ? localize.term('draftSaved')
        : status === 'failed'
          ? localize.term('draftFailed')
          : '';
  return html`<p part="draft-status" class="draft-status" ?hidden=${!text}>${text}</p>`;
}

/** "Welcome back: your earlier answers are filled in." while a resumed run is open. */
export function resumedNotice(localize: LocalizeController, run: ActivityRunController) {
  return run.resumed && run.status === 'ready'
    ? html`<p part="resumed" class="resumed" role="status">${localize.term('runResumed')}</p>`
    : nothing;
}

/** Styles for the shared run pieces; add to the element's `static styles`. */
export const runStyles = css`
  .title {
    margin: 0 0 var(--il-space-2, 0.5rem);
    font-size: 1.25em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--il-focus-ring-width, 3px) solid var(--il-color-focus, #1a5fb4);
  }
  .instructions,
  .description {
    margin: 0 0 var(--il-space-4, 1rem);
    overflow-wrap: anywhere;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-5, 1.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--il-space-3, 0.75rem);
    margin-block-start: var(--il-space-4, 1rem);
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
  }
  button.secondary {
    background: var(--il-color-bg, Canvas);
    color: var(--il-color-accent, #1a5fb4);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  .draft-status,
  .sync-status,
  .resumed {
    margin: var(--il-space-2, 0.5rem) 0 0;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.875em;
  }
  .error {
    margin: var(--il-space-3, 0.75rem) 0 0;
    color: var(--il-color-danger, #a51d2d);
    font-weight: 600;
  }
  .missing {
    margin: var(--il-space-1, 0.25rem) 0 0;
    color: var(--il-color-danger, #a51d2d);
    font-size: 0.875em;
    font-weight: 600;
  }
  .done {
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-surface, Canvas);
    border: 1px solid var(--il-color-border, #767d88);
  }
  .done p {
    margin: var(--il-space-2, 0.5rem) 0 0;
  }
`;
