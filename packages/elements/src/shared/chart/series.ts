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
import { bandPath, gapsAfter, linePath, withGaps, type BandPoint } from './shapes.js';
import { dayNumber } from './time.js';

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
  // Parse each instant once; sort only when the points are not already in time order.
  let timed = series.points.map((point) => ({ ms: Date.parse(point.at), value: point.value }));
  if (timed.some((point, index) => index > 0 && point.ms < timed[index - 1]!.ms)) {
    timed = [...timed].sort((a, b) => a.ms - b.ms);
  }
  const ms = timed.map((point) => point.ms);
  const values = timed.map((point) => point.value);
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
  return { series, ms, values, bands, positions, gaps: gapsAfter(ms.map(dayNumber)) };
}

/** The focusable point of a series; the chart base class's `stopPoint()`, bound to a series. */
export type StopRenderer = (
  place: (index: number) => { x: number; y: number; kind?: string; shape?: 'round' | 'square' },
) => unknown;

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
  const xs = model.ms.map((ms) => round(dayNumber(ms) - origin));
  const bandPoints: BandPoint[] = model.bands.map((band, i) => (band ? [xs[i]!, band.low, band.high] : null));
  const isOutside = (i: number) => {
    const position = model.positions[i];
    return outsideAsSquares && (position === 'above' || position === 'below');
  };
  let dots = '';
  let squares = '';
  xs.forEach((value, i) => {
    const dot = `M${value} ${model.values[i]!}h0`;
    if (isOutside(i)) squares += dot;
    else dots += dot;
  });
  // Dense data gets smaller dots: at most about a point's spacing, never under 3 px.
  const spacing = xs.length > 1 ? Math.abs(x.k) * ((xs[xs.length - 1]! - xs[0]!) / (xs.length - 1)) : 8;
  const size = Math.max(3, Math.min(8, spacing * 0.9));
  return svg`<g class="data" transform="matrix(${x.k} 0 0 ${y.k} ${x(0)} ${y(0)})" style="--_il-point-size:min(var(--il-chart-point-size, 8px), ${size.toFixed(1)}px)">
    <path class="band" part="band" d=${bandPath(bandPoints)}></path>
    <path class="line" part="line" d=${linePath(
      withGaps(
        xs.map((value, i) => [value, model.values[i]!] as const),
        model.gaps,
      ),
    )}></path>
    <path class="point dots round" part="points" d=${dots}></path>
    <path class="point dots square outside" part="points outside" d=${squares}></path>
    ${stop((i) => ({ x: xs[i]!, y: model.values[i]!, kind: isOutside(i) ? 'outside' : '', shape: isOutside(i) ? 'square' : 'round' }))}
  </g>`;
}

/** Data coordinates to 4 decimals (a day is 1; 4 decimals is under 10 seconds). */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
