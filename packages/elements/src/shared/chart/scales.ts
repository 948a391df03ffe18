/**
 * Linear scales and nice ticks. The scale is five lines of arithmetic; ticks and "nice" ends
 * come from `d3-array`, which is 0.8 kB gzip where `d3-scale` costs 9 kB (it brings
 * interpolators, number and time formatting this library does with `Intl`).
 *
 * @module
 */
import { nice, ticks } from 'd3-array';

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

/** About `count` round tick values covering `[min, max]` (e.g. 0, 5, 10 … 25 for 0–27). */
export function valueTicks(min: number, max: number, count: number): number[] {
  return ticks(min, max, Math.max(1, count));
}

/** `[min, max]` widened to round numbers for about `count` ticks. */
export function niceDomain(min: number, max: number, count: number): [number, number] {
  const [low, high] = nice(min, max, Math.max(1, count));
  return [low, high];
}
