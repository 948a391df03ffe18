/**
 * A card sort: cards start in "not sorted yet" and go into the definition's piles by pointer
 * drag, by keyboard (Space picks up, arrows move, Space drops, Escape cancels) or by a tap
 * and a "move here" button. The sortable and roving-tabindex controllers do the moving and
 * focus; this view lays out the piles and words the announcements.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { classNames } from '../../shared/internal/class-names.js';
import { styleProperties } from '../../shared/internal/style-properties.js';
import { cardSortPiles, placeCard, unsortedCards, type ExerciseStep } from '@interlude/core';
import type { SortEvent, SortZone, SortableController } from '../../shared/internal/sortable.js';
import type { RovingTabindexController } from '../../shared/internal/roving-tabindex.js';
import type { StepContext } from './context.js';

type CardSortStep = Extract<ExerciseStep, { kind: 'card-sort' }>;

/** The zone of the cards not sorted yet (not a valid pile id, so it never clashes). */
export const UNSORTED = '-';

/** The piles as sortable zones: not-sorted first, then the definition's piles. */
export function cardSortZones(step: CardSortStep, answer: unknown): SortZone[] {
  const piles = cardSortPiles(step, answer);
  return [
    { id: UNSORTED, items: unsortedCards(step, answer) },
    ...step.piles.map((pile) => ({ id: pile.id, items: piles[pile.id] ?? [] })),
  ];
}

/** Moves a card for the sortable controller: `undefined` (refused) when the pile is full. */
export function moveCard(context: StepContext<CardSortStep>, card: string, zone: string, index: number) {
  const placed = placeCard(context.step, context.answer, card, zone === UNSORTED ? undefined : zone, index);
  if (!placed.ok) return undefined;
  context.set(placed.answer);
  return card;
}

/** The words for a move, in the element's language. */
export function describeCardMove(context: StepContext<CardSortStep>, event: SortEvent): string {
  const { step, text, localize } = context;
  const card = step.cards.find((candidate) => candidate.id === event.item);
  const cardName = card ? text(card.label) : event.item;
  const pile = step.piles.find((candidate) => candidate.id === event.zone);
  const pileName = pile ? text(pile.label) : localize.term('cardSortUnsorted');
  if (event.kind === 'refused') return localize.term('cardSortFull', pileName, pile?.max ?? 0);
  const args = [cardName, pileName, event.index + 1, event.count] as const;
  switch (event.kind) {
    case 'lifted':
      return localize.term('cardSortLifted', ...args);
    case 'moved': {
      const full = (event.skipped ?? []).map((id) => {
        const skipped = step.piles.find((candidate) => candidate.id === id);
        return localize.term('cardSortSkipped', skipped ? text(skipped.label) : id);
      });
      return [...full, localize.term('cardSortMoved', ...args)].join(' ');
    }
    case 'dropped':
      return localize.term('cardSortDropped', ...args);
    case 'cancelled':
      return localize.term('cardSortCancelled', cardName, pileName);
  }
}

/** The card sort's view. */
export function cardSortStep(
  context: StepContext<CardSortStep>,
  sortable: SortableController,
  roving: RovingTabindexController,
) {
  const { step, text, localize } = context;
  const zones = cardSortZones(step, context.answer);
  const lifted = sortable.lifted;
  const dragging = sortable.dragging;
  const target = sortable.dropTarget;
  const sortedCount = step.cards.length - (zones[0]?.items.length ?? 0);
  const cardOf = (id: string) => step.cards.find((card) => card.id === id);
  return html`<p id="sort-instructions" class="hint">${localize.term('cardSortInstructions')}</p>
    <p class="hint" aria-live="off">${localize.term('cardSortProgress', sortedCount, step.cards.length)}</p>
    <div part="card-sort" class="piles" role="group" aria-labelledby=${context.labelId}>
      ${zones.map((zone) => {
        const pile = step.piles.find((candidate) => candidate.id === zone.id);
        const name = pile ? text(pile.label) : localize.term('cardSortUnsorted');
        const headingId = `pile-${zone.id === UNSORTED ? 'unsorted' : zone.id}`;
        const count = pile?.max
          ? localize.term('cardSortPileCountMax', zone.items.length, pile.max)
          : localize.term('cardSortPileCount', zone.items.length);
        const isTarget = target?.zone === zone.id;
        const others = zone.items.filter((id) => id !== dragging?.item);
        return html`<section
          part="pile"
          class=${classNames({ pile: true, unsorted: !pile, 'drop-target': isTarget })}
          data-zone=${zone.id}
          aria-labelledby=${headingId}
        >
          <div id=${headingId} class="pile-heading" role="heading" aria-level=${context.subheadingLevel}>
            <span>${name}</span> <span class="pile-count">${count}</span>
          </div>
          ${
            lifted !== undefined &&
            !zone.items.includes(lifted) &&
            !(pile?.max && zone.items.length >= pile.max)
              ? html`<button type="button" class="move-here" @click=${() => sortable.dropInto(zone.id)}>
                  ${localize.term('cardSortMoveHere', text(cardOf(lifted)?.label ?? { en: lifted }), name)}
                </button>`
              : nothing
          }
          <ul class="cards" role="list">
            ${zone.items.map((id) => {
              const card = cardOf(id);
              if (!card) return nothing;
              const isDragged = dragging?.item === id;
              const before = isTarget && !isDragged && others.indexOf(id) === target.index;
              return html`<li class=${classNames({ 'insert-before': before })}>
                <button
                  type="button"
                  part="card"
                  class=${classNames({ card: true, lifted: lifted === id, dragging: isDragged })}
                  data-key=${id}
                  aria-pressed=${lifted === id ? 'true' : 'false'}
                  aria-describedby="sort-instructions"
                  ${styleProperties(isDragged ? { transform: `translate(${dragging.dx}px, ${dragging.dy}px)` } : {})}
                  @focusin=${(event: FocusEvent) => roving.focused(event.currentTarget as HTMLElement)}
                  @keydown=${(event: KeyboardEvent) => sortable.keydown(event, id) || roving.keydown(event)}
                  @pointerdown=${(event: PointerEvent) => sortable.pointerdown(event, id)}
                >
                  <span class="card-label">${text(card.label)}</span>
                  ${card.description ? html`<span class="card-description">${text(card.description)}</span>` : nothing}
                </button>
              </li>`;
            })}
            ${isTarget && target.index >= others.length ? html`<li class="insert-end" aria-hidden="true"></li>` : nothing}
          </ul>
        </section>`;
      })}
    </div>`;
}
