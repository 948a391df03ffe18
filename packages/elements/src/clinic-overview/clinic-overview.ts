import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  clinicAggregatesToCsv,
  localizedText,
  type ClinicAggregates,
  type ClinicClient,
  type ClinicGroup,
  type GroupAggregate,
  type MeasureAggregate,
  type ValidationError,
} from '@interlude/core';
import { LocalizeController } from '../shared/internal/localize.js';
import { chartStrings } from '../shared/locales/chart.js';
import { clinicOverviewStrings } from '../shared/locales/clinic-overview.js';
import { configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { clinicianTimeZone } from '../shared/internal/clinician-format.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { controlStyles } from '../shared/styles/controls.styles.js';
import { ChartData } from '../shared/chart/chart-data.js';
import { ChartElement, type NavSeries } from '../shared/chart/chart-element.js';
import { mark } from '../shared/chart/mark.js';
import { chartControlsStyles, chartMarkStyles, chartStyles } from '../shared/chart/chart.styles.js';
import { bottomAxis, plotBox, sideAxis, type Frame } from '../shared/chart/axes.js';
import { linearScale, niceDomain, valueTicks, type LinearScale } from '../shared/chart/scales.js';
import { formatDate, formatNumber, formatPercent, type ChartFormats } from '../shared/chart/formats.js';
import type { DataTable } from '../shared/chart/data-table.js';
import { IlClinicExportEvent } from '../shared/events/clinic-export.js';
import { loadClinicOverviewData, parseClinicOverviewData } from './clinic-overview.data.js';
import { clinicOverviewStyles } from './clinic-overview.styles.js';
import { CLINIC_OVERVIEW_PERIODS, type ClinicOverviewData } from './clinic-overview.types.js';

/** One group on the scatter: its completion and median improvement on the chosen measure. */
interface Point {
  readonly group: GroupAggregate;
  readonly name: string;
  readonly completion: number;
  readonly improvement: number;
  readonly clients: number;
}

interface Layout {
  readonly frame: Frame;
  readonly x: LinearScale;
  readonly y: LinearScale;
  /** Clinicians, then cohorts; each in completion order (the keyboard moves along x). */
  readonly series: readonly (readonly Point[])[];
}

const SERIES_KINDS = ['clinician', 'cohort'] as const;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const PLOT_HEIGHT = 280;
/** |ρ| under this reads as "no clear relation". */
const WEAK_RHO = 0.1;

/**
 * A clinic director's overview, from core's clinic aggregates (`client.caseload.aggregates`,
 * computed on the device): active clients, between-session completion and the median outcome
 * change on a questionnaire, for the whole clinic, per clinician and per cohort, and a scatter
 * of completion against improvement (one mark per group) with a sentence that relates them
 * (Spearman's ρ over the clinic's clients: an association, never a cause).
 *
 * **Small groups are suppressed**: a group with fewer clients than `min-group-size` (core's
 * default 5) shows only that it is too small, in the tables, the scatter and the CSV export,
 * because a median of three clients points at a person.
 *
 * "Export as CSV" writes core's `clinicAggregatesToCsv` and fires the cancelable
 * `il-clinic-export`; unless a listener calls `preventDefault()`, the browser downloads the file.
 * The scatter is the chart family's (focusable marks with arrow keys, Home/End, Up/Down between
 * clinicians and cohorts; a data table on request).
 *
 * @summary Completion and outcome change per clinician and cohort, with small groups suppressed, and CSV export.
 * @tag il-clinic-overview
 *
 * @attr {number} weeks - How many weeks back from today the figures cover (4, 12, 26 or 52).
 * @attr measure - Id of the questionnaire whose change is shown (e.g. `phq-9`).
 * @attr {number} min-group-size - Groups with fewer clients than this are suppressed.
 * @attr {number} heading-level - Level of the overview's heading.
 *
 * @fires {IlClinicExportEvent} il-clinic-export - The director exported the figures as CSV (cancelable: prevent it to save the file yourself). Bubbles, composed.
 * @fires {IlPointFocusEvent} il-point-focus - A group's mark on the scatter received keyboard focus.
 *
 * @csspart controls - The period and questionnaire pickers and the export button.
 * @csspart figures - The whole clinic's key figures.
 * @csspart table - A table of groups (also the scatter's data table).
 * @csspart suppressed - A row of a group too small to show.
 * @csspart base - The scatter's figure.
 * @csspart title - The scatter's title.
 * @csspart summary - The sentence that relates completion and improvement.
 * @csspart plot - The box around the scatter's SVG.
 * @csspart mark - A group's mark (also `clinician` or `cohort`).
 * @csspart tooltip - The read-out next to the mark in focus or under the pointer.
 * @csspart table-toggle - The button that shows or hides the scatter's data table.
 * @csspart configuration-notice - Shown when no client is connected or `data` is invalid.
 *
 * @cssprop [--il-clinic-overview-clinician-color=var(--il-color-accent, #1a5fb4)] - Clinicians' marks (circles).
 * @cssprop [--il-clinic-overview-cohort-color=var(--il-color-text, #1c1f24)] - Cohorts' marks (squares).
 * @cssprop [--il-clinic-overview-figure-background=var(--il-color-surface, Canvas)] - Background of the key figures.
 * @cssprop [--il-chart-axis-color=var(--il-color-text-muted, #4f5661)] - Axis lines and labels.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-clinic-overview weeks="12" measure="phq-9"></il-clinic-overview>
 * </il-provider>
 * <script type="module">
 *   const overview = document.querySelector('il-clinic-overview');
 *   overview.clinicianNames = { 't-1': 'Dr. Ana Silva' };
 *   overview.roster = [{ clientId: 'c-1', clinicianId: 't-1', cohort: 'Pilot A' }];
 * </script>
 * ```
 */
export class IlClinicOverview extends ChartElement<ClinicOverviewData> {
  /** @internal Declared as in `ChartElement`, without decorators (they cost bytes). */
  static override properties: PropertyDeclarations = {
    weeks: { type: Number, reflect: true },
    measure: { reflect: true },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    roster: { attribute: false },
    clinicianNames: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
  };

  static {
    // Internal state, not in `properties`, which the manifest documents as public API.
    this.createProperty('announcement', { state: true });
  }

  /** @internal */
  static override styles = [
    sharedStyles,
    controlStyles,
    configurationNoticeStyles,
    chartStyles,
    chartControlsStyles,
    chartMarkStyles,
    clinicOverviewStyles,
  ];

  /** How many weeks back from today the figures cover (4, 12, 26 or 52; the period picker sets it). */
  weeks = 12;

  /** Id of the questionnaire whose change is shown (e.g. `phq-9`); default: the one most clients have two scores on. */
  measure = '';

  /** Groups with fewer clients than this are suppressed. Default: core's (5). */
  minGroupSize: number | undefined = undefined;

  /** Who is whose clinician and in which cohort; default: every client under the clinician of their latest assignment, no cohorts. */
  roster: readonly ClinicClient[] | undefined = undefined;

  /** The vendor's names for clinician ids (Interlude stores only ids). */
  clinicianNames: Readonly<Record<string, string>> | undefined = undefined;

  /** Level of the overview's heading (the tables' headings are one below). */
  headingLevel = 2;

  /**
   * Figures you computed yourself (`{ report, measures? }`, `report` from core's
   * `clinicAggregates`); while set, nothing is read from the client. Validated: invalid data
   * shows a notice naming the path (`configurationError`).
   */
  data: ClinicOverviewData | undefined = undefined;

  /** @internal What the live region says. */
  private announcement = '';

  /** @internal */
  protected override readonly localize = new LocalizeController(this, chartStrings, clinicOverviewStrings);

  readonly #data = new ChartData(this, this.clients, {
    input: () => this.data,
    parse: parseClinicOverviewData,
    collections: ['assignments', 'submissions', 'scores', 'definitions'],
    args: () => [this.weeks, this.roster, this.minGroupSize],
    load: (client) => {
      const now = client.now();
      // The period is the last N × 7 days as elapsed time: a report needs no wall-clock start,
      // and core's zoned day arithmetic would cost this entry the time-zone library.
      return loadClinicOverviewData(client, {
        from: new Date(Date.parse(now) - this.#weeks() * WEEK_MS).toISOString(),
        to: now,
        ...(this.roster ? { clients: this.roster } : {}),
        ...(this.minGroupSize !== undefined ? { minGroupSize: this.minGroupSize } : {}),
      });
    },
  });
  #layout: Layout | undefined;
  #nav: NavSeries[] = [];
  #formats: ChartFormats | undefined;

  get configurationError(): ValidationError | undefined {
    return this.#data.error;
  }

  /** Resolves once the figures are read and drawn. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  /** The figures as CSV (core's `clinicAggregatesToCsv`), or `undefined` before they are read. */
  toCsv(): string | undefined {
    const report = this.#current()?.report;
    return report ? clinicAggregatesToCsv(report) : undefined;
  }

  protected defaultLabel(): string {
    const measure = this.#measureId();
    return this.localize.term('clinicOverviewChartTitle', measure ? this.#measureTitle(measure) : '');
  }

  protected navSeries(): readonly NavSeries[] {
    return this.#nav;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#build();
  }

  protected renderContent(): TemplateResult {
    const notReady = this.notReady(this.#data.state);
    if (notReady) return notReady;
    const data = this.#current();
    if (!data) return html``;
    const t = this.localize;
    const { report } = data;
    const formats = this.#formats!;
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const measureId = this.#measureId();
    const empty = report.overall.clientCount === 0;
    return html`<div class="overview" dir=${t.dir}>
      ${heading(level, t.term('clinicOverviewTitle'))} ${this.#controls(report, formats)}
      <p class="muted">${t.term('clinicOverviewPrivacy', report.minGroupSize)}</p>
      ${
        empty
          ? html`<p class="empty">${t.term('clinicOverviewEmpty')}</p>`
          : html`${this.#figures(report.overall, measureId, report.minGroupSize, formats)}
            ${this.#groupTable('clinician', t.term('clinicOverviewByClinician'), report.clinicians, measureId, report, formats, level + 1)}
            ${
              report.cohorts.length > 0
                ? this.#groupTable(
                    'cohort',
                    t.term('clinicOverviewByCohort'),
                    report.cohorts,
                    measureId,
                    report,
                    formats,
                    level + 1,
                  )
                : nothing
            }
            ${measureId ? this.#scatter(report, measureId, formats) : html`<p class="empty">${t.term('clinicOverviewNoScores')}</p>`}`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #current(): ClinicOverviewData | undefined {
    return this.#data.current();
  }

  #weeks(): number {
    return (CLINIC_OVERVIEW_PERIODS as readonly number[]).includes(this.weeks) ? this.weeks : 12;
  }

  /** Every measure in the report, most clients with a change first. */
  #measureIds(report: ClinicAggregates): string[] {
    const counts = new Map<string, number>();
    for (const group of [report.overall, ...report.clinicians, ...report.cohorts]) {
      if (group.suppressed) continue;
      for (const measure of group.measures) {
        if (group.kind === 'overall' || !counts.has(measure.measureId)) {
          counts.set(
            measure.measureId,
            Math.max(counts.get(measure.measureId) ?? 0, measure.clientsWithChange),
          );
        }
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  }

  #measureId(): string | undefined {
    const report = this.#current()?.report;
    if (!report) return undefined;
    const ids = this.#measureIds(report);
    return ids.includes(this.measure) ? this.measure : ids[0];
  }

  /** "PHQ-9" for `phq-9`: the definition's title up to " (", else the id. */
  #measureTitle(id: string): string {
    const definition = this.#current()?.measures?.find((measure) => measure.id === id);
    return definition ? (localizedText(definition.title, this.localize.lang).split(' (')[0] as string) : id;
  }

  #groupName(group: ClinicGroup): string {
    if (group.kind === 'overall') return this.localize.term('clinicOverviewOverall');
    if (group.kind === 'clinician') return this.clinicianNames?.[group.key] ?? group.key;
    return group.key;
  }

  #controls(report: ClinicAggregates, formats: ChartFormats): TemplateResult {
    const t = this.localize;
    const ids = this.#measureIds(report);
    const measureId = this.#measureId();
    return html`<div part="controls" class="controls">
        <div class="field">
          <label for="period">${t.term('clinicOverviewPeriod')}</label>
          <select
            id="period"
            @change=${(event: Event) => (this.weeks = Number((event.target as HTMLSelectElement).value))}
          >
            ${CLINIC_OVERVIEW_PERIODS.map(
              (weeks) =>
                html`<option value=${weeks} ?selected=${this.#weeks() === weeks}>
                  ${t.term('clinicOverviewWeeks', weeks)}
                </option>`,
            )}
          </select>
        </div>
        ${
          ids.length > 0
            ? html`<div class="field">
                <label for="measure">${t.term('clinicOverviewMeasure')}</label>
                <select
                  id="measure"
                  @change=${(event: Event) => (this.measure = (event.target as HTMLSelectElement).value)}
                >
                  ${ids.map((id) => html`<option value=${id} ?selected=${id === measureId}>${this.#measureTitle(id)}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <button class="button export" type="button" @click=${this.#export}>
          ${t.term('clinicOverviewExport')}
        </button>
      </div>
      <p class="range">
        ${t.term('clinicOverviewRange', formatDate(formats, Date.parse(report.from)), formatDate(formats, Date.parse(report.to)))}
      </p>`;
  }

  #figures(
    overall: ClinicGroup,
    measureId: string | undefined,
    min: number,
    formats: ChartFormats,
  ): TemplateResult {
    const t = this.localize;
    if (overall.suppressed) {
      return html`<p part="figures" class="figures suppressed">
        ${t.term('clinicOverviewSuppressed', min)}
      </p>`;
    }
    const measure = measureId ? overall.measures.find((entry) => entry.measureId === measureId) : undefined;
    return html`<dl part="figures" class="figures">
      <div>
        <dt>${t.term('clinicOverviewActive')}</dt>
        <dd>
          ${formatNumber(formats, overall.activeClients)} / ${formatNumber(formats, overall.clientCount)}
        </dd>
      </div>
      <div>
        <dt>${t.term('clinicOverviewCompletion')}</dt>
        <dd>${rate(overall.completion.completionRate, formats, t.term('clinicOverviewUnknown'))}</dd>
      </div>
      ${
        measure
          ? html`<div>
              <dt>${t.term('clinicOverviewMedian', this.#measureTitle(measure.measureId))}</dt>
              <dd>
                ${
                  measure.medianImprovement === null
                    ? t.term('clinicOverviewUnknown')
                    : t.term('clinicOverviewPoints', signed(measure.medianImprovement, formats))
                }
                <span class="muted">${t.term('clinicOverviewWithChange', measure.clientsWithChange)}</span>
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  #groupTable(
    kind: 'clinician' | 'cohort',
    caption: string,
    groups: readonly ClinicGroup[],
    measureId: string | undefined,
    report: ClinicAggregates,
    formats: ChartFormats,
    level: number,
  ): TemplateResult {
    const t = this.localize;
    const unknown = t.term('clinicOverviewUnknown');
    const id = `groups-${kind}`;
    return html`<div class="groups">
      ${heading(level, caption, id)}
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${id}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.term('clinicOverviewColumnGroup')}</th>
              <th scope="col">${t.term('clinicOverviewColumnClients')}</th>
              <th scope="col">${t.term('clinicOverviewColumnActive')}</th>
              <th scope="col">${t.term('clinicOverviewColumnCompletion')}</th>
              <th scope="col">${t.term('clinicOverviewColumnWithChange')}</th>
              <th scope="col">${t.term('clinicOverviewColumnImprovement')}</th>
              <th scope="col">${t.term('clinicOverviewColumnReliable')}</th>
            </tr>
          </thead>
          <tbody>
            ${groups.map((group) => {
              const name = html`<th scope="row"><bdi>${this.#groupName(group)}</bdi></th>`;
              if (group.suppressed) {
                return html`<tr part="suppressed" class="suppressed">
                  ${name}
                  <td>${formatNumber(formats, group.clientCount)}</td>
                  <td colspan="5">${t.term('clinicOverviewSuppressed', report.minGroupSize)}</td>
                </tr>`;
              }
              const measure: MeasureAggregate | undefined = group.measures.find(
                (entry) => entry.measureId === measureId,
              );
              return html`<tr>
                ${name}
                <td>${formatNumber(formats, group.clientCount)}</td>
                <td>${formatNumber(formats, group.activeClients)}</td>
                <td>${rate(group.completion.completionRate, formats, unknown)}</td>
                <td>${measure ? formatNumber(formats, measure.clientsWithChange) : unknown}</td>
                <td>
                  ${measure && measure.medianImprovement !== null ? signed(measure.medianImprovement, formats) : unknown}
                </td>
                <td>${measure ? rate(measure.reliableImprovement.share, formats, unknown) : unknown}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  #points(report: ClinicAggregates, measureId: string): Point[][] {
    return SERIES_KINDS.map((kind) =>
      (kind === 'clinician' ? report.clinicians : report.cohorts)
        .flatMap((group): Point[] => {
          if (group.suppressed || group.completion.completionRate === null) return [];
          const measure = group.measures.find((entry) => entry.measureId === measureId);
          if (!measure || measure.medianImprovement === null) return [];
          return [
            {
              group,
              name: this.#groupName(group),
              completion: group.completion.completionRate,
              improvement: measure.medianImprovement,
              clients: measure.clientsWithChange,
            },
          ];
        })
        .sort((a, b) => a.completion - b.completion || (a.name < b.name ? -1 : 1)),
    );
  }

  #build(): void {
    const data = this.#current();
    this.#formats = this.formats(clinicianTimeZone(this.clients.store));
    const measureId = this.#measureId();
    if (!data || !measureId || this.width === 0) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    const series = this.#points(data.report, measureId);
    const all = series.flat();
    if (all.length === 0) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    const rtl = this.localize.isRtl;
    const frame: Frame = {
      width: this.width,
      height: PLOT_HEIGHT,
      top: 24,
      bottom: 36,
      left: rtl ? 14 : 48,
      right: rtl ? 48 : 14,
    };
    const box = plotBox(frame);
    const values = all.map((point) => point.improvement);
    const spread = Math.max(1, ...values.map(Math.abs));
    const [low, high] = niceDomain(
      Math.min(0, ...values, -spread * 0.2),
      Math.max(0, ...values, spread * 0.2),
      5,
    );
    const x = linearScale([0, 1], rtl ? [box.x1, box.x0] : [box.x0, box.x1]);
    const y = linearScale([low, high], [box.y1, box.y0]);
    this.#layout = { frame, x, y, series };
    const formats = this.#formats;
    this.#nav = series.map((points, index) => ({
      key: SERIES_KINDS[index] as string,
      name: this.localize.term('clinicOverviewSeries', SERIES_KINDS[index] as string),
      length: points.length,
      at: (i: number) => [x(points[i]!.completion), y(points[i]!.improvement)] as const,
      describe: (i: number) => this.#describe(points[i]!, formats),
    }));
  }

  #describe(point: Point, formats: ChartFormats): string {
    return this.localize.term(
      'clinicOverviewPoint',
      point.name,
      formatPercent(formats, point.completion),
      signed(point.improvement, formats),
      point.clients,
    );
  }

  #scatter(report: ClinicAggregates, measureId: string, formats: ChartFormats): TemplateResult {
    const t = this.localize;
    const layout = this.#layout;
    const title = this.#measureTitle(measureId);
    return this.renderChart({
      summary: this.#summary(report, measureId, title, formats),
      height: PLOT_HEIGHT,
      ...(layout
        ? { plot: this.#plot(layout, formats) }
        : this.#points(report, measureId).flat().length === 0
          ? { empty: t.term('clinicOverviewChartEmpty') }
          : {}),
      legend: html`<ul class="legend" part="legend">
        ${SERIES_KINDS.map(
          (kind) =>
            html`<li>
              <svg width="14" height="14" aria-hidden="true">
                ${
                  kind === 'clinician'
                    ? svg`<circle class="dot clinician" cx="7" cy="7" r="5"></circle>`
                    : svg`<rect class="dot cohort" x="2" y="2" width="10" height="10"></rect>`
                }
              </svg>
              ${t.term('clinicOverviewSeries', kind)}
            </li>`,
        )}
        <li>
          <svg width="24" height="14" aria-hidden="true">
            <line class="zero" x1="0" x2="24" y1="7" y2="7"></line>
          </svg>
          ${t.term('clinicOverviewLegendNoChange')}
        </li>
      </ul>`,
      table: () => this.#table(report, measureId, formats),
    });
  }

  #summary(report: ClinicAggregates, measureId: string, title: string, formats: ChartFormats): string {
    const t = this.localize;
    const overall = report.overall;
    const measure = overall.suppressed
      ? undefined
      : overall.measures.find((entry) => entry.measureId === measureId);
    const correlation = measure?.completionVsImprovement;
    if (!correlation || correlation.rho === null) return t.term('clinicOverviewSummaryUnknown', title);
    const direction = Math.abs(correlation.rho) < WEAK_RHO ? 'none' : correlation.rho > 0 ? 'more' : 'less';
    return t.term(
      'clinicOverviewSummary',
      title,
      formatNumber(formats, correlation.rho, 2),
      correlation.n,
      direction,
    );
  }

  #plot(layout: Layout, formats: ChartFormats): SVGTemplateResult {
    const rtl = this.localize.isRtl;
    const { frame, x, y, series } = layout;
    const box = plotBox(frame);
    const t = this.localize;
    const stops = series.map((_, index) => this.tabStop(index));
    return svg`
      ${sideAxis(
        valueTicks(y.domain[0], y.domain[1], 5).map((value) => ({
          at: y(value),
          label: signed(value, formats),
        })),
        frame,
        rtl,
        t.term('clinicOverviewAxisImprovement'),
      )}
      ${bottomAxis(
        [0, 0.25, 0.5, 0.75, 1].map((share) => ({ at: x(share), label: formatPercent(formats, share) })),
        frame,
      )}
      <text class="axis-title" x=${(box.x0 + box.x1) / 2} y=${frame.height - 4} text-anchor="middle" aria-hidden="true">${t.term('clinicOverviewAxisCompletion')}</text>
      <line class="zero" part="zero" x1=${box.x0} x2=${box.x1} y1=${y(0)} y2=${y(0)} aria-hidden="true"></line>
      ${series.map((points, index) =>
        points.map((point, i) => {
          const px = x(point.completion);
          const py = y(point.improvement);
          const kind = SERIES_KINDS[index] as string;
          return mark(
            stops[index],
            index,
            i,
            kind === 'clinician'
              ? svg`<circle class="dot clinician" cx=${px} cy=${py} r="6"></circle>`
              : svg`<rect class="dot cohort" x=${px - 5.5} y=${py - 5.5} width="11" height="11"></rect>`,
            kind,
          );
        }),
      )}`;
  }

  #table(report: ClinicAggregates, measureId: string, formats: ChartFormats): DataTable {
    const t = this.localize;
    const rows = this.#points(report, measureId).flatMap((points, index) =>
      points.map((point) => [
        point.name,
        t.term('clinicOverviewSeries', SERIES_KINDS[index] as string),
        formatPercent(formats, point.completion),
        signed(point.improvement, formats),
        formatNumber(formats, point.clients),
      ]),
    );
    return {
      caption: this.label || this.defaultLabel(),
      columns: [
        t.term('clinicOverviewColumnGroup'),
        t.term('clinicOverviewColumnKind'),
        t.term('clinicOverviewColumnCompletion'),
        t.term('clinicOverviewColumnImprovement'),
        t.term('clinicOverviewColumnWithChange'),
      ],
      rows,
    };
  }

  #export(): void {
    const data = this.#current();
    const zone = clinicianTimeZone(this.clients.store);
    if (!data) return;
    const csv = clinicAggregatesToCsv(data.report);
    const day = localDate(data.report.now, zone);
    const filename = `clinic-overview-${day}.csv`;
    const event = new IlClinicExportEvent({ csv, filename });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) download(csv, filename);
    this.announcement = this.localize.term('clinicOverviewExported', filename);
  }
}

/** A heading at `level` (the host page decides where the overview sits in its outline). */
function heading(level: number, content: string, id?: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${level} id=${ifDefined(id)}>${content}</div>`;
}

function rate(value: number | null, formats: ChartFormats, unknown: string): string {
  return value === null ? unknown : formatPercent(formats, value);
}

const signedFormats = new Map<string, Intl.NumberFormat>();

/**
 * "+3", "-1.5", "0": a change always shows its sign, written the language's way (Arabic marks
 * the sign so it stays before the number in right-to-left text).
 */
function signed(value: number, formats: ChartFormats): string {
  let format = signedFormats.get(formats.lang);
  if (!format) {
    format = new Intl.NumberFormat(formats.lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    signedFormats.set(formats.lang, format);
  }
  return format.format(value);
}

/** `YYYY-MM-DD` of `instant` in `timeZone`, for a file name. */
function localDate(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(Date.parse(instant));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Offers `csv` as a file download. */
function download(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
