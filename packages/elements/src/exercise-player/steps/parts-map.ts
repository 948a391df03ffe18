/**
 * An IFS parts map: a form with one fieldset per part (name, role, and the questions the
 * definition asks about each part), and beside it a map of the parts around Self, grouped by
 * role. The map is lists under headings, so a screen reader gets the same picture.
 *
 * @module
 */
import { html, nothing } from 'lit';
import {
  PART_ROLES,
  partsAnswer,
  partsOf,
  type ExerciseStep,
  type PartRole,
  type TableRow,
} from '@interlude/core';
import type { ExercisePlayerStrings } from '../../shared/locales/exercise-player.js';
import type { StepContext } from './context.js';
import { tableEdits } from './table-edits.js';

type PartsStep = Extract<ExerciseStep, { kind: 'parts-map' }>;

const ROLE_TERMS = {
  manager: ['partsRoleManager', 'partsRoleManagers'],
  firefighter: ['partsRoleFirefighter', 'partsRoleFirefighters'],
  exile: ['partsRoleExile', 'partsRoleExiles'],
  unsure: ['partsRoleUnsure', 'partsRoleUnsureGroup'],
} as const satisfies Record<PartRole, readonly [keyof ExercisePlayerStrings, keyof ExercisePlayerStrings]>;

/** The questions asked about each part, as the column they fill and the definition's wording. */
function questions(step: PartsStep) {
  return (
    [
      ['body', step.bodyPrompt],
      ['feeling', step.feelingPrompt],
      ['needs', step.needsPrompt],
      ['note', step.notePrompt],
    ] as const
  ).filter(
    (entry): entry is readonly ['body' | 'feeling' | 'needs' | 'note', NonNullable<(typeof entry)[1]>] =>
      !!entry[1],
  );
}

function partName(context: StepContext<PartsStep>, part: TableRow, index: number): string {
  return context.localize.term('partsPart', index + 1, part['name']?.trim() ?? '');
}

/** The parts map's view. */
export function partsMapStep(context: StepContext<PartsStep>) {
  const { step, localize, text } = context;
  const parts = partsOf(context.answer);
  const full = parts.length >= step.maxParts;
  const { update, add, remove } = tableEdits(context, parts, (next) => context.set(partsAnswer(next)), {
    blank: { name: '', role: '', body: '', feeling: '', needs: '', note: '' },
    firstField: (index) => `#part-${index}-name`,
  });
  const named = parts.filter((part) => part['name']?.trim());
  return html`<div class="parts-layout">
    <div class="parts-form">
      <ol part="parts" class="parts" aria-labelledby=${context.labelId}>
        ${parts.map((part, index) => {
          const id = `part-${index}`;
          return html`<li>
            <fieldset part="part" class="part">
              <legend>${partName(context, part, index)}</legend>
              <label class="field-label" for="${id}-name">${localize.term('partsName')}</label>
              <input
                id="${id}-name"
                class="field-input"
                type="text"
                maxlength="120"
                aria-invalid=${context.invalid && index === 0 ? 'true' : 'false'}
                .value=${part['name'] ?? ''}
                @input=${(event: Event) => update(index, 'name', (event.target as HTMLInputElement).value)}
              />
              <div class="roles" role="radiogroup" aria-labelledby="${id}-role-label">
                <span id="${id}-role-label" class="field-label">${localize.term('partsRole')}</span>
                ${PART_ROLES.map(
                  (role) =>
                    html`<label class="choice">
                      <input
                        type="radio"
                        name="${id}-role"
                        value=${role}
                        .checked=${part['role'] === role}
                        @change=${() => update(index, 'role', role)}
                      />
                      <span>${localize.term(ROLE_TERMS[role][0])}</span>
                    </label>`,
                )}
              </div>
              ${questions(step).map(
                ([column, prompt]) =>
                  html`<label class="field-label" for="${id}-${column}">${text(prompt)}</label>
                    <textarea
                      id="${id}-${column}"
                      class="field-input"
                      rows="2"
                      maxlength="1000"
                      .value=${part[column] ?? ''}
                      @input=${(event: Event) => update(index, column, (event.target as HTMLTextAreaElement).value)}
                    ></textarea>`,
              )}
              <button
                type="button"
                class="remove"
                @click=${() => remove(index, localize.term('partsRemoved', partName(context, part, index)))}
              >
                ${localize.term('partsRemove')}<span class="visually-hidden"
                  >: ${partName(context, part, index)}</span
                >
              </button>
            </fieldset>
          </li>`;
        })}
      </ol>
      <button type="button" part="add" class="add" ?disabled=${full} @click=${add}>
        ${localize.term('partsAdd')}
      </button>
      ${full ? html`<p class="hint">${localize.term('partsFull', step.maxParts)}</p>` : nothing}
    </div>
    <figure part="parts-map-visual" class="parts-visual" aria-labelledby="map-caption">
      <figcaption id="map-caption">${localize.term('partsMapCaption', named.length)}</figcaption>
      <div class="self" aria-hidden="true">${localize.term('partsSelf')}</div>
      ${PART_ROLES.map((role) => {
        const inRole = named.filter((part) => (part['role'] || 'unsure') === role);
        return inRole.length === 0
          ? nothing
          : html`<section class="region region-${role}" aria-labelledby="region-${role}">
              <div
                id="region-${role}"
                class="region-heading"
                role="heading"
                aria-level=${context.subheadingLevel}
              >
                ${localize.term(ROLE_TERMS[role][1])}
              </div>
              <ul role="list">
                ${inRole.map((part) => html`<li class="chip chip-${role}">${part['name']}</li>`)}
              </ul>
            </section>`;
      })}
    </figure>
  </div>`;
}
