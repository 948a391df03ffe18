/**
 * Lines and bands as SVG path data, through `d3-shape` (line and area with linear segments, and
 * gaps where data is missing). Coordinates are data coordinates (day numbers, values): the plot
 * group's transform maps them to pixels, so appending a point never rewrites earlier ones.
 *
 * @module
 */
import { area, line } from 'd3-shape';

/** A point of a line: `[x, y]`, or `null` to break the line there. */
export type LinePoint = readonly [number, number] | null;

const lineShape = line<LinePoint>()
  .defined((point) => point !== null)
  .x((point) => (point as readonly [number, number])[0])
  .y((point) => (point as readonly [number, number])[1])
  .digits(4);

/** Path data through `points`, broken at every `null`. Empty for fewer than one point. */
export function linePath(points: readonly LinePoint[]): string {
  return lineShape(points as LinePoint[]) ?? '';
}

/** A band edge: `[x, low, high]`, or `null` to break the band there. */
export type BandPoint = readonly [number, number, number] | null;

const bandShape = area<BandPoint>()
  .defined((point) => point !== null)
  .x((point) => (point as readonly number[])[0] as number)
  .y0((point) => (point as readonly number[])[1] as number)
  .y1((point) => (point as readonly number[])[2] as number)
  .digits(4);

/** Path data of the area between low and high, broken at every `null`. */
export function bandPath(points: readonly BandPoint[]): string {
  return bandShape(points as BandPoint[]) ?? '';
}

/**
 * Where a time series should break: after a point followed by a silence longer than
 * `max(minDays, factor × the median interval)` (a missed week in daily check-ins is a gap;
 * weekly questionnaires are not). Returns, per point, whether a gap follows it.
 */
export function gapsAfter(days: readonly number[], minDays = 3, factor = 3): boolean[] {
  const intervals = days.slice(1).map((day, index) => day - (days[index] as number));
  const sorted = [...intervals].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
  const limit = Math.max(minDays, factor * median);
  return days.map((_, index) => index < intervals.length && (intervals[index] as number) > limit);
}

/** A line's points with a `null` inserted after every gap. */
export function withGaps(
  points: readonly (readonly [number, number])[],
  gaps: readonly boolean[],
): LinePoint[] {
  const result: LinePoint[] = [];
  points.forEach((point, index) => {
    result.push(point);
    if (gaps[index]) result.push(null);
  });
  return result;
}
