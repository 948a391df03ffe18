/**
 * The one scoring engine: every rule (values, reversal, sum, proration, bands, percentage, risk
 * items, extra flags) comes from the measure definition, so there is no instrument-specific code.
 *
 * @module
 */
import { InterludeError } from '../errors.js';
import type { MeasureDefinition, MeasureItem } from '../definitions/measure.js';
import { countedValue } from '../definitions/measure-range.js';
import { InvalidAnswerError, type AnswerProblem } from './answer-error.js';
import type { Score } from './score.js';

/** One answer: an allowed option value, or `null`/`undefined` when the item was left unanswered. */
export type MeasureAnswer = number | null | undefined;

/**
 * Answers to a measure: an array in the order of the definition's `items` (entries beyond its end
 * count as unanswered), or a record keyed by item id (which may also hold `supplementaryItems` answers).
 */
export type MeasureAnswers = readonly MeasureAnswer[] | Readonly<Record<string, MeasureAnswer>>;

/**
 * Scores one response to a measure.
 *
 * - The total sums the scored items (reverse-scored ones count `max − value`).
 * - Missing scored items follow the definition's rule: prorated totals (`sum × items ÷ answered`) keep
 *   their fraction and get `prorated: true`; past the rule's limit `total` and `band` are `null`. An
 *   unanswered item listed in `notApplicableItemIds` is left out (neither missing nor counted).
 * - The band is looked up on the total rounded half up.
 * - Risk items are evaluated whether or not the total is scorable; an unanswered risk item is listed
 *   in `unansweredRiskItemIds`, never treated as "no risk".
 * - `percentage` is present only when the definition defines one (WHO-5); `flags` holds the
 *   definition's extra flag rules by id (empty for most measures); a `subscale` flag is `false`
 *   unless every item of its subscale is answered.
 *
 * Pass a definition that went through `parseMeasureDefinition` (shipped content already has).
 *
 * @throws {@link InvalidAnswerError} when an answer is not one of its item's values, a record key is
 *   not an item id, an array is longer than the items, or `answers` is neither an array nor a record.
 * @example
 * ```ts
 * import { getMeasure } from '@interlude/content';
 * const phq9 = getMeasure('phq-9')!;
 * const score = scoreMeasure(phq9, [2, 2, 1, 2, 1, 1, 2, 2, 1]);
 * // { total: 14, band: 'moderate', prorated: false, riskItemIds: ['phq9-9'], unansweredRiskItemIds: [], … }
 * scoreMeasure(phq9, [2, 2, 1, 2, 1, 1, 2]); // items 8 and 9 missing: total 11 × 9 / 7 ≈ 14.14, band 'moderate',
 * // prorated: true, unansweredRiskItemIds: ['phq9-9']
 * ```
 */
export function scoreMeasure(definition: MeasureDefinition, answers: MeasureAnswers): Score {
  const values = resolveAnswers(definition, answers);
  const { items, scoring } = definition;

  let sum = 0;
  let answered = 0;
  let scoredCount = 0;
  const missingItemIds: string[] = [];
  const notApplicable = new Set(scoring.missingItems.notApplicableItemIds ?? []);
  items.forEach((item, index) => {
    if (!item.scored) return;
    const value = values[index] ?? null;
    // An item that may not apply (PHQ-15 item 4) is left out when unanswered, not counted as missing.
    if (value === null && notApplicable.has(item.id)) return;
    scoredCount += 1;
    if (value === null) {
      missingItemIds.push(item.id);
    } else {
      answered += 1;
      sum += countedValue(item, value);
    }
  });

  const allowedMissing = scoring.missingItems.kind === 'prorate' ? scoring.missingItems.maxMissing : 0;
  const scorable = missingItemIds.length <= allowedMissing && answered > 0;
  const prorated = scorable && missingItemIds.length > 0;
  // One division, so a prorated total is as exact as floating point allows (e.g. 14 × 9 / 7 is exactly 18).
  const total = !scorable ? null : prorated ? (sum * scoredCount) / answered : sum;
  const band = total === null ? null : bandFor(definition, roundHalfUp(total));
  const percentage = scoring.percentage && total !== null ? total * scoring.percentage.multiplier : null;

  const riskItemIds: string[] = [];
  const unansweredRiskItemIds: string[] = [];
  const riskRules = scoring.riskItems ?? [];
  items.forEach((item, index) => {
    const rule = riskRules.find((risk) => risk.itemId === item.id);
    if (!rule) return;
    const value = values[index] ?? null;
    if (value === null) unansweredRiskItemIds.push(item.id);
    else if (value >= rule.threshold) riskItemIds.push(item.id);
  });

  const flags: Record<string, boolean> = {};
  for (const rule of scoring.flags ?? []) {
    const meets = (value: number): boolean =>
      rule.comparison === 'at-most' ? value <= rule.value : value >= rule.value;
    if (rule.kind === 'score') {
      const value = rule.of === 'total' ? total : percentage;
      flags[rule.id] = value !== null && meets(value);
    } else if (rule.kind === 'subscale') {
      const subscale = rule.itemIds.map((id) => {
        const index = items.findIndex((item) => item.id === id);
        const value = values[index] ?? null;
        return value === null ? null : countedValue(items[index] as MeasureItem, value);
      });
      flags[rule.id] = !subscale.includes(null) && meets(subscale.reduce<number>((a, b) => a + (b ?? 0), 0));
    } else {
      flags[rule.id] = items.some((item, index) => {
        const value = values[index] ?? null;
        return item.scored && value !== null && meets(value);
      });
    }
  }

  return {
    measure: { id: definition.id, version: definition.version },
    total,
    band,
    prorated,
    unscorableReason: total === null ? 'too-many-missing-items' : null,
    missingItemIds,
    riskItemIds,
    unansweredRiskItemIds,
    ...(scoring.percentage ? { percentage } : {}),
    flags,
  };
}

/** Rounds half up (12.5 → 13), as the band lookup of a prorated total requires. */
function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

function bandFor(definition: MeasureDefinition, total: number): string {
  const band = definition.scoring.bands.find((candidate) => candidate.min <= total && total <= candidate.max);
  // A parsed definition's bands cover every possible total, so this only trips on an unparsed one.
  if (!band)
    throw new InterludeError(
      'measure-definition',
      `Measure ${definition.id} has no band for a possible total; parse it with parseMeasureDefinition`,
    );
  return band.id;
}

/** Validates `answers` and returns one value (or `null`) per entry of `definition.items`, in form order. */
function resolveAnswers(definition: MeasureDefinition, answers: unknown): (number | null)[] {
  const problems: AnswerProblem[] = [];
  const check = (item: MeasureItem, value: unknown, path: string | number): number | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && item.options.some((option) => option.value === value)) return value;
    problems.push({ path: [path], code: 'invalid_value', message: 'not an allowed value', itemId: item.id });
    return null;
  };

  let values: (number | null)[];
  if (Array.isArray(answers)) {
    const list: readonly unknown[] = answers;
    values = definition.items.map((item, index) => check(item, list[index], index));
    if (list.length > definition.items.length) {
      problems.push({
        path: [definition.items.length],
        code: 'too_big',
        message: 'more answers than the measure has items',
      });
    }
  } else if (typeof answers === 'object' && answers !== null) {
    const record = answers as Readonly<Record<string, unknown>>;
    const has = (id: string): boolean => Object.prototype.hasOwnProperty.call(record, id);
    values = definition.items.map((item) => (has(item.id) ? check(item, record[item.id], item.id) : null));
    const supplementary = definition.supplementaryItems ?? [];
    for (const key of Object.keys(record)) {
      const extra = supplementary.find((item) => item.id === key);
      if (extra) check(extra, record[key], key);
      else if (!definition.items.some((item) => item.id === key)) {
        problems.push({ path: [key], code: 'unrecognized_keys', message: 'not an item of this measure' });
      }
    }
  } else {
    problems.push({
      path: [],
      code: 'invalid_type',
      message: 'expected an array in item order or a record keyed by item id',
    });
    values = [];
  }

  if (problems.length > 0) throw new InvalidAnswerError(definition.id, problems);
  return values;
}
