/**
 * The steps that take a plain answer: free text, a rating, a choice (with its gentle quiz
 * feedback), and a reflection that quotes earlier answers and may take a note.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { reflectionText } from '@interlude/core';
import type { StepContext, StepView } from './context.js';
import { rating } from './rating.js';
import { formatted, plainParagraphs } from './text.js';

/** `aria-invalid`/`aria-describedby` of an input whose step still needs an answer. */
export function invalidAttributes(context: Pick<StepContext, 'invalid'>) {
  return context.invalid ? { invalid: 'true' as const, describedBy: 'step-error' } : undefined;
}

/** A multi-line text answer labelled by `labelId`, with a character count when it has a maximum. */
export function textAnswer(
  context: StepContext,
  options: { labelId: string; maxLength?: number | undefined; placeholder?: string | undefined },
) {
  const value = typeof context.answer === 'string' ? context.answer : '';
  const invalid = invalidAttributes(context);
  const countId = options.maxLength ? 'count' : undefined;
  return html`<textarea
      id="answer"
      part="text-answer"
      class="text-answer"
      rows="4"
      aria-labelledby=${options.labelId}
      aria-describedby=${ifDefined([invalid?.describedBy, countId].filter(Boolean).join(' ') || undefined)}
      aria-invalid=${ifDefined(invalid?.invalid)}
      maxlength=${ifDefined(options.maxLength)}
      placeholder=${ifDefined(options.placeholder)}
      .value=${value}
      @input=${(event: Event) => {
        const text = (event.target as HTMLTextAreaElement).value;
        context.set(text.length > 0 ? text : undefined);
      }}
    ></textarea>
    ${
      options.maxLength
        ? html`<p id="count" class="hint">
            ${context.localize.term('playerCharacters', value.length, options.maxLength)}
          </p>`
        : nothing
    }`;
}

export const promptStep: StepView<'prompt'> = (context) =>
  textAnswer(context, {
    labelId: context.labelId,
    maxLength: context.step.maxLength,
    placeholder: context.step.placeholder ? context.text(context.step.placeholder) : undefined,
  });

export const ratingStep: StepView<'rating'> = (context) => {
  const { step } = context;
  return rating(context, {
    name: 'rating',
    labelId: context.labelId,
    min: step.min,
    max: step.max,
    step: step.step,
    anchors: step.anchors,
    value: typeof context.answer === 'number' ? context.answer : undefined,
    required: step.required,
    onChoose: (value) => context.set(value),
  });
};

export const choiceStep: StepView<'choice'> = (context) => {
  const { step, text } = context;
  const chosen = new Set(
    Array.isArray(context.answer) ? context.answer : context.answer === undefined ? [] : [context.answer],
  );
  const invalid = invalidAttributes(context);
  const choose = (id: string, checked: boolean) => {
    if (!step.multiple) return context.set(id);
    const ids = step.options
      .map((option) => option.id)
      .filter((optionId) => (optionId === id ? checked : chosen.has(optionId)));
    context.set(ids.length > 0 ? ids : undefined);
  };
  const feedback = step.options.filter((option) => chosen.has(option.id) && step.feedback?.[option.id]);
  return html`<div
      part="choices"
      class="choices"
      role=${step.multiple ? 'group' : 'radiogroup'}
      aria-labelledby=${context.labelId}
      aria-required=${ifDefined(step.required && !step.multiple ? 'true' : undefined)}
      aria-invalid=${ifDefined(!step.multiple ? invalid?.invalid : undefined)}
      aria-describedby=${ifDefined(invalid?.describedBy)}
    >
      ${step.options.map(
        (option) =>
          html`<label part="choice" class="choice">
            <input
              type=${step.multiple ? 'checkbox' : 'radio'}
              name="choice"
              value=${option.id}
              .checked=${chosen.has(option.id)}
              @change=${(event: Event) => choose(option.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${text(option.label)}</span>
          </label>`,
      )}
    </div>
    <div part="feedback" class="feedback" role="status">
      ${feedback.map((option) => html`<div class="feedback-text">${formatted(text(step.feedback![option.id]!))}</div>`)}
    </div>`;
};

export const reflectionStep: StepView<'reflection'> = (context) => {
  const { step, definition, answers, localize, text } = context;
  const quoted = reflectionText(definition, step.id, answers, localize.lang);
  return html`<div part="reflection" class="reflection">${plainParagraphs(quoted)}</div>
    ${
      step.prompt
        ? html`<p id="prompt" class="prompt">${text(step.prompt)}</p>
            ${textAnswer(context, { labelId: 'prompt' })}`
        : nothing
    }`;
};
