/**
 * The range of a measure's totals, apart from its schemas: the scoring engine and reliable
 * change need it, and importing it from here keeps the schema definitions out of bundles that
 * only classify totals (an outcome chart).
 *
 * @module
 */
import type { MeasureDefinition, MeasureItem } from './measure.js';

/**
 * The lowest and highest possible total: the sum over scored items of their lowest and highest
 * counted value (after reversal).
 *
 * @example
 * ```ts
 * measureTotalRange(phq9); // { min: 0, max: 27 }
 * ```
 */
export function measureTotalRange(definition: Pick<MeasureDefinition, 'items'>): {
  min: number;
  max: number;
} {
  let min = 0;
  let max = 0;
  for (const item of definition.items) {
    if (!item.scored || item.options.length === 0) continue;
    const counted = item.options.map((option) => countedValue(item, option.value));
    min += Math.min(...counted);
    max += Math.max(...counted);
  }
  return { min, max };
}

/** What an answer counts for in the total: its value, or `max − value` for a reverse-scored item. */
export function countedValue(item: Pick<MeasureItem, 'reverse'>, value: number): number {
  return item.reverse ? item.reverse.max - value : value;
}
