/**
 * Moving items between zones and within them (a card sort's piles, a list's order), by
 * pointer drag and by keyboard, with every move announced. It follows the ideas of Spectrum's
 * `DragController`/`DropController` and the keyboard model common to accessible
 * drag-and-drop (the WAI-ARIA guidance has no widget for it, so this is the widely used one):
 *
 * - Space or Enter picks the focused item up, and again drops it where it is now;
 * - while it is held, Up and Down move it within its zone, Left and Right to the
 *   neighbouring zone that takes it (swapped right to left; a full one is passed over and
 *   said so), Escape puts it back where it was;
 * - a click or tap without dragging picks it up too, so a single pointer can move it
 *   without dragging (WCAG 2.5.7) through the zones' "move here" buttons ({@link dropInto}).
 *
 * The host renders items with `data-key` inside zones with `data-zone`; the controller never
 * changes the DOM itself: it calls `move` and the host re-renders from its new state.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One zone and the keys of its items, in order. */
export interface SortZone {
  readonly id: string;
  readonly items: readonly string[];
}

/**
 * What happened, for the host to put into words. `index` counts from 0 within `zone`;
 * `skipped` names the zones a move passed over because they refused the item (e.g. full).
 */
export type SortEvent =
  | {
      readonly kind: 'lifted' | 'moved' | 'dropped' | 'cancelled';
      readonly item: string;
      readonly zone: string;
      readonly index: number;
      readonly count: number;
      readonly skipped?: readonly string[];
    }
  | { readonly kind: 'refused'; readonly item: string; readonly zone: string };

/** What the controller needs from its host. */
export interface SortableOptions {
  zones(): readonly SortZone[];
  /** Moves `item` to `index` of `zone`; returns the item's key afterwards, or `undefined` when refused. */
  move(item: string, zone: string, index: number): string | undefined;
  announce(event: SortEvent): void;
  isRtl(): boolean;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

interface Drag {
  readonly item: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  active: boolean;
  dx: number;
  dy: number;
  target: { zone: string; index: number } | undefined;
}

/** Movement (px) after which a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 6;

/** Pointer and keyboard moves between zones; see the module documentation. */
export class SortableController implements ReactiveController {
  readonly #host: Host;
  readonly #options: SortableOptions;
  #lifted: { item: string; zone: string; index: number } | undefined;
  #drag: Drag | undefined;
  #focusKey: string | undefined;

  constructor(host: Host, options: SortableOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The key of the item picked up (by keyboard or a click), if any. */
  get lifted(): string | undefined {
    return this.#lifted?.item;
  }

  /** The item being dragged by a pointer and how far it moved, for the host to draw it there. */
  get dragging(): { item: string; dx: number; dy: number } | undefined {
    const drag = this.#drag;
    return drag?.active ? { item: drag.item, dx: drag.dx, dy: drag.dy } : undefined;
  }

  /** Where a pointer drag would drop now, for the host to highlight. */
  get dropTarget(): { zone: string; index: number } | undefined {
    return this.#drag?.active ? this.#drag.target : undefined;
  }

  hostDisconnected(): void {
    this.#endDrag();
    this.#lifted = undefined;
  }

  hostUpdated(): void {
    const key = this.#focusKey;
    if (key === undefined) return;
    this.#focusKey = undefined;
    this.#element(key)?.focus();
  }

  /** Call from an item's `keydown`; returns whether the key was handled (then it was prevented). */
  keydown(event: KeyboardEvent, item: string): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const lifted = this.#lifted;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (lifted?.item === item) this.#drop();
      else this.#lift(item);
      return true;
    }
    if (lifted?.item !== item) return false;
    const position = this.#position(item);
    if (!position) return false;
    const forward = this.#options.isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.#options.isRtl() ? 'ArrowRight' : 'ArrowLeft';
    const zones = this.#options.zones();
    const zoneIndex = zones.findIndex((zone) => zone.id === position.zone);
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowDown': {
        const index = position.index + (event.key === 'ArrowUp' ? -1 : 1);
        if (index >= 0 && index < position.count) this.#moveTo(item, position.zone, index);
        break;
      }
      case forward:
      case backward: {
        const direction = event.key === forward ? 1 : -1;
        const skipped: string[] = [];
        let moved = false;
        for (
          let next = zoneIndex + direction;
          !moved && next >= 0 && next < zones.length;
          next += direction
        ) {
          const zone = zones[next]!;
          const key = this.#options.move(item, zone.id, Math.min(position.index, zone.items.length));
          if (key === undefined) {
            skipped.push(zone.id);
          } else {
            moved = true;
            this.#moved(item, key);
            this.#announce('moved', key, skipped);
          }
        }
        if (!moved && skipped[0] !== undefined)
          this.#options.announce({ kind: 'refused', item, zone: skipped[0] });
        break;
      }
      case 'Escape':
        this.cancel();
        break;
      case 'Tab':
        this.#drop();
        return false; // Tab still moves focus
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  /** Call from an item's `pointerdown`: a drag starts once the pointer moves, a click picks it up. */
  pointerdown(event: PointerEvent, item: string): void {
    if (event.button !== 0 || !event.isPrimary || this.#drag) return;
    this.#drag = {
      item,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      active: false,
      dx: 0,
      dy: 0,
      target: undefined,
    };
    addEventListener('pointermove', this.#onMove);
    addEventListener('pointerup', this.#onUp);
    addEventListener('pointercancel', this.#onCancel);
  }

  /** Drops the picked-up item at the end of `zone` (the zones' "move here" buttons). */
  dropInto(zone: string): void {
    const lifted = this.#lifted;
    if (!lifted) return;
    const target = this.#options.zones().find((candidate) => candidate.id === zone);
    const same = this.#position(lifted.item)?.zone === zone;
    const index = target ? target.items.length - (same ? 1 : 0) : 0;
    if (this.#moveTo(lifted.item, zone, index, false)) this.#drop();
  }

  /** Puts the picked-up item back where it was picked up. */
  cancel(): void {
    const lifted = this.#lifted;
    if (!lifted) return;
    const key = this.#options.move(lifted.item, lifted.zone, lifted.index) ?? lifted.item;
    this.#lifted = undefined;
    this.#focusKey = key;
    this.#announce('cancelled', key);
    this.#host.requestUpdate();
  }

  #lift(item: string): void {
    const position = this.#position(item);
    if (!position) return;
    if (this.#lifted) this.#drop();
    this.#lifted = { item, zone: position.zone, index: position.index };
    this.#announce('lifted', item);
    this.#host.requestUpdate();
  }

  #drop(): void {
    const lifted = this.#lifted;
    if (!lifted) return;
    this.#lifted = undefined;
    this.#announce('dropped', lifted.item);
    this.#host.requestUpdate();
  }

  /** Moves and announces it (or the refusal); keeps the moved item focused. */
  #moveTo(item: string, zone: string, index: number, announce = true): boolean {
    const key = this.#options.move(item, zone, index);
    if (key === undefined) {
      this.#options.announce({ kind: 'refused', item, zone });
      return false;
    }
    this.#moved(item, key);
    if (announce) this.#announce('moved', key);
    return true;
  }

  /** After a move: the held item (if it was this one) and focus follow its new key. */
  #moved(item: string, key: string): void {
    if (this.#lifted?.item === item) this.#lifted = { ...this.#lifted, item: key };
    this.#focusKey = key;
    this.#host.requestUpdate();
  }

  #announce(kind: 'lifted' | 'moved' | 'dropped' | 'cancelled', item: string, skipped?: string[]): void {
    const position = this.#position(item);
    if (position)
      this.#options.announce({ kind, item, ...position, ...(skipped?.length ? { skipped } : {}) });
  }

  #position(item: string): { zone: string; index: number; count: number } | undefined {
    for (const zone of this.#options.zones()) {
      const index = zone.items.indexOf(item);
      if (index >= 0) return { zone: zone.id, index, count: zone.items.length };
    }
    return undefined;
  }

  #element(key: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  readonly #onMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.dx = event.clientX - drag.startX;
    drag.dy = event.clientY - drag.startY;
    if (!drag.active && Math.hypot(drag.dx, drag.dy) < DRAG_THRESHOLD) return;
    drag.active = true;
    drag.target = this.#targetAt(drag.item, event.clientX, event.clientY);
    this.#host.requestUpdate();
  };

  readonly #onUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.#endDrag();
    if (!drag.active) {
      // A click or tap: pick up (or put down) without dragging.
      if (this.#lifted?.item === drag.item) this.#drop();
      else this.#lift(drag.item);
      return;
    }
    const target = drag.target;
    if (target && this.#moveTo(drag.item, target.zone, target.index, false)) {
      this.#lifted = undefined;
      this.#announce('dropped', this.#focusKey ?? drag.item);
    }
    this.#host.requestUpdate();
  };

  readonly #onCancel = (event: PointerEvent): void => {
    if (event.pointerId !== this.#drag?.pointerId) return;
    this.#endDrag();
    this.#host.requestUpdate();
  };

  #endDrag(): void {
    if (!this.#drag) return;
    this.#drag = undefined;
    removeEventListener('pointermove', this.#onMove);
    removeEventListener('pointerup', this.#onUp);
    removeEventListener('pointercancel', this.#onCancel);
  }

  /** The zone under the pointer and the index among its other items, by their vertical middles. */
  #targetAt(item: string, x: number, y: number): { zone: string; index: number } | undefined {
    const root = this.#host.renderRoot as Document | ShadowRoot;
    const dragged = this.#element(item);
    const hit = root
      .elementsFromPoint(x, y)
      .find((element) => !dragged?.contains(element) && element.closest('[data-zone]'));
    const zoneElement = hit?.closest<HTMLElement>('[data-zone]');
    const zone = zoneElement?.dataset['zone'];
    if (!zoneElement || zone === undefined) return undefined;
    const others = [...zoneElement.querySelectorAll<HTMLElement>('[data-key]')].filter(
      (element) => element !== dragged,
    );
    const index = others.filter((element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2 < y;
    }).length;
    return { zone, index };
  }
}
