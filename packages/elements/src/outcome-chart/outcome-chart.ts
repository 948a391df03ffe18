import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
} from 'lit';
import {
  changeThreshold,
  localizedText,
  measureTotalRange,
  outcomeTrajectory,
  type ChangeClassification,
  type ChangeThreshold,
  type OutcomeTrajectory,
  type ValidationError,
} from '@interlude/core';
import { ChartData } from '../shared/chart/chart-data.js';
import { styleProperties } from '../shared/internal/style-properties.js';
import { configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { ChartElement, type NavSeries } from '../shared/chart/chart-element.js';
import { mark } from '../shared/chart/mark.js';
import { chartControlsStyles, chartMarkStyles, chartStyles } from '../shared/chart/chart.styles.js';
import { bottomAxis, plotBox, sideAxis, type Frame, type Tick } from '../shared/chart/axes.js';
import { linearScale, valueTicks, type LinearScale } from '../shared/chart/scales.js';
import { linePath, type LinePoint } from '../shared/chart/shapes.js';
import { DAY_MS, timeTicks } from '../shared/chart/time.js';
import {
  formatDate,
  formatDay,
  formatNumber,
  formatTick,
  type ChartFormats,
} from '../shared/chart/formats.js';
import type { DataTable } from '../shared/chart/data-table.js';
import { loadOutcomeChartData, parseOutcomeChartData } from './outcome-chart.data.js';
import { outcomeChartStyles } from './outcome-chart.styles.js';
import type { OutcomeChartData, OutcomeChartMeasure, OutcomeMark } from './outcome-chart.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { chartStrings } from '../shared/locales/chart.js';
import { outcomeChartStrings } from '../shared/locales/outcome-chart.js';

/** One measure as drawn. */
interface Model {
  readonly measure: OutcomeChartMeasure;
  readonly title: string;
  readonly trajectory: OutcomeTrajectory;
  readonly ms: readonly number[];
  readonly threshold: ChangeThreshold | null;
  readonly range: { readonly min: number; readonly max: number };
}

interface Layout {
  readonly frame: Frame;
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly timeTicks: readonly Tick[];
}

const HEIGHT_EXTRA = 52;

/**
 * A measure's totals over time (PHQ-9, GAD-7, WHO-5, …) drawn on the instrument's severity
 * bands, with its caseness cut-off and the reliable-change zone around the baseline, and every
 * later total marked by its change against that baseline as `@interlude/core` classifies it
 * (`classifyChange`: reliable improvement or deterioration by the instrument's published
 * threshold, and recovery where the instrument defines caseness). Improvement and
 * deterioration are drawn as triangles pointing the way the score moved, the baseline as a
 * ring: never by colour alone.
 *
 * Data comes from the client's scored submissions (set `client-id` inside `<il-provider>`; re-read
 * whenever submissions, scores or definitions change) or from the `data` property. With several
 * measures a picker chooses one; `measure` sets it.
 *
 * @summary The clinician's chart of a client's questionnaire scores with severity bands and reliable change.
 * @tag il-outcome-chart
 *
 * @attr measure - Id of the measure to show (e.g. `phq-9`); default: the one scored most recently.
 * @attr {number} plot-height - Height of the plot in pixels (at least 120).
 *
 * @fires {IlPointFocusEvent} il-point-focus - A score received keyboard focus.
 *
 * @csspart base - The figure holding everything.
 * @csspart title - The chart's name.
 * @csspart summary - The one-sentence summary, e.g. "PHQ-9 went from 18 to 9 over 8 weeks: reliable improvement".
 * @csspart controls - The measure picker.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The SVG.
 * @csspart axis - Each axis (also `axis-x`, `axis-y`).
 * @csspart severity-band - A severity band (also `band-<id>`).
 * @csspart caseness - The caseness line.
 * @csspart change-zone - The no-reliable-change zone around the baseline.
 * @csspart line - The line through the totals.
 * @csspart mark - A total (also `baseline`, `no-change`, `improvement`, `deterioration`, `unknown`).
 * @csspart focus-ring - The ring around the total in focus or under the pointer.
 * @csspart tooltip - The read-out next to that total.
 * @csspart legend - The key to the marks.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart empty - The message shown when there is nothing to chart.
 * @csspart configuration-notice - Shown when the chart is not connected or its data is invalid.
 *
 * @cssprop [--il-outcome-chart-band-color=var(--il-color-text-muted, #4f5661)] - Severity band fill (stronger for worse bands).
 * @cssprop [--il-outcome-chart-caseness-color=var(--il-color-text, #1c1f24)] - The caseness line.
 * @cssprop [--il-chart-line-color=var(--il-color-accent, #1a5fb4)] - The line through the totals.
 * @cssprop [--il-chart-point-color=var(--il-color-accent, #1a5fb4)] - The marks.
 * @cssprop [--il-chart-axis-color=var(--il-color-text-muted, #4f5661)] - Axis lines and labels.
 * @cssprop [--il-chart-font-size=0.75rem] - Axis and band label size.
 * @cssprop [--il-chart-surface=var(--il-color-bg, Canvas)] - Background of the plot.
 * @cssprop [--il-chart-tooltip-background=var(--il-color-text, #1c1f24)] - Background of the point tooltip.
 * @cssprop [--il-chart-tooltip-color=var(--il-color-bg, #ffffff)] - Text of the point tooltip.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-outcome-chart client-id="c-1042" measure="phq-9"></il-outcome-chart>
 * </il-provider>
 * ```
 */
export class IlOutcomeChart extends ChartElement<OutcomeChartData> {
  /** @internal Declared as in `ChartElement`, without decorators (they cost bytes). */
  static override properties: PropertyDeclarations = {
    measure: { reflect: true },
    plotHeight: { type: Number, attribute: 'plot-height' },
    data: { attribute: false },
  };

  /** @internal */
  static override styles = [
    sharedStyles,
    configurationNoticeStyles,
    chartStyles,
    chartControlsStyles,
    chartMarkStyles,
    outcomeChartStyles,
  ];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, chartStrings, outcomeChartStrings);

  /** Id of the measure to show (e.g. `phq-9`); default: the one scored most recently. */
  measure = '';

  /** Height of the plot in pixels (at least 120). */
  plotHeight = 240;

  /**
   * Data the vendor holds itself (`measures` (each a `definition` and `points: [{ at, total }]`) and `timeZone`); while set, nothing is read from the client.
   * Validated: invalid data shows a configuration notice naming the path (`configurationError`).
   */
  data: OutcomeChartData | undefined = undefined;

  readonly #data = new ChartData(this, this.clients, {
    input: () => this.data,
    parse: parseOutcomeChartData,
    collections: ['submissions', 'scores', 'definitions'],
    args: () => [this.clientId],
    load: (client) => loadOutcomeChartData(client, this.clientId || client.user.id),
  });

  #models = new WeakMap<OutcomeChartMeasure, Model>();
  #model: Model | undefined;
  #layout: Layout | undefined;
  #nav: NavSeries[] = [];
  #formats: ChartFormats | undefined;
  #error: ValidationError | undefined;

  get configurationError(): ValidationError | undefined {
    return this.#data.error ?? this.#error;
  }

  /** Resolves once the data is read and drawn. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  protected defaultLabel(): string {
    return this.localize.term('chartOutcomeTitle');
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
    const formats = this.#formats!;
    const measures = this.#data.current()?.measures ?? [];
    const scorable = model ? model.trajectory.latest !== null : false;
    return this.renderChart({
      summary: model ? this.#summary(model, formats) : term('chartOutcomeEmpty'),
      controls: this.#controls(measures),
      height: this.#height(),
      ...(model && scorable && this.#layout
        ? { plot: this.#plot(model, this.#layout) }
        : { empty: term('chartOutcomeEmpty') }),
      legend: model ? this.#legend(model) : nothing,
      table: () => this.#table(model, formats),
    });
  }

  /** The measure shown: `measure`, else the one with the latest total. */
  #chosen(measures: readonly OutcomeChartMeasure[]): OutcomeChartMeasure | undefined {
    const named = measures.find((entry) => entry.definition.id === this.measure);
    if (named) return named;
    const latest = (entry: OutcomeChartMeasure) =>
      Math.max(...entry.points.map((point) => Date.parse(point.at)), -Infinity);
    return [...measures].sort((a, b) => latest(b) - latest(a))[0];
  }

  #modelOf(measure: OutcomeChartMeasure): Model {
    const cached = this.#models.get(measure);
    if (cached && cached.title === localizedText(measure.definition.title, this.localize.lang)) return cached;
    const definition = measure.definition;
    const trajectory = outcomeTrajectory(definition, measure.points);
    // Reliable change where the instrument publishes it, else a clinically meaningful change
    // (core decides; the words differ, so nothing is called reliable that is not).
    const threshold = changeThreshold(definition);
    const model: Model = {
      measure,
      title: localizedText(definition.title, this.localize.lang),
      trajectory,
      ms: trajectory.points.map((point) => Date.parse(point.at)),
      threshold,
      range: measureTotalRange(definition),
    };
    this.#models.set(measure, model);
    return model;
  }

  #height(): number {
    return Math.max(120, this.plotHeight) + HEIGHT_EXTRA;
  }

  #build(): void {
    const data = this.#data.current();
    this.#formats = this.formats(data?.timeZone);
    this.#error = undefined;
    const chosen = data ? this.#chosen(data.measures) : undefined;
    try {
      this.#model = chosen ? this.#modelOf(chosen) : undefined;
    } catch (error) {
      // A stored total outside its definition's range: say so rather than draw it wrongly.
      this.#error = error as ValidationError;
      this.#model = undefined;
    }
    const model = this.#model;
    if (!model || this.width === 0 || model.trajectory.latest === null) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    const rtl = this.localize.isRtl;
    const height = this.#height();
    const frame: Frame = {
      width: this.width,
      height,
      top: 20,
      bottom: 32,
      left: rtl ? 14 : 40,
      right: rtl ? 40 : 14,
    };
    const box = plotBox(frame);
    const times = model.ms.filter((_, index) => model.trajectory.points[index]!.total !== null);
    const first = Math.min(...times);
    const last = Math.max(...times);
    const pad = Math.max(2 * DAY_MS, (last - first) * 0.04);
    // Room inside the plot for the band labels at the end side.
    const labelRoom = Math.min(120, (box.x1 - box.x0) * 0.28);
    const x = linearScale(
      [first - pad, last + pad],
      rtl ? [box.x1, box.x0 + labelRoom] : [box.x0, box.x1 - labelRoom],
    );
    const y = linearScale([model.range.min, model.range.max], [box.y1, box.y0]);
    const ticks = timeTicks(
      first - pad,
      last + pad,
      Math.max(2, Math.floor((box.x1 - box.x0 - labelRoom) / 80)),
      this.#formats.timeZone,
    );
    this.#layout = {
      frame,
      x,
      y,
      timeTicks: ticks.ticks.map((ms) => ({ at: x(ms), label: formatTick(this.#formats!, ms, ticks.step) })),
    };
    const points = model.trajectory.points;
    const shown = points
      .map((point, index) => ({ point, index }))
      .filter(({ point }) => point.total !== null);
    this.#nav = [
      {
        key: model.measure.definition.id,
        name: model.title,
        length: shown.length,
        at: (index) => {
          const entry = shown[index]!;
          return [x(model.ms[entry.index]!), y(entry.point.total!)];
        },
        describe: (index) => this.#describe(model, shown[index]!.index),
        time: (index) => model.ms[shown[index]!.index],
      },
    ];
  }

  #mark(model: Model, index: number): OutcomeMark {
    if (index === model.trajectory.baseline) return 'baseline';
    const change = model.trajectory.points[index]?.change;
    return change?.known ? changeMark(change) : 'unknown';
  }

  /**
   * A classified change in words by the threshold's basis: "reliable improvement", "clinically
   * meaningful deterioration", "no reliable change", … (the legend names the same three).
   */
  #markWords(model: Model, mark: ChangeMark): string {
    const meaningful = model.threshold?.basis === 'meaningful-change';
    return this.localize.term(
      mark === 'improvement'
        ? meaningful
          ? 'chartOutcomeMeaningfulImprovement'
          : 'chartOutcomeReliableImprovement'
        : mark === 'deterioration'
          ? meaningful
            ? 'chartOutcomeMeaningfulDeterioration'
            : 'chartOutcomeReliableDeterioration'
          : meaningful
            ? 'chartOutcomeNoMeaningfulChange'
            : 'chartOutcomeNoReliableChange',
    );
  }

  /** {@link #markWords} of a point's change, with recovery; "change not classifiable" when unknown. */
  #changeWords(model: Model, change: ChangeClassification | null): string {
    const term = this.localize.term.bind(this.localize);
    if (!change?.known || !model.threshold) return term('chartOutcomeChangeUnknown');
    const words = this.#markWords(model, changeMark(change));
    return change.reliablyRecovered ? term('chartOutcomeRecovered', words) : words;
  }

  #describe(model: Model, index: number): string {
    const term = this.localize.term.bind(this.localize);
    const formats = this.#formats!;
    const point = model.trajectory.points[index]!;
    const band = point.band ? localizedText(point.band.label, this.localize.lang) : '';
    const total = formatNumber(formats, point.total ?? 0);
    const when = formatDay(formats, model.ms[index]!);
    if (index === model.trajectory.baseline)
      return term('chartOutcomeBaselinePoint', model.title, total, band, when);
    const baseline = model.trajectory.points[model.trajectory.baseline ?? 0]!;
    return term(
      'chartOutcomePoint',
      model.title,
      total,
      band,
      when,
      this.#changeWords(model, point.change),
      formatNumber(formats, baseline.total ?? 0),
    );
  }

  #plot(model: Model, layout: Layout): SVGTemplateResult {
    const rtl = this.localize.isRtl;
    const { frame, x, y } = layout;
    const box = plotBox(frame);
    const lang = this.localize.lang;
    const definition = model.measure.definition;
    const bands = definition.scoring.bands;
    const worseUp = definition.scoring.direction === 'higher-is-worse';
    const labelX = rtl ? box.x0 + 4 : box.x1 - 4;
    const points = model.trajectory.points;
    const baseline = model.trajectory.baseline;
    const baselineTotal = baseline === null ? null : points[baseline]!.total;
    const caseness = definition.scoring.caseness;
    const line: LinePoint[] = points.map((point, index) =>
      point.total === null ? null : [x(model.ms[index]!), y(point.total)],
    );
    // The no-reliable-change zone around the baseline, from its top to its bottom edge.
    const changeZone = (high: number, low: number) =>
      svg`<rect class="change-zone" part="change-zone" aria-hidden="true" x=${box.x0} width=${box.x1 - box.x0} y=${high} height=${Math.max(0, low - high)}></rect>`;
    const stop = this.tabStop(0);
    let shownIndex = -1;
    return svg`
      <g class="bands" aria-hidden="true">
        ${bands.map((band, index) => {
          const top = y(Math.min(model.range.max, band.max + 0.5));
          const bottom = y(Math.max(model.range.min, band.min - 0.5));
          // Stronger for worse bands, whichever way the scale runs.
          const severity = worseUp ? index : bands.length - 1 - index;
          return svg`<rect class="severity-band" part="severity-band band-${band.id}" x=${box.x0} width=${box.x1 - box.x0} y=${top} height=${Math.max(0, bottom - top)} ${styleProperties({ '--_il-severity': String(severity / Math.max(1, bands.length - 1)) })}></rect>
            <text class="band-label" x=${labelX} y=${(top + bottom) / 2} dy="0.32em" text-anchor="end">${localizedText(band.label, lang)}</text>`;
        })}
      </g>
      ${sideAxis(
        valueTicks(model.range.min, model.range.max, Math.max(2, Math.floor((box.y1 - box.y0) / 36))).map(
          (value) => ({
            at: y(value),
            label: formatNumber(this.#formats!, value),
          }),
        ),
        frame,
        rtl,
      )}
      ${
        model.threshold && baselineTotal != null
          ? changeZone(
              y(Math.min(model.range.max, baselineTotal + model.threshold.threshold)),
              y(Math.max(model.range.min, baselineTotal - model.threshold.threshold)),
            )
          : nothing
      }
      ${
        caseness
          ? svg`<line class="caseness-line" part="caseness" aria-hidden="true" x1=${box.x0} x2=${box.x1} y1=${y(caseness.threshold)} y2=${y(caseness.threshold)}></line>`
          : nothing
      }
      <path class="line" part="line" d=${linePath(line)}></path>
      ${points.map((point, index) => {
        if (point.total === null) return nothing;
        shownIndex += 1;
        const kind = this.#mark(model, index);
        const px = x(model.ms[index]!);
        const py = y(point.total);
        const recovered = point.change?.reliablyRecovered === true;
        return mark(
          stop,
          0,
          shownIndex,
          svg`${markShape(kind, px, py, worseUp)}${recovered ? svg`<circle class="recovered" cx=${px} cy=${py} r="10"></circle>` : nothing}`,
          kind,
        );
      })}
      ${bottomAxis(layout.timeTicks, frame)}
    `;
  }

  #legend(model: Model) {
    const term = this.localize.term.bind(this.localize);
    const worseUp = model.measure.definition.scoring.direction === 'higher-is-worse';
    const meaningful = model.threshold?.basis === 'meaningful-change';
    const caseness = model.measure.definition.scoring.caseness;
    const item = (kind: OutcomeMark, text = this.#markWords(model, kind as ChangeMark)) =>
      html`<li>
        <svg width="16" height="16" aria-hidden="true" class="mark ${kind}">
          ${markShape(kind, 8, 8, worseUp)}</svg
        >${text}
      </li>`;
    return html`<ul part="legend" class="legend">
      ${item('baseline', term('chartOutcomeLegendBaseline'))} ${item('no-change')} ${item('improvement')}
      ${item('deterioration')}
      ${
        model.threshold
          ? html`<li>
              <svg width="18" height="14" aria-hidden="true">
                <rect class="change-zone" x="1" y="2" width="16" height="10"></rect></svg
              >${term(
                'chartOutcomeZone',
                formatNumber(this.#formats!, model.threshold.threshold),
                this.#markWords(model, 'no-change'),
              )}
            </li>`
          : nothing
      }
      ${
        caseness
          ? html`<li>
                <svg width="18" height="14" aria-hidden="true">
                  <line class="caseness-line" x1="0" x2="18" y1="7" y2="7"></line></svg
                >${term(
                  caseness.caseWhen === 'at-or-above'
                    ? 'chartOutcomeCasenessAtOrAbove'
                    : 'chartOutcomeCasenessBelow',
                  formatNumber(this.#formats!, caseness.threshold),
                )}
              </li>
              ${
                meaningful
                  ? nothing
                  : html`<li>
                      <svg width="22" height="22" aria-hidden="true">
                        <circle class="recovered" cx="11" cy="11" r="9"></circle></svg
                      >${term('chartOutcomeLegendRecovered')}
                    </li>`
              }`
          : nothing
      }
    </ul>`;
  }

  #controls(measures: readonly OutcomeChartMeasure[]) {
    if (measures.length < 2) return nothing;
    const chosen = this.#chosen(measures);
    return html`<div part="controls" class="controls">
      <label>
        ${this.localize.term('chartOutcomeMeasure')}
        <select @change=${(event: Event) => (this.measure = (event.target as HTMLSelectElement).value)}>
          ${measures.map(
            (entry) =>
              html`<option value=${entry.definition.id} ?selected=${entry === chosen}>
                ${localizedText(entry.definition.title, this.localize.lang)}
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  #summary(model: Model, formats: ChartFormats): string {
    const term = this.localize.term.bind(this.localize);
    const { trajectory } = model;
    if (trajectory.baseline === null || trajectory.latest === null)
      return term('chartOutcomeNoScores', model.title);
    const first = trajectory.points[trajectory.baseline]!;
    const last = trajectory.points[trajectory.latest]!;
    if (trajectory.baseline === trajectory.latest) {
      return term(
        'chartOutcomeOneScore',
        model.title,
        formatNumber(formats, first.total ?? 0),
        first.band ? localizedText(first.band.label, this.localize.lang) : '',
        formatDate(formats, model.ms[trajectory.baseline]!),
      );
    }
    const period =
      trajectory.days >= 14
        ? term('chartWeeks', Math.round(trajectory.days / 7))
        : term('chartDays', trajectory.days);
    return term(
      'chartOutcomeSummary',
      model.title,
      formatNumber(formats, first.total ?? 0),
      formatNumber(formats, last.total ?? 0),
      period,
      this.#changeWords(model, trajectory.change),
    );
  }

  #table(model: Model | undefined, formats: ChartFormats): DataTable {
    const term = this.localize.term.bind(this.localize);
    const rows = model
      ? model.trajectory.points.map((point, index) => [
          formatDate(formats, model.ms[index]!),
          point.total === null ? term('chartOutcomeUnscorable') : formatNumber(formats, point.total),
          point.band ? localizedText(point.band.label, this.localize.lang) : '',
          index === model.trajectory.baseline
            ? term('chartOutcomeLegendBaseline')
            : point.total === null
              ? ''
              : `${this.#changeWords(model, point.change)} (${formatNumber(formats, point.change?.difference ?? 0)})`,
        ])
      : [];
    return {
      caption: model ? model.title : this.label || this.defaultLabel(),
      columns: [
        term('chartColumnWhen'),
        term('chartOutcomeColumnTotal'),
        term('chartOutcomeColumnBand'),
        term('chartOutcomeColumnChange'),
      ],
      rows,
    };
  }
}

/** The marks of a classified change. */
type ChangeMark = 'improvement' | 'deterioration' | 'no-change';

/** Which way a known change went, whatever its basis (`reliable-…` or `meaningful-…`). */
function changeMark(change: ChangeClassification): ChangeMark {
  const kind = change.change;
  return kind.endsWith('-improvement')
    ? 'improvement'
    : kind.endsWith('-deterioration')
      ? 'deterioration'
      : 'no-change';
}

/**
 * The shape of a mark: a ring for the baseline, a dot for no change, a triangle pointing the way
 * the score moved for improvement and deterioration, a small square when the change is unknown.
 */
function markShape(kind: OutcomeMark, x: number, y: number, worseUp: boolean): SVGTemplateResult {
  const triangle = (up: boolean) =>
    up
      ? `M${x} ${y - 7}L${x + 6.5} ${y + 5}L${x - 6.5} ${y + 5}Z`
      : `M${x} ${y + 7}L${x + 6.5} ${y - 5}L${x - 6.5} ${y - 5}Z`;
  switch (kind) {
    case 'baseline':
      return svg`<circle class="shape" cx=${x} cy=${y} r="5.5"></circle>`;
    case 'improvement':
      // Better is down on a higher-is-worse scale, up on a higher-is-better one.
      return svg`<path class="shape" d=${triangle(!worseUp)}></path>`;
    case 'deterioration':
      return svg`<path class="shape" d=${triangle(worseUp)}></path>`;
    case 'unknown':
      return svg`<rect class="shape" x=${x - 4} y=${y - 4} width="8" height="8"></rect>`;
    default:
      return svg`<circle class="shape" cx=${x} cy=${y} r="4.5"></circle>`;
  }
}
