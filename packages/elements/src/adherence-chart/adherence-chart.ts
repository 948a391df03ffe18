import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
} from 'lit';
import {
  adherenceCalendar,
  type AdherenceCalendar,
  type CalendarCounts,
  type ValidationError,
} from '@interlude/core';
import { ChartData } from '../shared/chart/chart-data.js';
import { configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { ChartElement, type NavSeries } from '../shared/chart/chart-element.js';
import { mark } from '../shared/chart/mark.js';
import { chartControlsStyles, chartMarkStyles, chartStyles } from '../shared/chart/chart.styles.js';
import { bottomAxis, sideAxis, type Frame } from '../shared/chart/axes.js';
import { linearScale, valueTicks } from '../shared/chart/scales.js';
import {
  formatDate,
  formatDay,
  formatNumber,
  formatPercent,
  formatTick,
  formatWeekday,
  type ChartFormats,
} from '../shared/chart/formats.js';
import type { DataTable } from '../shared/chart/data-table.js';
import { parseAdherenceChartData } from './adherence-chart.data.js';
import { loadOccurrences } from '../shared/chart/loaders.js';
import { adherenceChartStyles } from './adherence-chart.styles.js';
import type {
  AdherenceChartData,
  AdherenceChartOccurrence,
  AdherenceStatus,
} from './adherence-chart.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { chartStrings } from '../shared/locales/chart.js';
import { adherenceChartStrings } from '../shared/locales/adherence-chart.js';

/** Everything drawn for one width. */
interface Layout {
  readonly height: number;
  readonly bars: readonly {
    x: number;
    width: number;
    segments: readonly { status: AdherenceStatus; y: number; height: number }[];
    top: number;
  }[];
  readonly barFrame: Frame;
  readonly barTicks: readonly { at: number; label: string }[];
  readonly cells: readonly { x: number; y: number }[];
  readonly cell: number;
  readonly calendarTop: number;
  readonly weekdayLabels: readonly { y: number; label: string }[];
  readonly labelX: number;
}

const BARS_HEIGHT = 150;
const GAP = 36;

/**
 * Completion over time, overall or per assignment: weekly bars of done on time, done late,
 * missed and still open against what was assigned, a calendar heat-map of the days, and the
 * completion streak — all counted by `@interlude/core` (`adherenceCalendar`, the same rules as
 * `clientAdherence`). Late is hatched, missed is an empty outline, open is dotted, so nothing
 * depends on colour; every week and every day is focusable and reads out its detail (which
 * assignment was done, late or missed).
 *
 * Data comes from the client's assignments and occurrences over the last `weeks` weeks (set
 * `client-id` inside `<il-provider>`; re-read whenever assignments or submissions change) or
 * from the `data` property.
 *
 * @summary The clinician's chart of a client's completed, late and missed work, by week and by day.
 * @tag il-adherence-chart
 *
 * @attr {number} weeks - How many weeks back to read from the client (1 to 104).
 * @attr assignment-id - Only this assignment (its id); default all.
 *
 * @fires {IlPointFocusEvent} il-point-focus - A week or a day received keyboard focus.
 *
 * @csspart base - The figure holding everything.
 * @csspart title - The chart's name.
 * @csspart summary - The one-sentence summary.
 * @csspart controls - The assignment picker.
 * @csspart plot - The box around the SVG and tooltip.
 * @csspart svg - The SVG.
 * @csspart axis - Each axis (also `axis-x`, `axis-y`).
 * @csspart mark - A week's bar or a calendar day (also `week`, `day`).
 * @csspart segment - A part of a week's bar (also `completed`, `late`, `missed`, `pending`).
 * @csspart cell - A calendar day's square (also `all`, `some`, `none`, `open`, `empty`).
 * @csspart focus-ring - The ring around the week or day in focus or under the pointer.
 * @csspart tooltip - The read-out next to it.
 * @csspart legend - The key to fills and outlines.
 * @csspart streak - The streak line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart empty - The message shown when nothing was assigned.
 * @csspart configuration-notice - Shown when the chart is not connected or its data is invalid.
 *
 * @cssprop [--il-adherence-chart-done-color=var(--il-color-accent, #1a5fb4)] - Done work (solid) and late work (hatched).
 * @cssprop [--il-adherence-chart-missed-color=var(--il-color-text-muted, #4f5661)] - Outline of missed work.
 * @cssprop [--il-chart-axis-color=var(--il-color-text-muted, #4f5661)] - Axis lines and labels.
 * @cssprop [--il-chart-font-size=0.75rem] - Axis label size.
 * @cssprop [--il-chart-surface=var(--il-color-bg, Canvas)] - Background of the plot.
 * @cssprop [--il-chart-tooltip-background=var(--il-color-text, #1c1f24)] - Background of the point tooltip.
 * @cssprop [--il-chart-tooltip-color=var(--il-color-bg, #ffffff)] - Text of the point tooltip.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-adherence-chart client-id="c-1042" weeks="8"></il-adherence-chart>
 * </il-provider>
 * ```
 */
export class IlAdherenceChart extends ChartElement<AdherenceChartData> {
  /** @internal Declared as in `ChartElement`, without decorators (they cost bytes). */
  static override properties: PropertyDeclarations = {
    weeks: { type: Number },
    assignmentId: { attribute: 'assignment-id' },
    data: { attribute: false },
  };

  /** @internal */
  static override styles = [
    sharedStyles,
    configurationNoticeStyles,
    chartStyles,
    chartControlsStyles,
    chartMarkStyles,
    adherenceChartStyles,
  ];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, chartStrings, adherenceChartStrings);

  /** How many weeks back to read from the client (1 to 104). Ignored for `data`. */
  weeks = 8;

  /** Only this assignment (its id); default all. The picker changes it. */
  assignmentId = '';

  /**
   * Data the vendor holds itself (`assignments`, `occurrences` (with `localDate`, `dueAt`, `status`), optional `from`/`to` and `timeZone`); while set, nothing is read from the client.
   * Validated: invalid data shows a configuration notice naming the path (`configurationError`).
   */
  data: AdherenceChartData | undefined = undefined;

  readonly #data = new ChartData(this, this.clients, {
    input: () => this.data,
    parse: parseAdherenceChartData,
    collections: ['assignments', 'submissions', 'definitions'],
    args: () => [this.clientId, this.weeks, this.localize.lang],
    load: (client) =>
      loadOccurrences(
        client,
        this.clientId || client.user.id,
        Math.min(104, Math.max(1, Math.round(this.weeks))) * 7,
        this.localize.lang,
      ),
  });

  #calendar: AdherenceCalendar | undefined;
  #calendarKey: readonly unknown[] = [];
  #layout: Layout | undefined;
  #nav: NavSeries[] = [];
  #formats: ChartFormats | undefined;
  #byDay = new Map<string, AdherenceChartOccurrence[]>();

  get configurationError(): ValidationError | undefined {
    return this.#data.error;
  }

  /** Resolves once the data is read and drawn. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  protected defaultLabel(): string {
    return this.localize.term('chartAdherenceTitle');
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
    const calendar = this.#calendar;
    const formats = this.#formats!;
    const hasWork = calendar !== undefined && calendar.assigned > 0;
    return this.renderChart({
      summary: hasWork ? this.#summary(calendar, formats) : term('chartAdherenceEmpty'),
      controls: this.#controls(),
      height: this.#layout?.height ?? BARS_HEIGHT,
      ...(hasWork && this.#layout
        ? { plot: this.#plot(calendar, this.#layout) }
        : { empty: term('chartAdherenceEmpty') }),
      legend: hasWork ? this.#legend() : nothing,
      footer: hasWork
        ? html`<p part="streak" class="streak">
            ${term('chartAdherenceStreak', calendar.currentStreak, calendar.longestStreak)}
          </p>`
        : nothing,
      table: () => this.#table(calendar, formats),
    });
  }

  #title(assignmentId: string): string {
    return (
      this.#data.current()?.assignments.find((entry) => entry.id === assignmentId)?.title ?? assignmentId
    );
  }

  #build(): void {
    const data = this.#data.current();
    // Every date here is already a local date of the client: format it as a plain calendar
    // date (UTC noon in UTC), never shifted through another zone.
    this.#formats = { lang: this.localize.lang, timeZone: 'UTC' };
    const key = [data, this.assignmentId];
    if (key.some((part, index) => part !== this.#calendarKey[index])) {
      this.#calendarKey = key;
      this.#calendar = data
        ? adherenceCalendar(data.occurrences, {
            ...(data.from ? { from: data.from } : {}),
            ...(data.to ? { to: data.to } : {}),
            ...(this.assignmentId ? { assignmentId: this.assignmentId } : {}),
            wholeWeeks: true,
          })
        : undefined;
      this.#byDay = new Map();
      for (const occurrence of data?.occurrences ?? []) {
        if (this.assignmentId && occurrence.assignmentId !== this.assignmentId) continue;
        const list = this.#byDay.get(occurrence.localDate) ?? [];
        list.push(occurrence);
        this.#byDay.set(occurrence.localDate, list);
      }
    }
    const calendar = this.#calendar;
    if (!calendar || calendar.assigned === 0 || this.width === 0) {
      this.#layout = undefined;
      this.#nav = [];
      return;
    }
    this.#layout = this.#lay(calendar);
    this.#nav = this.#navFor(calendar, this.#layout);
  }

  #lay(calendar: AdherenceCalendar): Layout {
    const rtl = this.localize.isRtl;
    const formats = this.#formats!;
    const weeks = calendar.weeks;
    const start = rtl ? 14 : 44;
    const end = rtl ? 44 : 14;
    const x0 = start;
    const x1 = Math.max(start + weeks.length, this.width - end);
    const slot = (x1 - x0) / weeks.length;
    const barWidth = Math.max(2, Math.min(36, slot * 0.7));
    const max = Math.max(1, ...weeks.map((week) => week.assigned));
    const barTop = 24;
    const barBottom = barTop + BARS_HEIGHT - 30;
    const y = linearScale([0, max], [barBottom, barTop]);
    const order: AdherenceStatus[] = ['completed', 'late', 'missed', 'pending'];
    const weekX = (index: number) => (rtl ? x1 - (index + 0.5) * slot : x0 + (index + 0.5) * slot);
    const bars = weeks.map((week, index) => {
      let base = 0;
      const counts: Record<AdherenceStatus, number> = {
        completed: week.onTime,
        late: week.late,
        missed: week.missed,
        pending: week.pending,
      };
      const segments = order
        .filter((status) => counts[status] > 0)
        .map((status) => {
          const from = base;
          base += counts[status];
          return { status, y: y(base), height: y(from) - y(base) };
        });
      return {
        x: weekX(index) - barWidth / 2,
        width: barWidth,
        segments,
        top: y(Math.max(week.assigned, 0)),
      };
    });
    const every = Math.max(1, Math.ceil(64 / slot));
    const barFrame: Frame = {
      width: this.width,
      height: barBottom + 30,
      top: barTop,
      bottom: 30,
      left: start,
      right: end,
    };
    const cell = Math.max(6, Math.min(20, slot - 3));
    const calendarTop = barBottom + GAP + 8;
    const cells = calendar.days.map((_, index) => {
      const week = Math.floor(index / 7);
      const weekday = index % 7;
      return { x: weekX(week), y: calendarTop + weekday * (cell + 3) + cell / 2 };
    });
    const height = calendarTop + 7 * (cell + 3) + 8;
    const labelX = rtl ? x1 + 6 : x0 - 6;
    return {
      height,
      bars,
      barFrame,
      barTicks: weeks
        .map((week, index) => ({ week, index }))
        .filter(({ index }) => index % every === 0)
        .map(({ week, index }) => ({
          at: weekX(index),
          label: formatTick(formats, Date.parse(`${week.weekStart}T12:00:00Z`), 'week'),
        })),
      cells,
      cell,
      calendarTop,
      weekdayLabels: [0, 2, 4, 6].map((weekday) => ({
        y: cells[weekday]!.y,
        label: formatWeekday(formats, Date.parse(`${calendar.days[weekday]!.date}T12:00:00Z`)),
      })),
      labelX,
    };
  }

  #navFor(calendar: AdherenceCalendar, layout: Layout): NavSeries[] {
    const term = this.localize.term.bind(this.localize);
    const formats = this.#formats!;
    const noon = (date: string) => Date.parse(`${date}T12:00:00Z`);
    return [
      {
        key: 'weeks',
        name: term('chartAdherenceWeeks'),
        length: calendar.weeks.length,
        at: (index) => {
          const bar = layout.bars[index]!;
          return [
            bar.x + bar.width / 2,
            Math.min(bar.top, layout.barFrame.height - layout.barFrame.bottom - 4),
          ];
        },
        describe: (index) => {
          const week = calendar.weeks[index]!;
          return term(
            'chartAdherenceWeekPoint',
            formatTick(formats, noon(week.weekStart), 'week'),
            this.#counts(week),
          );
        },
        time: (index) => noon(calendar.weeks[index]!.weekStart),
      },
      {
        key: 'days',
        name: term('chartAdherenceDays'),
        length: calendar.days.length,
        columnLength: 7,
        at: (index) => [layout.cells[index]!.x, layout.cells[index]!.y],
        describe: (index) => this.#describeDay(calendar, index),
        time: (index) => noon(calendar.days[index]!.date),
      },
    ];
  }

  /** "5 of 7 done (1 late), 1 missed, 1 open" — or "nothing assigned". */
  #counts(counts: CalendarCounts): string {
    const term = this.localize.term.bind(this.localize);
    if (counts.assigned === 0) return term('chartAdherenceNothing');
    const parts = [term('chartAdherenceDone', counts.completed, counts.assigned)];
    if (counts.late > 0) parts.push(term('chartAdherenceLate', counts.late));
    if (counts.missed > 0) parts.push(term('chartAdherenceMissed', counts.missed));
    if (counts.pending > 0) parts.push(term('chartAdherenceOpen', counts.pending));
    return parts.join(', ');
  }

  #describeDay(calendar: AdherenceCalendar, index: number): string {
    const term = this.localize.term.bind(this.localize);
    const day = calendar.days[index]!;
    const when = formatDay(this.#formats!, Date.parse(`${day.date}T12:00:00Z`));
    const detail = (this.#byDay.get(day.date) ?? [])
      .map((occurrence) =>
        term(
          'chartAdherenceDetail',
          this.#title(occurrence.assignmentId),
          this.#statusWord(occurrence.status),
        ),
      )
      .join('; ');
    return term('chartAdherenceDayPoint', when, this.#counts(day), detail);
  }

  #statusWord(status: AdherenceStatus): string {
    const term = this.localize.term.bind(this.localize);
    return status === 'completed'
      ? term('chartAdherenceStatusDone')
      : status === 'late'
        ? term('chartAdherenceStatusLate')
        : status === 'missed'
          ? term('chartAdherenceStatusMissed')
          : term('chartAdherenceStatusOpen');
  }

  #plot(calendar: AdherenceCalendar, layout: Layout): SVGTemplateResult {
    const rtl = this.localize.isRtl;
    const { barFrame } = layout;
    const max = Math.max(1, ...calendar.weeks.map((week) => week.assigned));
    const y = linearScale([0, max], [barFrame.height - barFrame.bottom, barFrame.top]);
    const half = layout.cell / 2;
    const weekStop = this.tabStop(0);
    const dayStop = this.tabStop(1);
    return svg`
      <defs>
        <pattern id="late-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      ${sideAxis(
        valueTicks(0, max, 4)
          .filter(Number.isInteger)
          .map((value) => ({ at: y(value), label: formatNumber(this.#formats!, value) })),
        barFrame,
        rtl,
        this.localize.term('chartAdherenceWeeks'),
      )}
      ${layout.bars.map((bar, index) =>
        mark(
          weekStop,
          0,
          index,
          svg`<rect class="slot" x=${bar.x - 2} y=${barFrame.top} width=${bar.width + 4} height=${barFrame.height - barFrame.bottom - barFrame.top}></rect>
            ${bar.segments.map(
              (segment) =>
                svg`<rect class="segment ${segment.status}" part="segment ${segment.status}" x=${bar.x} y=${segment.y} width=${bar.width} height=${Math.max(0, segment.height)}></rect>`,
            )}`,
          'week',
        ),
      )}
      ${bottomAxis(layout.barTicks, barFrame)}
      <g class="calendar" part="calendar">
        <text class="axis-title" x=${rtl ? barFrame.width - barFrame.right : barFrame.left} y=${layout.calendarTop - 10} text-anchor="start">${this.localize.term('chartAdherenceDays')}</text>
        ${layout.weekdayLabels.map(
          (label) =>
            svg`<text class="tick-label" x=${layout.labelX} y=${label.y} dy="0.32em" text-anchor="end" aria-hidden="true">${label.label}</text>`,
        )}
        ${calendar.days.map((day, index) => {
          const cell = layout.cells[index]!;
          const kind =
            day.assigned === 0
              ? 'empty'
              : day.completed === day.assigned
                ? 'all'
                : day.completed > 0
                  ? 'some'
                  : day.missed > 0
                    ? 'none'
                    : 'open';
          const x = cell.x - half;
          const top = cell.y - half;
          const shape = svg`<rect class="cell ${kind}" part="cell ${kind}" x=${x} y=${top} width=${layout.cell} height=${layout.cell}></rect>
            ${kind === 'some' ? svg`<rect class="cell-fill" x=${x} y=${cell.y} width=${layout.cell} height=${half}></rect>` : nothing}
            ${kind === 'none' ? svg`<line class="cell-cross" x1=${x + 2} y1=${top + layout.cell - 2} x2=${x + layout.cell - 2} y2=${top + 2}></line>` : nothing}`;
          return mark(dayStop, 1, index, shape, 'day');
        })}
      </g>
    `;
  }

  #legend() {
    const term = this.localize.term.bind(this.localize);
    const swatch = (kind: string) =>
      html`<svg width="14" height="14" aria-hidden="true">
        <rect class="segment ${kind}" x="1" y="1" width="12" height="12"></rect>
      </svg>`;
    const cell = (kind: string) =>
      html`<svg width="14" height="14" aria-hidden="true">
        <rect class="cell ${kind}" x="1" y="1" width="12" height="12"></rect>
        ${kind === 'some' ? svg`<rect class="cell-fill" x="1" y="7" width="12" height="6"></rect>` : nothing}
        ${kind === 'none' ? svg`<line class="cell-cross" x1="3" y1="11" x2="11" y2="3"></line>` : nothing}
      </svg>`;
    return html`<ul part="legend" class="legend">
      <li>${swatch('completed')}${term('chartAdherenceStatusDone')}</li>
      <li>${swatch('late')}${term('chartAdherenceStatusLate')}</li>
      <li>${swatch('missed')}${term('chartAdherenceStatusMissed')}</li>
      <li>${swatch('pending')}${term('chartAdherenceStatusOpen')}</li>
      <li>${cell('all')}${term('chartAdherenceLegendAll')}</li>
      <li>${cell('some')}${term('chartAdherenceLegendSome')}</li>
      <li>${cell('none')}${term('chartAdherenceLegendNone')}</li>
    </ul>`;
  }

  #controls() {
    const assignments = this.#data.current()?.assignments ?? [];
    if (assignments.length < 2) return nothing;
    return html`<div part="controls" class="controls">
      <label>
        ${this.localize.term('chartAdherenceAssignment')}
        <select @change=${(event: Event) => (this.assignmentId = (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.assignmentId === ''}>
            ${this.localize.term('chartAdherenceAll')}
          </option>
          ${assignments.map(
            (entry) =>
              html`<option value=${entry.id} ?selected=${entry.id === this.assignmentId}>
                ${entry.title}
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  #summary(calendar: AdherenceCalendar, formats: ChartFormats): string {
    return this.localize.term(
      'chartAdherenceSummary',
      this.localize.term('chartWeeks', calendar.weeks.length),
      calendar.completed,
      calendar.assigned,
      calendar.completionRate === null ? '—' : formatPercent(formats, calendar.completionRate),
      calendar.late,
      calendar.missed,
      calendar.currentStreak,
    );
  }

  #table(calendar: AdherenceCalendar | undefined, formats: ChartFormats): DataTable {
    const term = this.localize.term.bind(this.localize);
    const rows = (calendar?.days ?? [])
      .filter((day) => day.assigned > 0)
      .map((day) => [
        formatDate(formats, Date.parse(`${day.date}T12:00:00Z`)),
        String(day.assigned),
        String(day.onTime),
        String(day.late),
        String(day.missed),
        String(day.pending),
        (this.#byDay.get(day.date) ?? [])
          .map((occurrence) =>
            term(
              'chartAdherenceDetail',
              this.#title(occurrence.assignmentId),
              this.#statusWord(occurrence.status),
            ),
          )
          .join('; '),
      ]);
    return {
      caption: this.label || this.defaultLabel(),
      columns: [
        term('chartColumnWhen'),
        term('chartAdherenceColumnAssigned'),
        term('chartAdherenceStatusDone'),
        term('chartAdherenceStatusLate'),
        term('chartAdherenceStatusMissed'),
        term('chartAdherenceStatusOpen'),
        term('chartColumnNote'),
      ],
      rows,
    };
  }
}
