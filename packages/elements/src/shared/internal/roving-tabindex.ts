/**
 * One tab stop for a set of items laid out in groups (a list is one group; a card sort's
 * piles are several), moved with the arrow keys, as in the WAI-ARIA APG's roving tabindex:
 * Up and Down move within a group, Left and Right to the neighbouring group (swapped in
 * right-to-left layouts), Home and End to the ends of the group. The item keeps its place
 * across re-renders by its `data-key`.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its host. */
export interface RovingTabindexOptions {
  /** The items, by group, in reading order; each carries a `data-key`. */
  groups(): HTMLElement[][];
  /** Whether the layout runs right to left. */
  isRtl(): boolean;
}

/** Keeps exactly one item tabbable and moves focus with the arrow keys. */
export class RovingTabindexController implements ReactiveController {
  readonly #options: RovingTabindexOptions;
  #active: string | undefined;

  constructor(host: ReactiveControllerHost, options: RovingTabindexOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The key of the item that holds the tab stop (the last focused one). */
  get active(): string | undefined {
    return this.#active;
  }

  hostUpdated(): void {
    const items = this.#options.groups().flat();
    const active = items.find((item) => item.dataset['key'] === this.#active) ?? items[0];
    for (const item of items) item.tabIndex = item === active ? 0 : -1;
  }

  /** Call from the items' `focusin`: the focused item takes the tab stop. */
  focused(item: HTMLElement): void {
    this.#active = item.dataset['key'];
    this.hostUpdated();
  }

  /** Gives the tab stop to the item with `key` (e.g. after it moved), without focusing it. */
  setActive(key: string): void {
    this.#active = key;
  }

  /** Call from the items' `keydown`; returns whether it moved focus (the event is then handled). */
  keydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const groups = this.#options.groups().filter((group) => group.length > 0);
    const row = groups.findIndex((group) => group.includes(event.target as HTMLElement));
    const group = groups[row];
    if (!group) return false;
    const index = group.indexOf(event.target as HTMLElement);
    const forward = this.#options.isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.#options.isRtl() ? 'ArrowRight' : 'ArrowLeft';
    let target: HTMLElement | undefined;
    const across = (step: number) => {
      const next = groups[row + step];
      return next?.[Math.min(index, next.length - 1)];
    };
    switch (event.key) {
      case 'ArrowDown':
        target = group[index + 1];
        break;
      case 'ArrowUp':
        target = group[index - 1];
        break;
      case forward:
        target = across(1);
        break;
      case backward:
        target = across(-1);
        break;
      case 'Home':
        target = group[0];
        break;
      case 'End':
        target = group[group.length - 1];
        break;
      default:
        return false;
    }
    event.preventDefault();
    if (target) {
      this.focused(target);
      target.focus();
    }
    return true;
  }
}
