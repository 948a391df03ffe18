/**
 * Text steps and every other piece of definition text with the small formatting core's
 * `formatText` reads, rendered element by element: paragraphs, line breaks, lists and
 * `<strong>`. Never HTML from the definition.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { formatText, type TextLine } from '@interlude/core';
import type { StepView } from './context.js';

function line(runs: TextLine) {
  return runs.map((run) => (run.strong ? html`<strong>${run.text}</strong>` : run.text));
}

/** `text` with paragraphs, lists and strong runs, as elements. */
export function formatted(text: string) {
  return formatText(text).map((block) => {
    if (block.kind === 'list') {
      const items = block.items.map((item) => html`<li>${line(item)}</li>`);
      return block.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
    return html`<p>
      ${block.lines.map((runs, index) => html`${index > 0 ? html`<br />` : nothing}${line(runs)}`)}
    </p>`;
  });
}

/** Paragraphs separated by blank lines, line breaks kept, nothing else interpreted (quoted answers). */
export function plainParagraphs(text: string) {
  return text
    .split(/\n(?:[ \t]*\n)+/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => html`<p class="pre-line">${paragraph}</p>`);
}

export const textStep: StepView<'text'> = ({ step, text }) =>
  html`<div class="prose">${formatted(text(step.body))}</div>`;
