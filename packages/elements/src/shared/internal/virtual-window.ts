/**
 * Renders only the rows of a long list that are in (or near) view: the list's scroll container
 * keeps its full height through padding above and below the rendered rows, rows keep their
 * natural (variable) height, measured once rendered, and a row about to receive focus is
 * scrolled into the window first. Short lists (up to `threshold` rows) are rendered whole, so a
 * screen reader's virtual cursor reads them as usual. One job: which rows to render.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link VirtualWindowController}. */
export interface VirtualWindowOptions {
  /** The scrolling element (rendered by the host). */
  readonly viewport: () => HTMLElement | null | undefined;
  /** Lists with at most this many rows are rendered whole. Default 80. */
  readonly threshold?: number;
  /** Height assumed for a row not measured yet, in px. Default 72. */
  readonly estimate?: number;
  /** Extra height rendered above and below the view, in px. Default 600. */
  readonly overscan?: number;
  /** Rendered rows carry `data-virtual-key` with their key; this selects them. */
  readonly rowSelector?: string;
}

/** Which rows to render, and the padding that stands for the others. */
export interface VirtualWindow {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Padding above the first rendered row, in px. */
  readonly before: number;
  /** Padding below the last rendered row, in px. */
  readonly after: number;
  /** Whether the list is windowed at all (longer than the threshold). */
  readonly windowed: boolean;
}

/** Chooses the rows of a long list to render. */
export class VirtualWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: Required<VirtualWindowOptions>;
  readonly #heights = new Map<string, number>();
  #keys: readonly string[] = [];
  #frame: number | undefined;
  #listening: HTMLElement | undefined;
  readonly #onScroll = (): void => {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#host.requestUpdate();
    });
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = {
      threshold: 80,
      estimate: 72,
      overscan: 600,
      rowSelector: '[data-virtual-key]',
      ...options,
    };
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#listening?.removeEventListener('scroll', this.#onScroll);
    this.#listening = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  /** After each render: follow the viewport's scrolling, and measure the rows now rendered. */
  hostUpdated(): void {
    const viewport = this.#options.viewport() ?? undefined;
    if (viewport !== this.#listening) {
      this.#listening?.removeEventListener('scroll', this.#onScroll);
      viewport?.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#listening = viewport;
    }
    if (!viewport || this.#keys.length <= this.#options.threshold) return;
    let changed = false;
    for (const row of viewport.querySelectorAll<HTMLElement>(this.#options.rowSelector)) {
      const key = row.dataset['virtualKey'];
      if (key === undefined) continue;
      const height = row.getBoundingClientRect().height;
      if (height > 0 && Math.abs((this.#heights.get(key) ?? -1) - height) > 0.5) {
        this.#heights.set(key, height);
        changed = true;
      }
    }
    if (changed) this.#host.requestUpdate();
  }

  /** The rows of `keys` to render now (call in `render`). */
  window(keys: readonly string[]): VirtualWindow {
    this.#keys = keys;
    const count = keys.length;
    if (count <= this.#options.threshold)
      return { start: 0, end: count, before: 0, after: 0, windowed: false };
    const viewport = this.#options.viewport();
    const top = (viewport?.scrollTop ?? 0) - this.#options.overscan;
    const bottom = (viewport?.scrollTop ?? 0) + (viewport?.clientHeight || 800) + this.#options.overscan;
    const estimate = this.#estimate();
    let offset = 0;
    let start = 0;
    while (start < count && offset + this.#height(keys[start] as string, estimate) < top) {
      offset += this.#height(keys[start] as string, estimate);
      start += 1;
    }
    const before = offset;
    let end = start;
    while (end < count && offset < bottom) {
      offset += this.#height(keys[end] as string, estimate);
      end += 1;
    }
    let after = 0;
    for (let index = end; index < count; index += 1) after += this.#height(keys[index] as string, estimate);
    return { start, end, before, after, windowed: true };
  }

  /** Scrolls the viewport so row `index` is rendered and in view (before focusing it). */
  reveal(index: number): void {
    const viewport = this.#options.viewport();
    if (!viewport || this.#keys.length <= this.#options.threshold) return;
    const estimate = this.#estimate();
    let top = 0;
    for (let at = 0; at < index && at < this.#keys.length; at += 1)
      top += this.#height(this.#keys[at] as string, estimate);
    const height = this.#height(this.#keys[index] as string, estimate);
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + height > viewport.scrollTop + viewport.clientHeight) {
      viewport.scrollTop = top + height - viewport.clientHeight;
    }
    this.#host.requestUpdate();
  }

  #height(key: string, estimate: number): number {
    return this.#heights.get(key) ?? estimate;
  }

  #estimate(): number {
    if (this.#heights.size === 0) return this.#options.estimate;
    let total = 0;
    for (const height of this.#heights.values()) total += height;
    return total / this.#heights.size;
  }
}
