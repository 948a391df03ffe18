/**
 * The one base of the chart family: what every Interlude chart does the same way.
 *
 * - **Sizing**: the host's width is measured before the first render, and a ResizeObserver on
 *   the host follows it from then on (a chart not laid out yet draws once it reports a width).
 * - **Name and summary**: a visible title (the accessible name of the plot) and a one-sentence
 *   summary that describes it.
 * - **Focusable points**: each series is one tab stop (a roving tabindex); arrow keys move
 *   through its points (Left/Right swap in right-to-left layouts), Home/End jump to the ends,
 *   Page Up/Down move by seven, Up/Down change series (or, in a calendar, move by one day).
 *   The focused point is an `img` whose name reads out its values; only it carries a name, so
 *   a year of daily points does not cost 730 labels.
 * - **Tooltip**: the same read-out next to the point under the pointer or in focus; Escape
 *   hides it (WCAG 1.4.13).
 * - **Data table**: a toggle button shows the chart's data as a table, the text alternative.
 *
 * Subclasses load their data (a `DataController`, or the vendor's `data` property), build their
 * geometry, and render through {@link ChartElement.renderChart}.
 *
 * @module
 */
import {
  LitElement,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import type { InterludeClient, ValidationError } from '@interlude/core';
import { ClientController } from '../internal/client-controller.js';
import type { Localizer } from '../internal/localize.js';
import type { ChartStrings } from '../locales/chart.js';
import { styleProperties } from '../internal/style-properties.js';
import { configurationNotice, notConfiguredNotice } from '../internal/configuration-notice.js';
import type { DataState } from '../internal/data-controller.js';
import { IlPointFocusEvent } from '../events/point-focus.js';
import type { ChartFormats } from './formats.js';
import { renderDataTable, type DataTable } from './data-table.js';

/** One keyboard-navigable series of points, as the base class needs to know it. */
export interface NavSeries {
  /** Stable key: the tab stop is remembered per key across re-renders. */
  readonly key: string;
  /** What the series is, e.g. "Distress" (sent with `il-point-focus`). */
  readonly name: string;
  readonly length: number;
  /** Pixel position of point `index` in the plot SVG. */
  at(index: number): readonly [number, number];
  /** The read-out of point `index`: its accessible name and tooltip text. */
  describe(index: number): string;
  /** The point's instant (ms) or `undefined`, for `il-point-focus`. */
  time?(index: number): number | undefined;
  /** For a calendar: points per column. Up/Down then move by one, Left/Right by a column. */
  readonly columnLength?: number;
}

/** A series' roving tab stop: which of its points is focusable. */
export interface TabStop {
  readonly series: number;
  readonly index: number;
  readonly nav: NavSeries;
}

/** Which point is shown in the tooltip, and why. */
interface Active {
  readonly series: number;
  readonly index: number;
  readonly focused: boolean;
}

/** What {@link ChartElement.renderChart} lays out. */
export interface ChartParts {
  readonly summary: string;
  /** Controls above the plot (series or measure choice). */
  readonly controls?: TemplateResult | typeof nothing;
  /** The plot's SVG content, in pixels (width × height). */
  readonly plot?: SVGTemplateResult;
  readonly height: number;
  /** Shown instead of a plot when there is nothing to draw. */
  readonly empty?: string;
  readonly legend?: TemplateResult | typeof nothing;
  /** Built only while the table is open. */
  readonly table: () => DataTable;
  /** Text under the chart (e.g. streaks), part of the figure. */
  readonly footer?: TemplateResult | typeof nothing;
}

/** How many points Page Up / Page Down move. */
const PAGE = 7;

/**
 * The browser's time zone, the last fallback of {@link ChartElement.zone}: read once, not per
 * render, and only when a chart needs it (a page's first date format is not free, so not at import).
 */
let browserZone: string | undefined;

/**
 * The base class of every chart (see the module notes). The `@attr` tags are for lit-analyzer,
 * which reads `@property()` but not `static properties`; each chart lists its own the same way.
 *
 * @attr label - The chart's accessible name and visible title.
 * @attr client-id - Whose data to chart (the client's id).
 * @attr time-zone - IANA time zone the dates are shown in.
 * @attr {boolean} table-open - Whether the data table is shown.
 *
 * @fires {IlPointFocusEvent} il-point-focus - A point received keyboard focus.
 * @internal
 */
export abstract class ChartElement<Data> extends LitElement {
  /**
   * The reactive properties, declared here rather than with `@property()` on each field: Lit's
   * decorators module and TypeScript's decorate helper would cost every chart about 0.3 kB gzip.
   * Each chart declares its own the same way (Lit adds them to these). @internal
   */
  static override properties: PropertyDeclarations = {
    label: {},
    clientId: { attribute: 'client-id' },
    timeZone: { attribute: 'time-zone' },
    client: { attribute: false },
    tableOpen: { type: Boolean, attribute: 'table-open', reflect: true },
  };

  static {
    // Internal state, not in `properties`, which the manifest documents as public API.
    this.createProperty('width', { state: true });
    this.createProperty('active', { state: true });
  }

  /**
   * The chart's accessible name and visible title. Default: the chart's own, e.g. "Mood and
   * check-ins".
   */
  label = '';

  /** Clinician views: whose data to chart (the client's id), read through `<il-provider>`. */
  clientId = '';

  /**
   * IANA time zone the dates are shown in. Default: the client's own (their latest
   * submission's zone), else the signed-in user's, else the browser's.
   */
  timeZone = '';

  /** A client to use instead of the nearest `<il-provider>`'s. */
  client: InterludeClient | undefined = undefined;

  /** The vendor's own data, declared by each chart with its shape. @internal */
  abstract data: Data | undefined;

  /** Whether the data table is shown (the toggle button sets it). */
  tableOpen = false;

  /**
   * @internal Strings, language and direction: each chart creates its `LocalizeController`
   * with `chartStrings` and its own group.
   */
  protected abstract readonly localize: Localizer<ChartStrings>;
  /** @internal */
  protected readonly clients = new ClientController(this);

  /** @internal The plot's width in pixels, from the ResizeObserver (0 until it first reports). */
  protected width = 0;

  /** @internal */
  private active: Active | undefined = undefined;

  #tooltipDismissed = false;
  readonly #stops = new Map<string, number>();
  #resizeObserver: ResizeObserver | undefined;

  /**
   * The series the keyboard moves through, as laid out for the coming render (compute it in
   * `willUpdate` and return the cached list). @internal
   */
  protected abstract navSeries(): readonly NavSeries[];

  get #nav(): readonly NavSeries[] {
    return this.navSeries();
  }

  /** The default title when `label` is empty. @internal */
  protected abstract defaultLabel(): string;

  /** Why the vendor's `data` was refused, or `undefined`. */
  abstract get configurationError(): ValidationError | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override firstUpdated(): void {
    this.#observe();
  }

  /**
   * Watches a zero-height strip as wide as the chart, not the host: the host's height follows
   * what the chart draws, and watching it would re-enter the observer on every render.
   */
  #observe(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer || this.#resizeObserver) return;
    this.#resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.width = Math.max(0, Math.floor(box.width));
    });
    this.#resizeObserver.observe(sizer);
  }

  /** The chart's content below the width sizer. @internal */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="sizer" aria-hidden="true"></div>
      ${this.renderContent()}`;
  }

  /** Moves focus to the chart's first tab stop (the latest point of the first series). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<SVGElement>('[data-s][tabindex="0"]')?.focus(options);
  }

  /** Formatters for the element's language and the chart's time zone. @internal */
  protected formats(fallbackZone: string | undefined): ChartFormats {
    return { lang: this.localize.lang, timeZone: this.zone(fallbackZone) };
  }

  /** The time zone dates are shown in. @internal */
  protected zone(fallbackZone: string | undefined): string {
    return (
      this.timeZone ||
      fallbackZone ||
      this.clients.client?.user.timeZone ||
      (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone)
    );
  }

  /**
   * What to show while there is no data to chart: the configuration notice, a notice for
   * invalid data, a loading state or a read error; `undefined` when `value` can be charted.
   * @internal
   */
  protected notReady<T>(state: DataState<T>): TemplateResult | undefined {
    const invalid = this.configurationError;
    if (invalid) {
      return configurationNotice(
        this.localize,
        this.localize.term('invalidSettingsTitle'),
        this.localize.term('invalidSettingsBody', invalid.message),
      );
    }
    if (this.data !== undefined) return undefined;
    if (state.status === 'unconfigured') return notConfiguredNotice(this.localize);
    if (state.status === 'error' && state.value === undefined) {
      return html`<p part="status" class="status" role="alert">${this.localize.term('chartLoadFailed')}</p>`;
    }
    if (state.status === 'loading' && state.value === undefined) {
      return html`<p part="status" class="status" role="status">${this.localize.term('chartLoading')}</p>`;
    }
    return undefined;
  }

  /** Renders the figure: title, summary, controls, plot with tooltip, legend, table toggle. @internal */
  protected renderChart(parts: ChartParts): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const active = this.#visibleActive();
    const tooltip = active ? this.#tooltip(active) : undefined;
    return html`<figure part="base" class="chart" dir=${this.localize.dir}>
      <figcaption class="caption">
        <span part="title" class="title" id="title">${this.label || this.defaultLabel()}</span>
        <span part="summary" class="summary" id="summary">${parts.summary}</span>
      </figcaption>
      ${parts.controls ?? nothing}
      ${
        parts.plot && this.width > 0
          ? html`<div
              part="plot"
              class="plot"
              @keydown=${this.#onKeyDown}
              @focusin=${this.#onFocusIn}
              @focusout=${this.#onFocusOut}
              @pointermove=${this.#onPointerMove}
              @pointerleave=${this.#onPointerLeave}
            >
              <svg
                part="svg"
                role="group"
                aria-labelledby="title"
                aria-describedby="summary"
                width=${this.width}
                height=${parts.height}
                viewBox="0 0 ${this.width} ${parts.height}"
              >
                ${parts.plot} ${active ? this.#focusRing(active) : nothing}
              </svg>
              ${
                tooltip
                  ? html`<div
                      part="tooltip"
                      class="tooltip"
                      aria-hidden="true"
                      ${styleProperties({ left: `${tooltip.left}px`, top: `${tooltip.top}px` })}
                    >
                      ${tooltip.text}
                    </div>`
                  : nothing
              }
            </div>`
          : parts.empty
            ? html`<p part="empty" class="empty">${parts.empty}</p>`
            : html`<div class="plot-placeholder" ${styleProperties({ height: `${parts.height}px` })}></div>`
      }
      ${parts.legend ?? nothing} ${parts.footer ?? nothing}
      <button
        part="table-toggle"
        class="table-toggle"
        type="button"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls="data-table"
        @click=${this.#toggleTable}
      >
        ${this.tableOpen ? term('chartHideTable') : term('chartShowTable')}
      </button>
      ${this.tableOpen ? renderDataTable(parts.table(), 'data-table') : nothing}
    </figure>`;
  }

  /**
   * Series `series`' tab stop: the point that holds it (the one last moved to, else the
   * latest), or `undefined` when the series has no points. Drawn by `stopPoint` or `mark`
   * (`stop-point.ts`, `mark.ts`). @internal
   */
  protected tabStop(series: number): TabStop | undefined {
    const nav = this.#nav[series];
    const index = this.#stopOf(series);
    return nav && index >= 0 ? { series, index, nav } : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data')) this.active = undefined;
    // Draw the first frame at the right width: waiting for the ResizeObserver would render
    // twice (its first callback, with the same width, then changes nothing). The computed
    // width is the content width; with padding and border-box sizing the observer corrects it.
    if (!this.width) this.width = Math.floor(parseFloat(getComputedStyle(this).width)) || 0;
  }

  #stopOf(series: number): number {
    const nav = this.#nav[series];
    if (!nav || nav.length === 0) return -1;
    const remembered = this.#stops.get(nav.key);
    return remembered === undefined ? nav.length - 1 : Math.min(Math.max(0, remembered), nav.length - 1);
  }

  #visibleActive(): Active | undefined {
    const active = this.active;
    if (!active || this.#tooltipDismissed) return undefined;
    const nav = this.#nav[active.series];
    return nav && active.index < nav.length ? active : undefined;
  }

  #focusRing(active: Active): SVGTemplateResult {
    const [x, y] = this.#nav[active.series]!.at(active.index);
    return svg`<circle class="focus-ring" part="focus-ring" cx=${x} cy=${y} r="9" aria-hidden="true"></circle>`;
  }

  #tooltip(active: Active): { text: string; left: number; top: number } {
    const nav = this.#nav[active.series]!;
    const [x, y] = nav.at(active.index);
    // Keep it inside the plot: at most 14rem wide, placed by its centre.
    const half = Math.min(112, this.width / 2);
    return { text: nav.describe(active.index), left: Math.min(Math.max(x, half), this.width - half), top: y };
  }

  #target(event: Event): { series: number; index: number } | undefined {
    const element = (event.target as Element | null)?.closest?.('[data-s]');
    if (!element) return undefined;
    return { series: Number(element.getAttribute('data-s')), index: Number(element.getAttribute('data-i')) };
  }

  #onFocusIn(event: FocusEvent): void {
    const target = this.#target(event);
    if (!target) return;
    this.#tooltipDismissed = false;
    this.active = { ...target, focused: true };
    const nav = this.#nav[target.series];
    if (nav) {
      fire(
        this,
        new IlPointFocusEvent({
          series: nav.name,
          index: target.index,
          text: nav.describe(target.index),
          at: nav.time?.(target.index),
        }),
      );
    }
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next) && this.#target({ target: next } as unknown as Event)) return;
    if (this.active?.focused) this.active = undefined;
  }

  #onPointerMove(event: PointerEvent): void {
    if (this.active?.focused) return;
    const svgElement = this.renderRoot.querySelector('svg');
    if (!svgElement) return;
    const box = svgElement.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    let best: Active | undefined;
    let bestDistance = Infinity;
    this.#nav.forEach((nav, series) => {
      const index = nearestIndex(nav, x);
      if (index < 0) return;
      const [px, py] = nav.at(index);
      const distance = Math.hypot(px - x, (py - y) / 4);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { series, index, focused: false };
      }
    });
    // Only near a point: a tooltip across the whole plot would hide the data.
    if (best && bestDistance <= 24) {
      this.#tooltipDismissed = false;
      if (best.series !== this.active?.series || best.index !== this.active.index) this.active = best;
    } else if (this.active) this.active = undefined;
  }

  #onPointerLeave(): void {
    if (this.active && !this.active.focused) this.active = undefined;
  }

  async #onKeyDown(event: KeyboardEvent): Promise<void> {
    if (event.key === 'Escape') {
      if (this.#visibleActive()) {
        this.#tooltipDismissed = true;
        this.requestUpdate();
        event.stopPropagation();
      }
      return;
    }
    const target = this.#target(event);
    if (!target || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = this.#step(target.series, target.index, event.key);
    if (!next) return;
    event.preventDefault();
    const nav = this.#nav[next.series];
    if (!nav) return;
    this.#stops.set(nav.key, next.index);
    this.#tooltipDismissed = false;
    this.active = { ...next, focused: true };
    await this.updateComplete;
    this.renderRoot
      .querySelector<SVGElement>(`[data-s="${next.series}"][data-i="${next.index}"]`)
      ?.focus({ preventScroll: true });
  }

  /** Where a key moves from point `index` of `series`, or `undefined` for keys it ignores. */
  #step(series: number, index: number, key: string): { series: number; index: number } | undefined {
    const nav = this.#nav[series];
    if (!nav) return undefined;
    const last = nav.length - 1;
    const forward = this.localize.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.localize.isRtl ? 'ArrowRight' : 'ArrowLeft';
    const column = nav.columnLength;
    const clamp = (value: number) => ({ series, index: Math.min(Math.max(0, value), last) });
    switch (key) {
      case forward:
        return clamp(index + (column ?? 1));
      case backward:
        return clamp(index - (column ?? 1));
      case 'Home':
        return clamp(0);
      case 'End':
        return clamp(last);
      case 'PageDown':
        return clamp(index + PAGE);
      case 'PageUp':
        return clamp(index - PAGE);
      case 'ArrowDown':
      case 'ArrowUp': {
        if (column !== undefined) return clamp(index + (key === 'ArrowDown' ? 1 : -1));
        const other = series + (key === 'ArrowDown' ? 1 : -1);
        const otherNav = this.#nav[other];
        if (!otherNav || otherNav.length === 0) return undefined;
        return { series: other, index: nearestIndex(otherNav, nav.at(index)[0]) };
      }
      default:
        return undefined;
    }
  }

  #toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }
}

/** The index of the point whose x is nearest `x` (points are in x order, either direction). */
function nearestIndex(nav: NavSeries, x: number): number {
  if (nav.length === 0) return -1;
  let low = 0;
  let high = nav.length - 1;
  const ascending = nav.at(high)[0] >= nav.at(low)[0];
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const px = nav.at(middle)[0];
    if (ascending ? px < x : px > x) low = middle;
    else high = middle;
  }
  return Math.abs(nav.at(low)[0] - x) <= Math.abs(nav.at(high)[0] - x) ? low : high;
}

/** Dispatches `event` from `target` (documented with `@fires` on the class, not inferred by the manifest). */
function fire(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
