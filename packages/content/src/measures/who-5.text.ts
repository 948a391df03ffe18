/**
 * The WHO-5 wording as a separate entry point, kept so code written for 1.0.0 goes on working. Since
 * 1.1.0 the licence finding is "free to use without permission" (see `who-5.ts`), so the main
 * `who5` definition carries the official wording itself and this module only re-exports it.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { WHO5_TEXT, who5 } from './who-5.js';

export { WHO5_TEXT };

/**
 * How the vendor uses the WHO-5 text. Kept for 1.0.0 callers; the WHO-5 needs no permission, so
 * the value no longer changes anything.
 *
 * @deprecated Use `who5` (or `getMeasure('who-5')`), which carries the wording.
 */
export type Who5TextUse = { use: 'non-commercial' } | { use: 'commercial'; permission?: string };

/**
 * The WHO-5 definition with its official English wording: the same object as `who5`.
 *
 * @deprecated Use `who5` (or `getMeasure('who-5')`), which carries the wording since 1.1.0.
 * @example
 * ```ts
 * who5WithText({ use: 'commercial' }) === who5; // true
 * ```
 */
export function who5WithText(use?: Who5TextUse): MeasureDefinition {
  void use;
  return who5;
}
