/**
 * Lines and bands as SVG path data (rounded to 4 decimals), written here: the charts draw only
 * straight segments, which `d3-shape` (2.9 kB gzip) or even `d3-path` (1 kB) wrap in far more
 * than the few string joins below. Coordinates are data coordinates (day numbers, values): the
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

/** A band edge: `[x, low, high]`, or `null` to break the band there. */
export type BandPoint = readonly [number, number, number] | null;

/** Path data of the area between low and high, one closed shape per unbroken run. */
export function bandPath(points: readonly BandPoint[]): string {
  let path = '';
  let run: (readonly [number, number, number])[] = [];
  const close = () => {
    if (run.length > 0) {
      run.forEach(([x, , high], index) => (path += to(index === 0 ? 'M' : 'L', x, high)));
      for (let index = run.length - 1; index >= 0; index -= 1)
        path += to('L', run[index]![0], run[index]![1]);
      path += 'Z';
    }
    run = [];
  };
  for (const point of points) {
    if (point === null) close();
    else run.push(point);
  }
  close();
  return path;
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
