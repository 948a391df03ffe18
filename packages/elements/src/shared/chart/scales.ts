/**
 * Linear scales and nice ticks. The scale is five lines of arithmetic; ticks and "nice" ends
 * follow `d3-array`'s `ticks` and `nice` (steps of 1, 2 or 5 × 10ⁿ, the same values), written
 * here because the charts need only these two and the package costs 1 kB gzip in a bundle.
 *
 * @module
 */

/** Maps a domain interval onto a range interval linearly (either may be reversed). */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Domain → range. */
  (value: number): number;
  /** Range → domain. */
  invert(position: number): number;
  /** Range units per domain unit (negative when the range runs the other way). */
  readonly k: number;
}

/** A linear scale from `domain` to `range`. A zero-width domain maps everything to the range's middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const middle = (r0 + r1) / 2;
  const scale = ((value: number) => (k === 0 ? middle : r0 + (value - d0) * k)) as LinearScale;
  Object.assign(scale, {
    domain,
    range,
    k,
    invert: (position: number) => (k === 0 ? d0 : d0 + (position - r0) / k),
  });
  return scale;
}

/**
 * The round step for about `count` ticks over `[start, stop]` (`start < stop`), as d3's
 * `tickIncrement`: a positive step, or for steps below 1 its negative inverse (−10 for 0.1), so
 * tick values are computed by division without binary fractions creeping in.
 */
function tickStep(start: number, stop: number, count: number): number {
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
}

/** `value` in units of `step` (see {@link tickStep}), and back. */
const inSteps = (value: number, step: number) => (step < 0 ? value * -step : value / step);
const ofSteps = (units: number, step: number) => (step < 0 ? units / -step : units * step);

/** About `count` round tick values covering `[min, max]` (e.g. 0, 5, 10 … 25 for 0–27). */
export function valueTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return max === min ? [min] : [];
  count = Math.max(1, count);
  const step = tickStep(min, max, count);
  if (!Number.isFinite(step) || step === 0) return [];
  const first = Math.ceil(inSteps(min, step) - 1e-9);
  const last = Math.floor(inSteps(max, step) + 1e-9);
  const ticks: number[] = [];
  for (let units = first; units <= last; units += 1) ticks.push(ofSteps(units, step) || 0); // || 0: never −0
  // As d3: a single round step that misses the range gets a second try with twice the count.
  return ticks.length === 0 && count < 2 ? valueTicks(min, max, count * 2) : ticks;
}

/** `[min, max]` widened to round numbers for about `count` ticks. */
export function niceDomain(min: number, max: number, count: number): [number, number] {
  let previous: number | undefined;
  for (;;) {
    if (!(max > min)) return [min, max];
    const step = tickStep(min, max, Math.max(1, count));
    if (step === previous || step === 0 || !Number.isFinite(step)) return [min, max];
    [min, max] = [
      ofSteps(Math.floor(inSteps(min, step)), step),
      ofSteps(Math.ceil(inSteps(max, step)), step),
    ];
    previous = step;
  }
}
