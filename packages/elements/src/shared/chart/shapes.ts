/**
 * Lines as SVG path data (rounded to 4 decimals), written here: the charts draw only straight
 * segments, which `d3-shape` (2.9 kB gzip) or even `d3-path` (1 kB) wrap in far more than the
 * few string joins below (a tracked series' band, line and dots are written in one pass by
 * `seriesPaths` in `series.ts`). Coordinates are data coordinates (day numbers, values): the
 * plot group's transform maps them to pixels, so appending a point never rewrites earlier ones.
 *
 * @module
 */

/** `value` rounded to 4 decimals, as path data writes it. */
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** One path command: `M` (move) or `L` (line) to `x,y`. */
const to = (command: 'M' | 'L', x: number, y: number) => `${command}${round(x)},${round(y)}`;

/** A point of a line: `[x, y]`, or `null` to break the line there. */
export type LinePoint = readonly [number, number] | null;

/** Path data through `points`, broken at every `null`. */
export function linePath(points: readonly LinePoint[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point) path += to(drawing ? 'L' : 'M', point[0], point[1]);
    drawing = !!point;
  }
  return path;
}

/**
 * Where a time series should break: after a point followed by a silence longer than
 * `max(minDays, factor × the median interval)` (a missed week in daily check-ins is a gap;
 * weekly questionnaires are not). Returns, per point, whether a gap follows it.
 */
export function gapsAfter(days: readonly number[], minDays = 3, factor = 3): boolean[] {
  const intervals = days.slice(1).map((day, index) => day - (days[index] as number));
  const sorted = Float64Array.from(intervals).sort(); // numeric, and no comparator to call
  const median = sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
  const limit = Math.max(minDays, factor * median);
  return days.map((_, index) => index < intervals.length && (intervals[index] as number) > limit);
}
