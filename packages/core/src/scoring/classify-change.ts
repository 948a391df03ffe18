/**
 * Change and recovery between two totals of one measure, with the thresholds taken from the measure
 * definition: a reliable change (Jacobson & Truax 1991, J Consult Clin Psychol 59:12–19, or the owner's
 * reliable-change figure) where one is published, else a clinically meaningful change (e.g. WHO-5's
 * 10 percentage points). Which one was applied is reported, so nothing is called reliable that is not.
 *
 * @module
 */
import type { MeasureDefinition } from '../definitions/measure.js';
import { measureTotalRange } from '../definitions/measure-range.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

/** What a change threshold means: a reliable-change index, or a clinically meaningful change. */
export const CHANGE_BASES = ['reliable-change', 'meaningful-change'] as const;

/** `'reliable-change' | 'meaningful-change'`. */
export type ChangeBasis = (typeof CHANGE_BASES)[number];

/** Outcomes against a clinically meaningful change threshold. */
export const MEANINGFUL_CHANGE_KINDS = [
  'meaningful-improvement',
  'meaningful-deterioration',
  'no-meaningful-change',
] as const;

/** `'meaningful-improvement' | 'meaningful-deterioration' | 'no-meaningful-change'`. */
export type MeaningfulChangeKind = (typeof MEANINGFUL_CHANGE_KINDS)[number];

/**
 * The outcomes of a change test; the name says its basis. `reliable-*` only ever comes from a
 * reliable-change threshold, `meaningful-*` from a meaningful-change threshold.
 */
export const CHANGE_KINDS = [
  'reliable-improvement',
  'reliable-deterioration',
  'no-reliable-change',
  // Written out, not spread from MEANINGFUL_CHANGE_KINDS: bundlers keep a spread (it may run an
  // iterator), so both lists would ship in every bundle that imports this module.
  'meaningful-improvement',
  'meaningful-deterioration',
  'no-meaningful-change',
] as const;

/** One of {@link CHANGE_KINDS}. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Why a change could not be classified: a total was unscorable (`null`), or the instrument publishes
 * neither a reliable-change nor a meaningful-change threshold (e.g. PHQ-8, PHQ-2, GAD-2).
 */
export type ChangeUnknownReason = 'missing-total' | 'no-reliable-change-threshold';

/** The threshold `classifyChange` applies to a measure, and what it means. */
export interface ChangeThreshold {
  readonly basis: ChangeBasis;
  /** Points on the raw total. */
  readonly threshold: number;
  readonly source: string;
}

/** The outcome of {@link classifyChange}. */
export interface ChangeClassification {
  /**
   * The class against {@link ChangeClassification.basis}'s threshold. `'no-reliable-change'` also when
   * the change is unknown; check `known` before reading it as "stable".
   */
  readonly change: ChangeKind;
  /** Which threshold `change` was judged against; `null` exactly when `known` is `false`. */
  readonly basis: ChangeBasis | null;
  /** That threshold in raw points, or `null` when `known` is `false`. */
  readonly threshold: number | null;
  /**
   * The class against the meaningful-change threshold whenever the measure publishes one, also when
   * `change` used the reliable-change threshold (PCL-5 has both); `null` when it has none or a total is missing.
   */
  readonly meaningfulChange: MeaningfulChangeKind | null;
  /** Whether `change` is a real classification (both totals present and a threshold published). */
  readonly known: boolean;
  /** Set exactly when `known` is `false`. */
  readonly reason: ChangeUnknownReason | null;
  /** `after − before` on the raw total, or `null` when either is missing. */
  readonly difference: number | null;
  /** A case before and not a case after (WHO-5: case = raw < 13). `false` when that cannot be told. */
  readonly recovered: boolean;
  /** Whether `recovered` could be told: both totals present and a caseness cut-off defined. */
  readonly recoveryKnown: boolean;
  /** Jacobson & Truax's "recovered": `recovered` and a reliable improvement (never on a meaningful-change basis). */
  readonly reliablyRecovered: boolean;
  /** Whether each total is a clinical case, or `null` when unknown. */
  readonly caseBefore: boolean | null;
  readonly caseAfter: boolean | null;
}

/**
 * The threshold change is classified against: the reliable-change threshold when the measure has
 * one, else its meaningful-change threshold, else `null`. Charts and prep use it to label markers
 * ("reliable change" vs "clinically meaningful change").
 *
 * @example
 * ```ts
 * changeThreshold(phq9); // { basis: 'reliable-change', threshold: 6, source: 'IAPT Manual …' }
 * changeThreshold(who5); // { basis: 'meaningful-change', threshold: 3, source: 'Topp et al. 2015 …' }
 * changeThreshold(phq8); // null
 * ```
 */
export function changeThreshold(definition: Pick<MeasureDefinition, 'scoring'>): ChangeThreshold | null {
  const { reliableChange, meaningfulChange } = definition.scoring;
  if (reliableChange) return { basis: 'reliable-change', ...reliableChange };
  if (meaningfulChange) return { basis: 'meaningful-change', ...meaningfulChange };
  return null;
}

/**
 * Classifies the change between two totals of one measure, as `scoreMeasure` returns them (WHO-5: the
 * raw 0–25 total, not the percentage). A change of at least the threshold ({@link changeThreshold})
 * towards "better" (lower for higher-is-worse measures) is an improvement, towards "worse" a
 * deterioration, named by the threshold's basis: `reliable-improvement` for a reliable-change index,
 * `meaningful-improvement` for a clinically meaningful change (WHO-5).
 *
 * Unknowns are never guessed: with a `null` total or no published threshold, `change` is
 * `'no-reliable-change'` with `known: false` and a `reason`; `recovered` is `false` with
 * `recoveryKnown: false` when a total is `null` or the measure defines no caseness cut-off.
 *
 * @throws {@link ValidationError} when a total is not a finite number within the measure's range (or `null`).
 * @example
 * ```ts
 * classifyChange(phq9, 16, 8);
 * // { change: 'reliable-improvement', basis: 'reliable-change', known: true, recovered: true, reliablyRecovered: true, difference: -8, … }
 * classifyChange(who5, 10, 14); // { change: 'meaningful-improvement', basis: 'meaningful-change', reliablyRecovered: false, … }
 * classifyChange(phq8, 16, 8); // { change: 'no-reliable-change', known: false, reason: 'no-reliable-change-threshold', recovered: true, … }
 * ```
 */
export function classifyChange(
  definition: MeasureDefinition,
  before: number | null,
  after: number | null,
): ChangeClassification {
  checkTotals(definition, before, after);
  const { direction, caseness, meaningfulChange } = definition.scoring;

  const isCase = (total: number | null): boolean | null => {
    if (total === null || !caseness) return null;
    return caseness.caseWhen === 'at-or-above' ? total >= caseness.threshold : total < caseness.threshold;
  };
  const caseBefore = isCase(before);
  const caseAfter = isCase(after);
  const recoveryKnown = caseBefore !== null && caseAfter !== null;
  const recovered = caseBefore === true && caseAfter === false;
  const recovery = { recovered, recoveryKnown, caseBefore, caseAfter };

  if (before === null || after === null) return unknown('missing-total', null, recovery);
  const difference = after - before;
  const applied = changeThreshold(definition);
  if (!applied) return unknown('no-reliable-change-threshold', difference, recovery);

  // Positive when the client got better, whichever way the scale runs.
  const gain = direction === 'higher-is-worse' ? -difference : difference;
  const movement = (threshold: number) =>
    gain >= threshold ? 'improvement' : -gain >= threshold ? 'deterioration' : 'none';
  const meaningful = (threshold: number): MeaningfulChangeKind => {
    const moved = movement(threshold);
    return moved === 'none' ? 'no-meaningful-change' : `meaningful-${moved}`;
  };
  const moved = movement(applied.threshold);
  const change: ChangeKind =
    applied.basis === 'meaningful-change'
      ? meaningful(applied.threshold)
      : moved === 'none'
        ? 'no-reliable-change'
        : `reliable-${moved}`;
  return {
    change,
    basis: applied.basis,
    threshold: applied.threshold,
    meaningfulChange: meaningfulChange ? meaningful(meaningfulChange.threshold) : null,
    known: true,
    reason: null,
    difference,
    ...recovery,
    reliablyRecovered: recovered && change === 'reliable-improvement',
  };
}

function unknown(
  reason: ChangeUnknownReason,
  difference: number | null,
  recovery: Pick<ChangeClassification, 'recovered' | 'recoveryKnown' | 'caseBefore' | 'caseAfter'>,
): ChangeClassification {
  return {
    change: 'no-reliable-change',
    basis: null,
    threshold: null,
    meaningfulChange: null,
    known: false,
    reason,
    difference,
    ...recovery,
    reliablyRecovered: false,
  };
}

function checkTotals(definition: MeasureDefinition, before: unknown, after: unknown): void {
  const range = measureTotalRange(definition);
  const issues: ValidationIssue[] = [];
  for (const [name, total] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (total === null) continue;
    if (typeof total !== 'number' || !Number.isFinite(total) || total < range.min || total > range.max) {
      issues.push({
        path: [name],
        code: 'invalid_value',
        message: 'must be a total within the measure range, or null',
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(`totals of ${definition.id}`, issues);
}
