/**
 * An exercise written out for a clinician to read through in Storybook: what the client is
 * told and asked, step by step, with the options, feedback, timed guidance and conditions
 * spelled out. For the pack stories only; not part of the public API.
 *
 * @module
 */
import { html, nothing } from 'lit';
import {
  localizedText,
  type ExerciseDefinition,
  type ExerciseStep,
  type LocalizedText,
} from '@interlude/core';
import { formatted } from '../../exercise-player/steps/text.js';

const t = (text: LocalizedText) => localizedText(text, 'en');

const KIND_NAMES: Record<ExerciseStep['kind'], string> = {
  text: 'Reading',
  prompt: 'Written answer',
  rating: 'Rating',
  choice: 'Choice',
  'card-sort': 'Card sort',
  'list-builder': 'List',
  timer: 'Timed practice',
  audio: 'Guided audio',
  breathing: 'Breathing pacer',
  'parts-map': 'Parts map',
  reflection: 'Reflection',
};

function condition(definition: ExerciseDefinition, step: ExerciseStep) {
  const when = step.condition;
  if (!when) return nothing;
  const target = definition.steps.find((candidate) => candidate.id === when.stepId);
  const label =
    target?.kind === 'choice' && when.op === 'eq'
      ? `“${t(target.options.find((option) => option.id === when.value)?.label ?? { en: String(when.value) })}”`
      : 'value' in when
        ? String(when.value)
        : '';
  const targetName = target?.title ? t(target.title) : when.stepId;
  const words = {
    answered: `only when “${targetName}” was answered`,
    gte: `only when “${targetName}” is ${label} or more`,
    lte: `only when “${targetName}” is ${label} or less`,
    eq: `only when the answer to “${targetName}” is ${label}`,
  } as const;
  return html`<p><em>Shown ${words[when.op]}.</em></p>`;
}

function details(step: ExerciseStep) {
  switch (step.kind) {
    case 'text':
      return formatted(t(step.body));
    case 'prompt':
      return html`<p><strong>${t(step.prompt)}</strong></p>
        ${step.placeholder ? html`<p>Example shown: ${t(step.placeholder)}</p>` : nothing}`;
    case 'rating':
      return html`<p><strong>${t(step.prompt)}</strong></p>
        <p>
          ${step.min} (${t(step.anchors.low)}) to ${step.max}
          (${t(step.anchors.high)})${step.step ? `, in steps of ${step.step}` : ''}
        </p>`;
    case 'choice':
      return html`<p><strong>${t(step.prompt)}</strong> ${step.multiple ? '(any that fit)' : '(one)'}</p>
        <ul>
          ${step.options.map(
            (option) =>
              html`<li>
                ${t(option.label)}
                ${step.feedback?.[option.id] ? html`<br /><em>Feedback: ${t(step.feedback[option.id]!)}</em>` : nothing}
              </li>`,
          )}
        </ul>`;
    case 'card-sort':
      return html`<p><strong>${t(step.prompt)}</strong></p>
        <p>
          Piles:
          ${step.piles.map((pile) => `${t(pile.label)}${pile.max ? ` (at most ${pile.max})` : ''}`).join('; ')}
        </p>
        <p>Cards: ${step.cards.map((card) => t(card.label)).join(', ')}</p>`;
    case 'list-builder':
      return html`<p><strong>${t(step.prompt)}</strong></p>
        <p>
          ${step.min}–${step.max}
          entries${step.fields ? `, each with: ${step.fields.map((field) => t(field.label)).join(', ')}` : ''}
        </p>`;
    case 'timer':
      return html`${formatted(t(step.instructions))}
        <p>${Math.round(step.seconds / 6) / 10} minutes</p>
        ${
          step.cues
            ? html`<ol>
                ${step.cues.map((cue) => html`<li>At ${cue.atSeconds} s: ${t(cue.text)}</li>`)}
              </ol>`
            : nothing
        }`;
    case 'audio':
      return html`<p>Transcript:</p>
        ${formatted(t(step.transcript))}`;
    case 'breathing':
      return html`${step.instructions ? formatted(t(step.instructions)) : nothing}
        <p>
          In ${step.inhaleSeconds} s, hold ${step.holdSeconds} s, out ${step.exhaleSeconds}
          s${step.holdAfterExhaleSeconds ? `, rest ${step.holdAfterExhaleSeconds} s` : ''}; ${step.cycles}
          breaths
        </p>`;
    case 'parts-map':
      return html`<p><strong>${t(step.prompt)}</strong></p>
        <p>
          For each part: a name, a role (manager, firefighter, exile, not
          sure)${[step.bodyPrompt, step.feelingPrompt, step.needsPrompt, step.notePrompt]
            .filter((prompt) => prompt !== undefined)
            .map((prompt) => `; “${t(prompt)}”`)
            .join('')}.
          Up to ${step.maxParts} parts.
        </p>`;
    case 'reflection':
      return html`<p style="white-space: pre-line">${t(step.template)}</p>
        ${step.prompt ? html`<p><strong>${t(step.prompt)}</strong></p>` : nothing}`;
  }
}

/** The whole exercise as a readable outline (its title an `h2`, each step an `h3`). */
export function exerciseOutline(definition: ExerciseDefinition) {
  return html`<article
    style="max-inline-size: 44rem; margin-block-end: 2rem"
    aria-labelledby="outline-${definition.id}"
  >
    <h2 id="outline-${definition.id}">${t(definition.title)}</h2>
    <p>
      ${definition.modality.toUpperCase()} · about ${definition.estimatedMinutes} minutes · version
      ${definition.version} · id <code>${definition.id}</code>
    </p>
    ${definition.rationale ? html`<p><strong>Why (shown to the client):</strong> ${t(definition.rationale)}</p>` : nothing}
    ${
      definition.attribution
        ? html`<p>
            <strong>Based on</strong> ${definition.attribution.approach}.
            <cite>${definition.attribution.credit}</cite>
            ${definition.attribution.note}
          </p>`
        : nothing
    }
    <ol>
      ${definition.steps.map(
        (step) =>
          html`<li>
            <h3>${KIND_NAMES[step.kind]}${step.title ? `: ${t(step.title)}` : ''}</h3>
            ${condition(definition, step)} ${details(step)}
            ${'required' in step && step.required ? html`<p>Needs an answer before finishing.</p>` : nothing}
          </li>`,
      )}
    </ol>
  </article>`;
}
