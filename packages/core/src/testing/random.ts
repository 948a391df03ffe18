/**
 * A small seeded random source for simulations: the same seed gives the same numbers on every
 * machine and runtime (only integer arithmetic and `Math.log`/`Math.sqrt`/`Math.cos`).
 *
 * @module
 */

/** Uniform numbers in `[0, 1)`, normal deviates and small helpers, all from one seed. */
export interface RandomSource {
  /** Uniform in `[0, 1)`. */
  next(): number;
  /** Uniform in `[min, max)`. */
  uniform(min: number, max: number): number;
  /** A whole number in `[min, max]`. */
  integer(min: number, max: number): number;
  /** Standard normal (mean 0, SD 1). */
  normal(): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain) with Box–Muller normals.
 * Fast and well enough distributed for simulation; not for anything secret.
 *
 * @example
 * ```ts
 * const random = seededRandom(13);
 * random.normal(); // the same value every run
 * ```
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  let spare: number | undefined;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal: () => {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      // 1 − next() is in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}
