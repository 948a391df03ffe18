import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
} from 'lit';
import type { BaselinePosition, ValidationError } from '@interlude/core';
import { ChartData } from '../shared/chart/chart-data.js';
import { configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { ChartElement, type NavSeries } from '../shared/chart/chart-element.js';
import { stopPoint } from '../shared/chart/stop-point.js';
import { chartControlsStyles, chartPointStyles, chartStyles } from '../shared/chart/chart.styles.js';
import { bottomAxis, sideAxis, type Frame, type Tick } from '../shared/chart/axes.js';
import { linearScale, valueTicks, type LinearScale } from '../shared/chart/scales.js';
import { round, seriesLayer, seriesModel, type SeriesModel } from '../shared/chart/series.js';
import { DAY_MS, dayNumber, timeTicks } from '../shared/chart/time.js';
import {
  formatDate,
  formatDayTime,
  formatMoment,
  formatNumber,
  formatTick,
  type ChartFormats,
} from '../shared/chart/formats.js';
import type { DataTable } from '../shared/chart/data-table.js';
import { parseMoodChartData } from './mood-chart.data.js';
import { loadCheckIns } from '../shared/chart/loaders.js';
import { moodChartStyles } from './mood-chart.styles.js';
import type { MoodChartData, MoodChartSeries } from './mood-chart.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { chartStrings } from '../shared/locales/chart.js';
import { moodChartStrings } from '../shared/locales/mood-chart.js';

/** Everything drawn, for one width. */
interface Layout {
  readonly height: number;
  readonly x: LinearScale;
  readonly origin: number;
  readonly laneY: number;
  readonly panels: readonly {
    model: SeriesModel<MoodChartSeries>;
    y: LinearScale;
    frame: Frame;
    top: number;
    bottom: number;
  }[];
  readonly timeFrame: Frame;
  readonly timeTicks: readonly Tick[];
}

const MARGIN_START = 40;
const MARGIN_END = 14;
const PANEL_GAP = 28;
const LANE = 26;
const AXIS = 28;

/**
 * Check-in values over time — mood, distress, any tracked item — each in its own panel over one
 * time axis, drawn against the client's own baseline band (the usual range of their previous
 * 14 check-ins, from `@interlude/core`'s `personalBaseline`), with completed activities marked on
 * the time line, so "distress spiked on Thursday, the day after the values exercise" is visible.
 * Values outside the usual range are drawn as squares, not only in another colour.
 *
 * Data comes from the client's submissions (set `client-id` inside `<il-provider>`; re-read
 * whenever submissions or definitions change) or from the `data` property.
 *
 * Keyboard: Tab reaches the activities lane and each panel; arrow keys move through the points
 * (Left/Right swap in right-to-left layouts), Up/Down change panel, Home/End jump to the ends,
 * Page Up/Down move by seven; each point reads out its value, date and baseline position.
 *
 * @summary The clinician's chart of a client's check-in values with their baseline band and activities.
 * @tag il-mood-chart
 *
 * @attr series - Ids of the series to show, comma-separated (default: all).
 * @attr {number} plot-height - Height of each series' plot in pixels (at least 80).
 *
 * @fires {IlPointFocusEvent} il-point-focus - A point received keyboard focus; `detail` says which and what it reads.
 *
 * @csspart base - The figure holding everything.
 * @csspart title - The chart's name (also the plot's accessible name).
 * @csspart summary - The one-sentence summary.
 * @csspart controls - The series checkboxes.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The SVG.
 * @csspart axis - Each axis (also `axis-x`, `axis-y`).
 * @csspart band - The usual-range band.
 * @csspart line - A series line.
 * @csspart point - A check-in value (also `outside` when beyond the usual range).
 * @csspart activity - A completed activity on the time line.
 * @csspart focus-ring - The ring around the point in focus or under the pointer.
 * @csspart tooltip - The read-out next to that point.
 * @csspart legend - The key to shapes and bands.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart empty - The message shown when there is nothing to chart.
 * @csspart configuration-notice - Shown instead of the chart when it is not connected or its data is invalid.
 *
 * @cssprop [--il-chart-line-color=var(--il-color-accent, #1a5fb4)] - Series lines.
 * @cssprop [--il-chart-line-width=2px] - Width of the lines.
 * @cssprop [--il-chart-point-color=var(--il-color-accent, #1a5fb4)] - Points.
 * @cssprop [--il-chart-point-size=8px] - Diameter of a point.
 * @cssprop [--il-chart-band-color=var(--il-color-accent, #1a5fb4)] - The usual-range band.
 * @cssprop [--il-chart-band-opacity=0.14] - Its opacity.
 * @cssprop [--il-chart-grid-color=var(--il-color-border, #767d88)] - Grid lines.
 * @cssprop [--il-chart-axis-color=var(--il-color-text-muted, #4f5661)] - Axis lines and labels.
 * @cssprop [--il-chart-font-size=0.75rem] - Axis label size.
 * @cssprop [--il-mood-chart-activity-color=var(--il-color-text, #1c1f24)] - Activity markers and guides.
 * @cssprop [--il-chart-surface=var(--il-color-bg, Canvas)] - Background of the plot.
 * @cssprop [--il-chart-tooltip-background=var(--il-color-text, #1c1f24)] - Background of the point tooltip.
 * @cssprop [--il-chart-tooltip-color=var(--il-color-bg, #ffffff)] - Text of the point tooltip.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-mood-chart client-id="c-1042"></il-mood-chart>
 * </il-provider>
 * ```
 */
export class IlMoodChart extends ChartElement<MoodChartData> {
  /** @internal Declared as in `ChartElement`, without decorators (they cost bytes). */
  static override properties: PropertyDeclarations = {
    series: {},
    plotHeight: { type: Number, attribute: 'plot-height' },
    data: { attribute: false },
  };

  static {
    // Internal state, not in `properties`, which the manifest documents as public API.
    this.createProperty('hiddenSeries', { state: true });
  }

  /** @internal */
  static override styles = [
    sharedStyles,
    configurationNoticeStyles,
    chartStyles,
    chartPointStyles,
    chartControlsStyles,
    moodChartStyles,
  ];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, chartStrings, moodChartStrings);

  /** Ids of the series to show, comma-separated (default: all). The checkboxes change what is shown. */
  series = '';

  /** Height of each series' plot in pixels (at least 80). */
  plotHeight = 140;

  /** @internal Series the person unticked. */
  private hiddenSeries: ReadonlySet<string> = new Set();

  /**
   * Data the vendor holds itself (series (each with `points: [{ at, value }]`), `activities` and `timeZone`); while set, nothing is read from the client.
   * Validated: invalid data shows a configuration notice naming the path (`configurationError`).
   */
  data: MoodChartData | undefined = undefined;

  readonly #data = new ChartData(this, this.clients, {
    input: () => this.data,
    parse: parseMoodChartData,
    collections: ['submissions', 'definitions'],
    args: () => [this.clientId, this.localize.lang],
    load: (client) => loadCheckIns(client, this.clientId || client.user.id, this.localize.lang),
  });

  readonly #models = new Map<string, SeriesModel<MoodChartSeries>>();
  #layout: Layout | undefined;
  #nav: NavSeries[] = [];
  #formats: ChartFormats | undefined;
  #activities: { ms: number; title: string }[] = [];

  get configurationError(): ValidationError | undefined {
    return this.#data.error;
  }

  /** Resolves once the data is read and drawn (for tests and hosts that wait). */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  protected defaultLabel(): string {
    return this.localize.term('chartMoodTitle');
  }

  protected navSeries(): readonly NavSeries[] {
    return this.#nav;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('series')) {
      const shown = new Set(
        this.series
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      );
      this.hiddenSeries = new Set(
        shown.size === 0
          ? []
          : (this.#data.current()?.series ?? []).map((s) => s.id).filter((id) => !shown.has(id)),
      );
    }
    this.#build();
  }

  protected renderContent() {
    const notReady = this.notReady(this.#data.state);
    if (notReady) return notReady;
    const data = this.#data.current();
    const formats = this.#formats!;
    const term = this.localize.term.bind(this.localize);
    const layout = this.#layout;
    const visible = this.#visibleModels();
    return this.renderChart({
      summary: this.#summary(visible, formats),
      controls: this.#controls(data?.series ?? []),
      height: layout?.height ?? this.#height(visible.length),
      ...(layout && visible.some((model) => model.values.length > 0)
        ? { plot: this.#plot(layout) }
        : { empty: term('chartMoodEmpty') }),
      legend: html`<ul part="legend" class="legend">
        <li>
          <svg width="14" height="14" aria-hidden="true"><path class="point" d="M7 7h0"></path></svg
          >${term('chartMoodLegendValue')}
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true"><path class="point square" d="M7 7h0"></path></svg
          >${term('chartMoodLegendOutside')}
        </li>
        <li>
          <svg width="18" height="14" aria-hidden="true">
            <rect class="band" x="0" y="2" width="18" height="10"></rect></svg
          >${term('chartMoodLegendBand')}
        </li>
        ${
          this.#activities.length > 0
            ? html`<li>
                <svg width="14" height="14" aria-hidden="true">
                  <path class="activity-marker" d="M7 2V12"></path></svg
                >${term('chartMoodLegendActivity')}
              </li>`
            : nothing
        }
      </ul>`,
      table: () => this.#table(visible, formats),
    });
  }

  #visibleModels(): SeriesModel<MoodChartSeries>[] {
    const data = this.#data.current();
    return (data?.series ?? [])
      .filter((series) => !this.hiddenSeries.has(series.id))
      .map((series) => this.#model(series));
  }

  /** The derived values of a series, reused while its points are unchanged; an append extends them. */
  /** The derived values of a series, reused while the series is unchanged. */
  #model(series: MoodChartSeries): SeriesModel<MoodChartSeries> {
    const cached = this.#models.get(series.id);
    if (cached?.series === series) return cached;
    const model = seriesModel(series, cached);
    this.#models.set(series.id, model);
    return model;
  }

  #height(panels: number): number {
    const lane = this.#activities.length > 0 ? LANE : 0;
    const plot = Math.max(80, this.plotHeight);
    return lane + Math.max(1, panels) * (plot + PANEL_GAP) + AXIS;
  }

  /** Lays out the visible series for the current width, and the keyboard's view of it. */
  #build(): void {
    const data = this.#data.current();
    this.#formats = this.formats(data?.timeZone);
    this.#activities = (data?.activities ?? [])
      .map((activity) => ({ ms: Date.parse(activity.at), title: activity.title }))
      .sort((a, b) => a.ms - b.ms);
    const models = this.#visibleModels();
    const all = [
      ...models.flatMap((model) => [model.ms[0], model.ms[model.ms.length - 1]]),
      ...this.#activities.map((a) => a.ms),
    ].filter((ms): ms is number => ms !== undefined);
    if (this.width === 0 || all.length === 0 || models.length === 0) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    const rtl = this.localize.isRtl;
    const first = Math.min(...all);
    const last = Math.max(...all);
    // Half a day either side; a single day gets a week so one point is not squeezed to an edge.
    const pad = last - first < DAY_MS ? 3.5 * DAY_MS : DAY_MS / 2;
    const origin = Math.floor(dayNumber(first));
    const left = rtl ? MARGIN_END : MARGIN_START;
    const right = rtl ? MARGIN_START : MARGIN_END;
    const x0 = left;
    const x1 = Math.max(left + 1, this.width - right);
    const x = linearScale(
      [dayNumber(first - pad) - origin, dayNumber(last + pad) - origin],
      rtl ? [x1, x0] : [x0, x1],
    );
    const height = this.#height(models.length);
    const lane = this.#activities.length > 0 ? LANE : 0;
    const plot = Math.max(80, this.plotHeight);
    const panels = models.map((model, index) => {
      const top = lane + index * (plot + PANEL_GAP) + PANEL_GAP - 6;
      const bottom = top + plot;
      const { min, max } = model.series;
      const inset = (max - min) * 0.06;
      const y = linearScale([min - inset, max + inset], [bottom, top]);
      const frame: Frame = { width: this.width, height, top, bottom: height - bottom, left, right };
      return { model, y, frame, top, bottom };
    });
    const lastPanel = panels[panels.length - 1]!;
    const ticks = timeTicks(
      first - pad,
      last + pad,
      Math.max(2, Math.floor((x1 - x0) / 64)),
      this.#formats.timeZone,
    );
    this.#layout = {
      height,
      x,
      origin,
      laneY: lane / 2 + 2,
      panels,
      timeFrame: { ...lastPanel.frame, bottom: height - lastPanel.bottom },
      timeTicks: ticks.ticks.map((ms) => ({
        at: x(dayNumber(ms) - origin),
        label: formatTick(this.#formats!, ms, ticks.step),
      })),
    };
    this.#nav = this.#navFor(this.#layout);
  }

  #navFor(layout: Layout): NavSeries[] {
    const formats = this.#formats!;
    const term = this.localize.term.bind(this.localize);
    const px = (ms: number) => layout.x(dayNumber(ms) - layout.origin);
    const nav: NavSeries[] = [];
    if (this.#activities.length > 0) {
      const activities = this.#activities;
      nav.push({
        key: 'activities',
        name: term('chartMoodLegendActivity'),
        length: activities.length,
        at: (index) => [px(activities[index]!.ms), layout.laneY],
        describe: (index) =>
          term(
            'chartMoodActivityPoint',
            activities[index]!.title,
            formatDayTime(formats, activities[index]!.ms),
          ),
        time: (index) => activities[index]?.ms,
      });
    }
    for (const { model, y } of layout.panels) {
      nav.push({
        key: model.series.id,
        name: model.series.label,
        length: model.values.length,
        at: (index) => [px(model.ms[index]!), y(model.values[index]!)],
        describe: (index) => this.#describe(model, index, formats),
        time: (index) => model.ms[index],
      });
    }
    return nav;
  }

  /** "above your usual range", "below …", "within …"; empty without a baseline. */
  #where(position: BaselinePosition | null | undefined): string {
    const term = this.localize.term.bind(this.localize);
    return position === 'above'
      ? term('chartAboveUsual')
      : position === 'below'
        ? term('chartBelowUsual')
        : position === 'within'
          ? term('chartWithinUsual')
          : '';
  }

  #describe(model: SeriesModel<MoodChartSeries>, index: number, formats: ChartFormats): string {
    const term = this.localize.term.bind(this.localize);
    const { label, max } = model.series;
    const value = formatNumber(formats, model.values[index]!);
    const when = formatDayTime(formats, model.ms[index]!);
    const band = model.bands[index];
    const where = this.#where(model.positions[index]);
    return term(
      'chartMoodPoint',
      label,
      value,
      formatNumber(formats, max),
      when,
      band
        ? `${where} (${formatNumber(formats, band.low)}–${formatNumber(formats, band.high)})`
        : term('chartNoBaseline'),
    );
  }

  #plot(layout: Layout): SVGTemplateResult {
    const rtl = this.localize.isRtl;
    const offset = this.#activities.length > 0 ? 1 : 0;
    const { x, origin } = layout;
    const lastBottom = layout.panels[layout.panels.length - 1]!.bottom;
    return svg`
      ${this.#activities.length > 0 ? this.#activityLane(layout, lastBottom) : nothing}
      ${layout.panels.map(({ model, y, frame }, index) => {
        const yTicks = valueTicks(
          model.series.min,
          model.series.max,
          Math.max(2, Math.floor((frame.height - frame.top - frame.bottom) / 32)),
        );
        const series = index + offset;
        return svg`<g class="panel" part="panel">
          ${sideAxis(
            yTicks.map((value) => ({ at: y(value), label: formatNumber(this.#formats!, value) })),
            frame,
            rtl,
            model.series.label,
          )}
          ${seriesLayer(model, origin, x, y, (place) => stopPoint(this.tabStop(series), place), true)}
        </g>`;
      })}
      ${bottomAxis(layout.timeTicks, layout.timeFrame)}
    `;
  }

  #activityLane(layout: Layout, bottom: number): SVGTemplateResult {
    const { x, origin, laneY } = layout;
    const xs = this.#activities.map((activity) => round(dayNumber(activity.ms) - origin));
    const guides = xs.map((value) => `M${value} ${laneY}V${bottom}`).join('');
    return svg`<g class="activities" part="activities">
      <g transform="matrix(${x.k} 0 0 1 ${x(0)} 0)">
        <path class="activity-guide" vector-effect="non-scaling-stroke" d=${guides}></path>
        <path class="point dots square activity" part="activities" d=${xs.map((value) => `M${value} ${laneY}h0`).join('')}></path>
        ${stopPoint(this.tabStop(0), (i) => ({ x: xs[i]!, y: laneY, kind: 'activity', shape: 'square' }))}
      </g>
    </g>`;
  }

  #controls(series: readonly MoodChartSeries[]) {
    if (series.length < 2) return nothing;
    return html`<fieldset part="controls" class="controls">
      <legend class="visually-hidden">${this.localize.term('chartSeriesLegend')}</legend>
      ${series.map(
        (entry) =>
          html`<label>
            <input
              type="checkbox"
              .checked=${!this.hiddenSeries.has(entry.id)}
              @change=${(event: Event) => this.#toggle(entry.id, (event.target as HTMLInputElement).checked)}
            />${entry.label}
          </label>`,
      )}
    </fieldset>`;
  }

  #toggle(id: string, shown: boolean): void {
    const hidden = new Set(this.hiddenSeries);
    if (shown) hidden.delete(id);
    else hidden.add(id);
    this.hiddenSeries = hidden;
  }

  #summary(models: readonly SeriesModel<MoodChartSeries>[], formats: ChartFormats): string {
    const term = this.localize.term.bind(this.localize);
    // One series' times are already sorted (the usual case, and a year of them): no set, no sort.
    const times =
      models.length === 1
        ? models[0]!.ms.filter((ms, index, all) => index === 0 || ms !== all[index - 1])
        : [...new Set(models.flatMap((model) => model.ms))].sort((a, b) => a - b);
    if (times.length === 0) return term('chartMoodEmpty');
    const latest = models
      .filter((model) => model.values.length > 0)
      .map((model) => {
        const index = model.values.length - 1;
        const band = model.bands[index];
        const value = formatNumber(formats, model.values[index]!);
        if (!band) return `${model.series.label} ${value}`;
        return term(
          'chartMoodLatest',
          model.series.label,
          value,
          this.#where(model.positions[index]),
          formatNumber(formats, band.low),
          formatNumber(formats, band.high),
        );
      });
    return term(
      'chartMoodSummary',
      times.length,
      formatDate(formats, times[0]!),
      formatDate(formats, times[times.length - 1]!),
      latest.join('; '),
    );
  }

  #table(models: readonly SeriesModel<MoodChartSeries>[], formats: ChartFormats): DataTable {
    const term = this.localize.term.bind(this.localize);
    const rows: { ms: number; cells: string[] }[] = [];
    for (const model of models) {
      model.values.forEach((value, index) => {
        const band = model.bands[index];
        const position = model.positions[index];
        rows.push({
          ms: model.ms[index]!,
          cells: [
            formatMoment(formats, model.ms[index]!),
            model.series.label,
            formatNumber(formats, value),
            band
              ? term('chartUsualRange', formatNumber(formats, band.low), formatNumber(formats, band.high))
              : term('chartNoBaseline'),
            position === 'within' ? '' : this.#where(position),
          ],
        });
      });
    }
    for (const activity of this.#activities) {
      rows.push({
        ms: activity.ms,
        cells: [formatMoment(formats, activity.ms), term('chartMoodLegendActivity'), activity.title, '', ''],
      });
    }
    rows.sort((a, b) => a.ms - b.ms);
    return {
      caption: this.label || this.defaultLabel(),
      columns: [
        term('chartColumnWhen'),
        term('chartColumnSeries'),
        term('chartColumnValue'),
        term('chartColumnUsual'),
        term('chartColumnNote'),
      ],
      rows: rows.map((row) => row.cells),
    };
  }
}
