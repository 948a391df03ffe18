/**
 * A list builder: entries the client adds, edits, reorders (drag handle, keyboard pick-up,
 * or the move buttons) and removes; with fields, each entry also has a day, a time, text or
 * ratings (a behavioural-activation plan, an activity diary).
 *
 * @module
 */
import { html, nothing } from 'lit';
import { classNames } from '../../shared/internal/class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProperties } from '../../shared/internal/style-properties.js';
import {
  DAYS_OF_WEEK,
  listEntries,
  listAnswer,
  listColumns,
  moveEntry,
  type EntryField,
  type ExerciseStep,
  type TableRow,
} from '@interlude/core';
import type { SortEvent, SortZone, SortableController } from '../../shared/internal/sortable.js';
import { invalidAttributes } from './answers.js';
import type { StepContext } from './context.js';
import { rating } from './rating.js';
import { tableEdits } from './table-edits.js';

type ListStep = Extract<ExerciseStep, { kind: 'list-builder' }>;

/** The one zone of a list: its entries by position. */
export const LIST_ZONE = 'list';

/** The label of entry `index`'s text field: "Activity 2" (or "Entry 2"). */
function entryName(context: StepContext<ListStep>, index: number): string {
  const label = context.step.entryLabel ? context.text(context.step.entryLabel) : undefined;
  return context.localize.term('listEntry', label ?? '', index + 1);
}

/** How buttons and announcements name an entry: its text, or its label while it has none. */
function entryTitle(context: StepContext<ListStep>, entry: TableRow | undefined, index: number): string {
  return entry?.['text']?.trim() || entryName(context, index);
}

function save(context: StepContext<ListStep>, entries: readonly TableRow[]): void {
  context.set(listAnswer(context.step, entries));
}

/** The list as one sortable zone; keys are positions. */
export function listZones(context: StepContext<ListStep>): SortZone[] {
  const entries = listEntries(context.step, context.answer);
  return [{ id: LIST_ZONE, items: entries.map((_, index) => String(index)) }];
}

/** Moves an entry for the sortable controller; its key afterwards is its new position. */
export function moveListEntry(context: StepContext<ListStep>, item: string, _zone: string, index: number) {
  const entries = listEntries(context.step, context.answer);
  const to = Math.max(0, Math.min(index, entries.length - 1));
  save(context, moveEntry(entries, Number(item), to));
  return String(to);
}

/** The words for a move: "Activity 2 … position 3 of 4". */
export function describeListMove(context: StepContext<ListStep>, event: SortEvent): string {
  const { localize } = context;
  if (event.kind === 'refused') return '';
  const name = entryTitle(context, listEntries(context.step, context.answer)[event.index], event.index);
  const args = [name, event.index + 1, event.count] as const;
  switch (event.kind) {
    case 'lifted':
      return localize.term('listLifted', ...args);
    case 'moved':
      return localize.term('listMoved', ...args);
    case 'dropped':
      return localize.term('listDropped', ...args);
    case 'cancelled':
      return localize.term('listCancelled', ...args);
  }
}

function dayNames(lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday, so these are Monday to Sunday, as DAYS_OF_WEEK.
  return DAYS_OF_WEEK.map((_, index) => format.format(Date.UTC(2024, 0, 1 + index)));
}

function fieldInput(
  context: StepContext<ListStep>,
  field: EntryField,
  id: string,
  value: string,
  onValue: (value: string) => void,
) {
  const label = context.text(field.label);
  const input = (event: Event) => onValue((event.target as HTMLInputElement | HTMLSelectElement).value);
  switch (field.kind) {
    case 'rating':
      return html`<span class="field-label" id=${id}>${label}</span> ${rating(
          { ...context, invalid: false },
          {
            name: id,
            labelId: id,
            min: field.min,
            max: field.max,
            anchors: field.anchors,
            value: value === '' ? undefined : Number(value),
            onChoose: (chosen) => onValue(String(chosen)),
          },
        )}`;
    case 'day':
      return html`<label class="field-label" for=${id}>${label}</label>
        <select id=${id} class="field-input" .value=${value} @change=${input}>
          <option value="" ?selected=${value === ''}>${context.localize.term('listChooseDay')}</option>
          ${dayNames(context.localize.lang).map(
            (name, index) =>
              html`<option value=${DAYS_OF_WEEK[index]!} ?selected=${value === DAYS_OF_WEEK[index]}>
                ${name}
              </option>`,
          )}
        </select>`;
    case 'time':
      return html`<label class="field-label" for=${id}>${label}</label>
        <input id=${id} class="field-input" type="time" .value=${value} @change=${input} />`;
    case 'text':
      return html`<label class="field-label" for=${id}>${label}</label>
        <input
          id=${id}
          class="field-input"
          type="text"
          maxlength=${ifDefined(field.maxLength)}
          .value=${value}
          @input=${input}
        />`;
  }
}

/** The list builder's view. */
export function listBuilderStep(context: StepContext<ListStep>, sortable: SortableController) {
  const { step, localize } = context;
  const entries = listEntries(step, context.answer);
  const columns = listColumns(step);
  const full = entries.length >= step.max;
  const lifted = sortable.lifted;
  const dragging = sortable.dragging;
  const target = sortable.dropTarget;
  const invalid = invalidAttributes(context);
  const { update, add, remove } = tableEdits(context, entries, (rows) => save(context, rows), {
    blank: Object.fromEntries(columns.map((column) => [column, ''])),
    firstField: (index) => `#entry-${index}`,
  });
  const move = (index: number, to: number) => {
    save(context, moveEntry(entries, index, to));
    context.announce(
      localize.term('listMoved', entryTitle(context, entries[index], to), to + 1, entries.length),
    );
    // Keep focus on the button pressed, unless the move disabled it (top or bottom): then the other one.
    const down = to > index ? to < entries.length - 1 : to === 0;
    context.focusAfterRender(`[data-entry="${to}"] .${down ? 'move-down' : 'move-up'}`);
  };
  return html`<p id="list-instructions" class="visually-hidden">
      ${localize.term('listReorderInstructions')}
    </p>
    <ol part="list" class="entries" data-zone=${LIST_ZONE} aria-labelledby=${context.labelId}>
      ${entries.map((entry, index) => {
        const name = entryTitle(context, entry, index);
        const isDragged = dragging?.item === String(index);
        const before =
          target &&
          !isDragged &&
          target.index === index - (dragging && Number(dragging.item) < index ? 1 : 0);
        return html`<li
          part="entry"
          class=${classNames({ entry: true, lifted: lifted === String(index), dragging: isDragged, 'insert-before': !!before })}
          data-entry=${index}
          ${styleProperties(isDragged ? { transform: `translate(${dragging.dx}px, ${dragging.dy}px)` } : {})}
        >
          <div class="entry-main">
            <button
              type="button"
              class="handle"
              data-key=${String(index)}
              aria-label=${localize.term('listReorder', name)}
              aria-describedby="list-instructions"
              aria-pressed=${lifted === String(index) ? 'true' : 'false'}
              @keydown=${(event: KeyboardEvent) => sortable.keydown(event, String(index))}
              @pointerdown=${(event: PointerEvent) => sortable.pointerdown(event, String(index))}
            >
              <span aria-hidden="true">⠿</span>
            </button>
            <label class="entry-label" for="entry-${index}">${entryName(context, index)}</label>
          </div>
          <input
            id="entry-${index}"
            class="entry-text"
            type="text"
            maxlength="2000"
            aria-invalid=${ifDefined(index === 0 ? invalid?.invalid : undefined)}
            aria-describedby=${ifDefined(index === 0 ? invalid?.describedBy : undefined)}
            .value=${entry['text'] ?? ''}
            @input=${(event: Event) => update(index, 'text', (event.target as HTMLInputElement).value)}
          />
          ${(step.fields ?? []).map(
            (field) =>
              html`<div class="field">
                ${fieldInput(context, field, `entry-${index}-${field.id}`, entry[field.id] ?? '', (value) =>
                  update(index, field.id, value),
                )}
              </div>`,
          )}
          <div class="entry-actions">
            <button
              type="button"
              class="move-up"
              ?disabled=${index === 0}
              aria-label=${localize.term('listMoveUp', name)}
              @click=${() => move(index, index - 1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              class="move-down"
              ?disabled=${index === entries.length - 1}
              aria-label=${localize.term('listMoveDown', name)}
              @click=${() => move(index, index + 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              class="remove"
              @click=${() => remove(index, localize.term('listRemoved', name))}
            >
              ${localize.term('listRemove')}<span class="visually-hidden">: ${name}</span>
            </button>
          </div>
        </li>`;
      })}
    </ol>
    ${entries.length === 0 ? html`<p class="hint">${localize.term('listEmpty')}</p>` : nothing}
    <button
      type="button"
      part="add"
      class="add"
      ?disabled=${full}
      aria-describedby="list-count"
      @click=${add}
    >
      ${step.addLabel ? context.text(step.addLabel) : localize.term('listAdd')}
    </button>
    <p id="list-count" class="hint">
      ${full ? localize.term('listFull', step.max) : localize.term('listCount', entries.length, step.max)}
    </p>`;
}
