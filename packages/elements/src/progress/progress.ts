import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
} from 'lit';
import {
  adherenceHighlights,
  recentChange,
  type AdherenceHighlights,
  type ValidationError,
} from '@interlude/core';
import { ChartData } from '../shared/chart/chart-data.js';
import { configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { ChartElement, type NavSeries } from '../shared/chart/chart-element.js';
import { stopPoint } from '../shared/chart/stop-point.js';
import { chartPointStyles, chartStyles } from '../shared/chart/chart.styles.js';
import { bottomAxis, sideAxis, type Frame, type Tick } from '../shared/chart/axes.js';
import { linearScale, valueTicks, type LinearScale } from '../shared/chart/scales.js';
import { seriesLayer, seriesModel, type SeriesModel } from '../shared/chart/series.js';
import { DAY_MS, dayNumber, timeTicks } from '../shared/chart/time.js';
import {
  formatDay,
  formatMoment,
  formatNumber,
  formatTick,
  type ChartFormats,
} from '../shared/chart/formats.js';
import type { DataTable } from '../shared/chart/data-table.js';
import { loadProgressData, parseProgressData } from './progress.data.js';
import { progressStyles } from './progress.styles.js';
import type { ProgressData, ProgressSeries, ProgressTrend } from './progress.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { chartStrings } from '../shared/locales/chart.js';
import { progressStrings } from '../shared/locales/progress.js';

interface Layout {
  readonly frame: Frame;
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly origin: number;
  readonly ticks: readonly Tick[];
}

/** A change of at least this share of the scale reads as "higher" or "lower"; less is "steady". */
const STEADY_SHARE = 0.1;

/**
 * The client's own progress: their completion streak, what they did this week, and their mood
 * (or another tracked item) over recent weeks against their usual range, with a sentence that
 * says what changed. Framed to encourage: it counts what was done and never lists what was
 * missed, uses no warning colours, and a harder week is named gently. The numbers come from
 * `@interlude/core` (`adherenceHighlights` for the streak and the week, `recentChange` for the week against the
 * week before, `personalBaseline` for the usual range).
 *
 * Data comes from the signed-in client through `<il-provider>` (re-read whenever their
 * submissions or assignments change) or from the `data` property.
 *
 * @summary The client's own streak and mood over recent weeks, in encouraging words.
 * @tag il-progress
 *
 * @attr {number} weeks - How many recent weeks to show (1 to 26).
 * @attr series - Id of the tracked item to draw.
 * @attr {number} plot-height - Height of the plot in pixels (at least 80).
 *
 * @fires {IlPointFocusEvent} il-point-focus - A day's value received keyboard focus.
 *
 * @csspart base - The figure holding everything.
 * @csspart title - The heading ("Your progress").
 * @csspart summary - The sentence that says what changed.
 * @csspart highlights - The streak and this week's count.
 * @csspart streak - The streak.
 * @csspart week - This week's count.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The SVG.
 * @csspart axis - Each axis (also `axis-x`, `axis-y`).
 * @csspart band - The client's usual range.
 * @csspart line - The line through their values.
 * @csspart point - A value.
 * @csspart focus-ring - The ring around the value in focus or under the pointer.
 * @csspart tooltip - The read-out next to that value.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart empty - Shown when there is nothing yet.
 * @csspart configuration-notice - Shown when the element is not connected or its data is invalid.
 *
 * @cssprop [--il-progress-accent=var(--il-color-accent, #1a5fb4)] - The streak number, line and points.
 * @cssprop [--il-progress-surface=var(--il-color-surface, #f6f7f9)] - Background of the highlights.
 * @cssprop [--il-chart-band-opacity=0.14] - Opacity of the usual range.
 * @cssprop [--il-chart-surface=var(--il-color-bg, Canvas)] - Background of the plot.
 * @cssprop [--il-chart-tooltip-background=var(--il-color-text, #1c1f24)] - Background of the point tooltip.
 * @cssprop [--il-chart-tooltip-color=var(--il-color-bg, #ffffff)] - Text of the point tooltip.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-progress weeks="4"></il-progress>
 * </il-provider>
 * ```
 */
export class IlProgress extends ChartElement<ProgressData> {
  /** @internal Declared as in `ChartElement`, without decorators (they cost bytes). */
  static override properties: PropertyDeclarations = {
    weeks: { type: Number },
    series: {},
    plotHeight: { type: Number, attribute: 'plot-height' },
    data: { attribute: false },
  };

  /** @internal */
  static override styles = [
    sharedStyles,
    configurationNoticeStyles,
    chartStyles,
    chartPointStyles,
    progressStyles,
  ];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, chartStrings, progressStrings);

  /** How many recent weeks to show (1 to 26). */
  weeks = 4;

  /** Id of the tracked item to draw (default: the first whose higher values are better, usually mood). */
  series = '';

  /** Height of the plot in pixels (at least 80). */
  plotHeight = 160;

  /**
   * Data the vendor holds itself (a tracked `series`, `occurrences`, `now` and `timeZone`); while set, nothing is read from the client.
   * Validated: invalid data shows a configuration notice naming the path (`configurationError`).
   */
  data: ProgressData | undefined = undefined;

  readonly #data = new ChartData(this, this.clients, {
    input: () => this.data,
    parse: parseProgressData,
    collections: ['submissions', 'assignments', 'definitions'],
    args: () => [this.series, this.weeks, this.localize.lang],
    load: (client) => loadProgressData(client, this.series, this.#days(), this.localize.lang),
  });

  #model: SeriesModel<ProgressSeries> | undefined;
  #highlights: AdherenceHighlights | undefined;
  #input: ProgressData | undefined;
  #layout: Layout | undefined;
  #nav: NavSeries[] = [];
  #formats: ChartFormats | undefined;

  get configurationError(): ValidationError | undefined {
    return this.#data.error;
  }

  /** Resolves once the data is read and drawn. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  protected defaultLabel(): string {
    return this.localize.term('chartProgressTitle');
  }

  protected navSeries(): readonly NavSeries[] {
    return this.#nav;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#build();
  }

  protected renderContent() {
    const notReady = this.notReady(this.#data.state);
    if (notReady) return notReady;
    const term = this.localize.term.bind(this.localize);
    const model = this.#model;
    const streak = this.#highlights?.currentStreak ?? 0;
    const done = this.#highlights?.latestWeek?.completed ?? 0;
    const hasValues = model !== undefined && model.values.length > 0;
    return this.renderChart({
      summary: this.#summary(),
      height: Math.max(80, this.plotHeight) + 48,
      ...(hasValues && this.#layout
        ? { plot: this.#plot(model, this.#layout) }
        : { empty: term('chartProgressNoValues') }),
      controls: html`<div part="highlights" class="highlights">
        <p part="streak" class="highlight">
          <span class="number">${formatNumber(this.#formats!, streak, 0)}</span>
          <span>${term('chartProgressStreak', streak)}</span>
        </p>
        <p part="week" class="highlight">
          <span class="number">${formatNumber(this.#formats!, done, 0)}</span>
          <span>${term('chartProgressThisWeek', done)}</span>
        </p>
      </div>`,
      legend: hasValues
        ? html`<ul class="legend">
            <li>
              <svg width="18" height="14" aria-hidden="true">
                <rect class="band" x="0" y="2" width="18" height="10"></rect>
              </svg>
              ${term('chartProgressLegendBand')}
            </li>
          </ul>`
        : nothing,
      table: () => this.#table(),
    });
  }

  #days(): number {
    return Math.min(26, Math.max(1, Math.round(this.weeks))) * 7;
  }

  #build(): void {
    const data = this.#data.current();
    this.#formats = this.formats(data?.timeZone);
    if (data !== this.#input) {
      this.#input = data;
      this.#model = data?.series ? seriesModel(data.series) : undefined;
      this.#highlights = data ? adherenceHighlights(data.occurrences) : undefined;
    }
    const model = this.#model;
    if (!model || model.values.length === 0 || this.width === 0) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    const rtl = this.localize.isRtl;
    const height = Math.max(80, this.plotHeight) + 48;
    const frame: Frame = {
      width: this.width,
      height,
      top: 20,
      bottom: 28,
      left: rtl ? 12 : 32,
      right: rtl ? 32 : 12,
    };
    const first = model.ms[0]!;
    const last = model.ms[model.ms.length - 1]!;
    const pad = last - first < DAY_MS ? 3.5 * DAY_MS : DAY_MS / 2;
    const origin = Math.floor(dayNumber(first));
    const x0 = frame.left;
    const x1 = Math.max(x0 + 1, frame.width - frame.right);
    const x = linearScale(
      [dayNumber(first - pad) - origin, dayNumber(last + pad) - origin],
      rtl ? [x1, x0] : [x0, x1],
    );
    const { min, max } = model.series;
    const inset = (max - min) * 0.06;
    const y = linearScale([min - inset, max + inset], [height - frame.bottom, frame.top]);
    const ticks = timeTicks(
      first - pad,
      last + pad,
      Math.max(2, Math.floor((x1 - x0) / 64)),
      this.#formats.timeZone,
    );
    this.#layout = {
      frame,
      x,
      y,
      origin,
      ticks: ticks.ticks.map((ms) => ({
        at: x(dayNumber(ms) - origin),
        label: formatTick(this.#formats!, ms, ticks.step),
      })),
    };
    const formats = this.#formats;
    this.#nav = [
      {
        key: model.series.id,
        name: model.series.label,
        length: model.values.length,
        at: (index) => [x(dayNumber(model.ms[index]!) - origin), y(model.values[index]!)],
        describe: (index) =>
          this.localize.term(
            'chartProgressPoint',
            model.series.label,
            formatNumber(formats, model.values[index]!),
            formatNumber(formats, max),
            formatDay(formats, model.ms[index]!),
          ),
        time: (index) => model.ms[index],
      },
    ];
  }

  #plot(model: SeriesModel<ProgressSeries>, layout: Layout): SVGTemplateResult {
    const { frame, x, y, origin } = layout;
    const { min, max } = model.series;
    return svg`
      ${sideAxis(
        valueTicks(min, max, 4).map((value) => ({
          at: y(value),
          label: formatNumber(this.#formats!, value),
        })),
        frame,
        this.localize.isRtl,
        model.series.label,
      )}
      ${seriesLayer(model, origin, x, y, (place) => stopPoint(this.tabStop(0), place), false)}
      ${bottomAxis(layout.ticks, frame)}
    `;
  }

  /** How the latest week compares with the one before, for the tracked item's direction. */
  #trend(): ProgressTrend {
    const data = this.#data.current();
    const series = data?.series;
    if (!series) return 'unknown';
    const now = data.now ?? new Date().toISOString();
    const { difference } = recentChange(series.points, { now, days: 7 });
    if (difference === null) return 'unknown';
    const share = difference / (series.max - series.min);
    if (Math.abs(share) < STEADY_SHARE) return 'steady';
    const better = series.direction === 'higher-is-better' ? share > 0 : share < 0;
    return better ? 'better' : 'harder';
  }

  #summary(): string {
    const term = this.localize.term.bind(this.localize);
    const label = this.#data.current()?.series?.label ?? '';
    const streak = this.#highlights?.currentStreak ?? 0;
    const trend = this.#trend();
    const change =
      trend === 'better'
        ? term('chartProgressBetter', label)
        : trend === 'harder'
          ? term('chartProgressHarder', label)
          : trend === 'steady'
            ? term('chartProgressSteady', label)
            : term('chartProgressKeepGoing');
    return streak > 0 ? term('chartProgressSummaryStreak', change, streak) : change;
  }

  #table(): DataTable {
    const term = this.localize.term.bind(this.localize);
    const model = this.#model;
    const formats = this.#formats!;
    return {
      caption: this.label || this.defaultLabel(),
      columns: [term('chartColumnWhen'), model?.series.label ?? term('chartColumnValue')],
      rows: (model?.values ?? []).map((value, index) => [
        formatMoment(formats, model!.ms[index]!),
        formatNumber(formats, value),
      ]),
    };
  }
}
