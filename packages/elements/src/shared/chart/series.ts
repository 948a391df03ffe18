/**
 * A tracked series as the charts draw it: its times, values, the client's own baseline band
 * (`personalBaseline` from `@interlude/core`) and where the line breaks, and the plot layer that
 * draws band, line and points in data coordinates under one transform (so an appended point
 * adds one element and changes one path, never the earlier points).
 *
 * @module
 */
import { svg, type SVGTemplateResult } from 'lit';
import {
  DEFAULT_BASELINE,
  baselinePosition,
  personalBaseline,
  type BaselineBand,
  type BaselinePosition,
} from '@interlude/core';
import type { LinearScale } from './scales.js';
import { gapsAfter } from './shapes.js';
import { styleProperties } from '../internal/style-properties.js';
import { dayNumber } from './time.js';
import type { StopPlace } from './stop-point.js';

/** The points of a tracked series (`{ at, value }`, any order). */
export interface SeriesInput {
  readonly points: readonly { readonly at: string; readonly value: number }[];
}

/** A series with what the charts derive from it. */
export interface SeriesModel<S extends SeriesInput = SeriesInput> {
  readonly series: S;
  readonly ms: readonly number[];
  readonly values: readonly number[];
  readonly bands: readonly (BaselineBand | null)[];
  readonly positions: readonly (BaselinePosition | null)[];
  readonly gaps: readonly boolean[];
}

/**
 * Sorts the points and derives the baseline band, positions and gaps. Given the model of the
 * same series before an append (the same point objects first, later ones after), only the new
 * points' bands are computed: a band depends on the values before it alone.
 */
export function seriesModel<S extends SeriesInput>(series: S, previous?: SeriesModel<S>): SeriesModel<S> {
  const extended = previous && appendedTo(series, previous);
  if (extended) return extended;
  // Parse each instant once (again only to sort points that are not already in time order).
  const at = (point: SeriesInput['points'][number]) => Date.parse(point.at);
  let points = series.points;
  let ms = points.map(at);
  // (`ms[-1]` is undefined, and nothing is less than it.)
  if (ms.some((time, index) => time < ms[index - 1]!))
    ms = (points = [...points].sort((a, b) => at(a) - at(b))).map(at);
  const values = points.map((point) => point.value);
  const bands = personalBaseline(values);
  return {
    series,
    ms,
    values,
    bands,
    positions: values.map((value, index) => positionOf(value, bands[index])),
    gaps: gapsAfter(ms.map(dayNumber)),
  };
}

function positionOf(value: number, band: BaselineBand | null | undefined): BaselinePosition | null {
  return band ? baselinePosition(value, band) : null;
}

/** `previous` extended by the points appended to it, or `undefined` when `series` is not such an append. */
function appendedTo<S extends SeriesInput>(series: S, previous: SeriesModel<S>): SeriesModel<S> | undefined {
  const before = previous.series.points;
  const points = series.points;
  if (points.length <= before.length || before.length === 0) return undefined;
  for (let index = 0; index < before.length; index += 1)
    if (points[index] !== before[index]) return undefined;
  const ms = [...previous.ms];
  const values = [...previous.values];
  const bands = [...previous.bands];
  const positions = [...previous.positions];
  for (let index = before.length; index < points.length; index += 1) {
    const point = points[index]!;
    const at = Date.parse(point.at);
    if (at < ms[ms.length - 1]!) return undefined;
    ms.push(at);
    values.push(point.value);
    const window = values.slice(Math.max(0, values.length - 1 - DEFAULT_BASELINE.size));
    const band = personalBaseline(window)[window.length - 1] ?? null;
    bands.push(band);
    positions.push(positionOf(point.value, band));
  }
  const model = { series, ms, values, bands, positions, gaps: gapsAfter(ms.map(dayNumber)) };
  const drawn = drawings.get(previous);
  if (drawn) drawings.set(model, drawn);
  return model;
}

/** The focusable point of a series: `stopPoint` (`stop-point.ts`) with the series' tab stop. */
export type StopRenderer = (place: StopPlace) => unknown;

/** Path data of a series' band, line and dots, in data coordinates; see {@link seriesPaths}. */
export interface SeriesPaths {
  /** Each point's x: days since the origin, rounded as path data writes it. */
  readonly xs: readonly number[];
  /** The usual-range band: one closed shape per run of points that have one. */
  readonly band: string;
  /** The line, broken after every gap. */
  readonly line: string;
  /** Zero-length segments (their caps draw the dots), and those drawn as squares. */
  readonly dots: string;
  readonly squares: string;
}

/** Whether point `index` is drawn as a square: outside its usual range, in a view that shows it. */
function drawnSquare(model: SeriesModel, index: number, outsideAsSquares: boolean): boolean {
  const position = model.positions[index];
  return outsideAsSquares && (position === 'above' || position === 'below');
}

/** What {@link seriesPaths} wrote for a model: reused while it is drawn again, extended on an append. */
interface Drawn extends SeriesPaths {
  /** The origin and square setting it was written for. */
  readonly key: string;
  /** The gaps it was written with: an append that moves an earlier break redraws the line. */
  readonly gaps: readonly boolean[];
  /** The band so far: its closed runs, and the open run's upper edge and lower edge (backwards). */
  readonly closed: string;
  readonly highs: string;
  readonly lows: string;
}

/** Each model's drawing; a model extended by an append starts with the one it extends. */
const drawings = new WeakMap<SeriesModel, Drawn>();
const NOTHING_DRAWN = { line: '', dots: '', squares: '', closed: '', highs: '', lows: '' };

/**
 * A series' path data (days since `origin`, values); values outside the usual range go to
 * `squares` when `outsideAsSquares`. Coordinates are rounded to 4 decimals. Written in one pass
 * over the points, once per model: drawing the same model again reuses it, and a model
 * extended by an append (see {@link seriesModel}) continues the previous strings with the new
 * points only.
 */
export function seriesPaths(model: SeriesModel, origin: number, outsideAsSquares: boolean): SeriesPaths {
  const key = `${origin} ${outsideAsSquares}`;
  const { ms, values, bands, gaps } = model;
  let from = drawings.get(model);
  if (from?.key === key && from.xs.length === ms.length) return from;
  if (from?.key !== key || from.gaps.some((gap, index) => index < from!.xs.length - 1 && gap !== gaps[index]))
    from = undefined;
  const xs = from ? [...from.xs] : [];
  let { line, dots, squares, closed, highs, lows } = from ?? NOTHING_DRAWN;
  for (let index = xs.length; index < ms.length; index += 1) {
    const x = round(dayNumber(ms[index]!) - origin);
    const value = values[index]!;
    xs.push(x);
    // x written once for the four paths: converting a fraction to text is the costly part.
    const at = `${x}`;
    line += `${index === 0 || gaps[index - 1] ? 'M' : 'L'}${at},${round(value)}`;
    if (drawnSquare(model, index, outsideAsSquares)) squares += `M${at} ${value}h0`;
    else dots += `M${at} ${value}h0`;
    const edge = bands[index];
    if (edge) {
      highs += `${highs ? 'L' : 'M'}${at},${round(edge.high)}`;
      lows = `L${at},${round(edge.low)}${lows}`;
    } else if (highs) {
      closed += `${highs}${lows}Z`;
      highs = lows = '';
    }
  }
  const band = highs ? `${closed}${highs}${lows}Z` : closed;
  const drawn = { key, gaps, xs, line, dots, squares, band, closed, highs, lows };
  drawings.set(model, drawn);
  return drawn;
}

/**
 * The band, line and dots of a series, in data coordinates (days since `origin`, values)
 * under the transform of `x` and `y`, plus its focusable point. The dots are one path of
 * zero-length segments (their caps draw them), values outside the usual range a second path of
 * squares when `outsideAsSquares` (the clinician's view; the client's own view keeps every
 * point round): a handful of nodes whatever the number of points.
 */
export function seriesLayer(
  model: SeriesModel,
  origin: number,
  x: LinearScale,
  y: LinearScale,
  stop: StopRenderer,
  outsideAsSquares: boolean,
): SVGTemplateResult {
  const { xs, band, line, dots, squares } = seriesPaths(model, origin, outsideAsSquares);
  // Dense data gets smaller dots: at most about a point's spacing, never under 3 px.
  const spacing = xs.length > 1 ? Math.abs(x.k) * ((xs[xs.length - 1]! - xs[0]!) / (xs.length - 1)) : 8;
  const size = Math.max(3, Math.min(8, spacing * 0.9));
  return svg`<g class="data" transform="matrix(${x.k} 0 0 ${y.k} ${x(0)} ${y(0)})" ${styleProperties({ '--_il-point-size': `min(var(--il-chart-point-size, 8px), ${size.toFixed(1)}px)` })}>
    <path class="band" part="band" d=${band}></path>
    <path class="line" part="line" d=${line}></path>
    <path class="point dots round" part="points" d=${dots}></path>
    <path class="point dots square outside" part="points outside" d=${squares}></path>
    ${stop((i) => {
      const square = drawnSquare(model, i, outsideAsSquares);
      return {
        x: xs[i]!,
        y: model.values[i]!,
        kind: square ? 'outside' : '',
        shape: square ? 'square' : 'round',
      };
    })}
  </g>`;
}

/** Data coordinates to 4 decimals (a day is 1; 4 decimals is under 10 seconds). */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
