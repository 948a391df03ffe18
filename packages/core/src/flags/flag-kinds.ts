/**
 * The vocabulary of flags (kinds, severities, reasons, evidence roles) and their order, apart
 * from the schemas in `flag.ts`: a bundler cannot drop a module-level `z.object(…)`, so an
 * element that only sorts or filters flags would otherwise carry zod and the model's schemas.
 *
 * @module
 */
import type { Flag } from './flag.js';
import { epochMs } from './time.js';

/** What a flag is about. */
export const FLAG_KINDS = [
  'risk',
  'deterioration',
  'mood-shift',
  'non-engagement',
  'completion',
  'overload',
] as const;

/** `'risk' | 'deterioration' | 'mood-shift' | 'non-engagement' | 'completion' | 'overload'`. */
export type FlagKind = (typeof FLAG_KINDS)[number];

/** How soon a clinician should look, most pressing first (the order flags are sorted in). */
export const FLAG_SEVERITIES = ['urgent', 'attention', 'info'] as const;

/** `'urgent' | 'attention' | 'info'`. */
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

/**
 * Why exactly a flag was raised, one code per rule variant, so interfaces can word it in
 * their own language without parsing anything.
 */
export const FLAG_REASONS = [
  /** A risk item answered at or above its threshold. */
  'risk-endorsed',
  /** A risk item left unanswered: unknown risk, never "no risk". */
  'risk-unanswered',
  /** Reliable (WHO-5: clinically meaningful) deterioration against the client's baseline (the mean of their first scores) on the measure. */
  'worse-than-baseline',
  /** Reliable (WHO-5: clinically meaningful) deterioration from a better previous score: a confirmed relapse after improvement. */
  'worse-than-previous',
  /** A tracked check-in item moved the worse way from the client's own baseline, and stayed there (or one severe value). */
  'shift-worse',
  /** A tracked check-in item moved the better way from the client's own baseline, and stayed there. */
  'shift-better',
  /** No completed submission for a number of days (and/or missed occurrences in a row). */
  'no-recent-completion',
  /** Occurrences missed in a row, while the days without completion are still under the limit. */
  'missed-in-a-row',
  /** Work was completed recently. */
  'completed',
  /** More new exercises in a rolling week than the limit. */
  'too-many-new-exercises',
] as const;

/** One of {@link FLAG_REASONS}. */
export type FlagReason = (typeof FLAG_REASONS)[number];

/** The part a piece of evidence plays in its flag. */
export const EVIDENCE_ROLES = [
  /** A risk item's answer (`value`; `null` when unanswered). */
  'risk-answer',
  /** A score compared against: each baseline score, or the score before a relapse. */
  'score-before',
  /** A score of the worse run, up to the latest. */
  'score-after',
  /** One of the values the recent baseline is the mean of. */
  'baseline-value',
  /** The value that moved away from the baseline. */
  'shifted-value',
  /** The client's last completed submission before a lapse. */
  'last-completion',
  /** An occurrence that expired without a completion. */
  'missed-occurrence',
  /** A completed submission. */
  'completion',
  /** A newly created exercise assignment. */
  'new-assignment',
] as const;

/** One of {@link EVIDENCE_ROLES}. */
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

/**
 * Orders flags by severity (urgent first), then most recent `raisedAt` first, then id, so any
 * list of flags sorts the same way whatever order it came in.
 *
 * @example
 * ```ts
 * flags.sort(compareFlags);
 * ```
 */
export function compareFlags(a: Flag, b: Flag): number {
  return (
    FLAG_SEVERITIES.indexOf(a.severity) - FLAG_SEVERITIES.indexOf(b.severity) ||
    epochMs(b.raisedAt) - epochMs(a.raisedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
