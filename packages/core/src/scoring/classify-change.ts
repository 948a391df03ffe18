/**
 * Reliable change and recovery between two totals of one measure (Jacobson & Truax 1991,
 * J Consult Clin Psychol 59:12–19), with the thresholds taken from the measure definition.
 *
 * @module
 */
import type { MeasureDefinition } from '../definitions/measure.js';
import { measureTotalRange } from '../definitions/measure-range.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

/** The three outcomes of a reliable-change test. */
export const CHANGE_KINDS = ['reliable-improvement', 'reliable-deterioration', 'no-reliable-change'] as const;

/** `'reliable-improvement' | 'reliable-deterioration' | 'no-reliable-change'`. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Why a change could not be classified: a total was unscorable (`null`), or the instrument has no
 * published reliable-change threshold (e.g. PHQ-8, PHQ-2, GAD-2).
 */
export type ChangeUnknownReason = 'missing-total' | 'no-reliable-change-threshold';

/** The outcome of {@link classifyChange}. */
export interface ChangeClassification {
  /** `'no-reliable-change'` also when the change is unknown; check `known` before reading it as "stable". */
  readonly change: ChangeKind;
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
  /** Jacobson & Truax's "recovered": `recovered` and a reliable improvement. */
  readonly reliablyRecovered: boolean;
  /** Whether each total is a clinical case, or `null` when unknown. */
  readonly caseBefore: boolean | null;
  readonly caseAfter: boolean | null;
}

/**
 * Classifies the change between two totals of one measure, as `scoreMeasure` returns them (WHO-5: the
 * raw 0–25 total, not the percentage). A change of at least the definition's reliable-change threshold
 * towards "better" (lower for higher-is-worse measures) is a reliable improvement, towards "worse" a
 * reliable deterioration.
 *
 * Unknowns are never guessed: with a `null` total or no published threshold, `change` is
 * `'no-reliable-change'` with `known: false` and a `reason`; `recovered` is `false` with
 * `recoveryKnown: false` when a total is `null` or the measure defines no caseness cut-off.
 *
 * @throws {@link ValidationError} when a total is not a finite number within the measure's range (or `null`).
 * @example
 * ```ts
 * classifyChange(phq9, 16, 8);
 * // { change: 'reliable-improvement', known: true, recovered: true, reliablyRecovered: true, difference: -8, … }
 * classifyChange(phq8, 16, 8); // { change: 'no-reliable-change', known: false, reason: 'no-reliable-change-threshold', recovered: true, … }
 * ```
 */
export function classifyChange(
  definition: MeasureDefinition,
  before: number | null,
  after: number | null,
): ChangeClassification {
  checkTotals(definition, before, after);
  const { direction, reliableChange, caseness } = definition.scoring;

  const isCase = (total: number | null): boolean | null => {
    if (total === null || !caseness) return null;
    return caseness.caseWhen === 'at-or-above' ? total >= caseness.threshold : total < caseness.threshold;
  };
  const caseBefore = isCase(before);
  const caseAfter = isCase(after);
  const recoveryKnown = caseBefore !== null && caseAfter !== null;
  const recovered = caseBefore === true && caseAfter === false;

  if (before === null || after === null) {
    return unknown('missing-total', null, { recovered, recoveryKnown, caseBefore, caseAfter });
  }
  const difference = after - before;
  if (!reliableChange) {
    return unknown('no-reliable-change-threshold', difference, {
      recovered,
      recoveryKnown,
      caseBefore,
      caseAfter,
    });
  }

  // Positive when the client got better, whichever way the scale runs.
  const gain = direction === 'higher-is-worse' ? -difference : difference;
  const change: ChangeKind =
    gain >= reliableChange.threshold
      ? 'reliable-improvement'
      : -gain >= reliableChange.threshold
        ? 'reliable-deterioration'
        : 'no-reliable-change';
  return {
    change,
    known: true,
    reason: null,
    difference,
    recovered,
    recoveryKnown,
    reliablyRecovered: recovered && change === 'reliable-improvement',
    caseBefore,
    caseAfter,
  };
}

function unknown(
  reason: ChangeUnknownReason,
  difference: number | null,
  recovery: Pick<ChangeClassification, 'recovered' | 'recoveryKnown' | 'caseBefore' | 'caseAfter'>,
): ChangeClassification {
  return {
    change: 'no-reliable-change',
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
