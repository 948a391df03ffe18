/**
 * A flag: one thing in a caseload that deserves a clinician's look (review by exception),
 * with the evidence that raised it and a stable id so acknowledgement survives recomputation.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ActivityRefSchema } from '../definitions/common.js';
import { RecordIdSchema } from '../model/assignment.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
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

/** Schema for {@link FlagEvidence}. */
export const FlagEvidenceSchema = z.object({
  role: z.enum(EVIDENCE_ROLES),
  /** When it happened: submitted, due, or created. */
  at: InstantStringSchema,
  /** The number observed, if any (a total, an answer, a check-in value); `null` when unanswered. */
  value: z.optional(z.nullable(z.number())),
  submissionId: z.optional(RecordIdSchema),
  assignmentId: z.optional(RecordIdSchema),
  occurrenceId: z.optional(z.string().check(z.minLength(1))),
  activity: z.optional(ActivityRefSchema),
  /** The measure item or check-in item the value belongs to. */
  itemId: z.optional(z.string().check(z.minLength(1))),
});

/** A value with its date (and where it came from) that supports a flag. */
export type FlagEvidence = z.output<typeof FlagEvidenceSchema>;

/** Schema for {@link Flag}. */
export const FlagSchema = z.object({
  /**
   * Derived only from the kind, the client and the triggering evidence (e.g.
   * `risk:c-1:<submissionId>:<itemId>`), so the same situation always gets the same id and an
   * acknowledgement keyed by it survives recomputation.
   */
  id: z.string().check(z.minLength(1)),
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(FLAG_SEVERITIES),
  reason: z.enum(FLAG_REASONS),
  clientId: RecordIdSchema,
  /** When the triggering evidence happened (not when the engine ran), so it is stable too. */
  raisedAt: InstantStringSchema,
  /** Set when a clinician acknowledged this id at or before `now`. */
  acknowledgedAt: z.optional(InstantStringSchema),
  /**
   * Set while a clinician's snooze of this id runs (made at or before `now`, ending after it):
   * the flag is out of the queue until then and comes back by itself. Never set on an urgent
   * flag (a risk answer cannot be snoozed) nor on an acknowledged one.
   */
  snoozedUntil: z.optional(InstantStringSchema),
  /** The activity concerned, when the flag is about one (a measure, a check-in, an exercise). */
  activity: z.optional(ActivityRefSchema),
  /** The item concerned (risk item, tracked check-in item). */
  itemId: z.optional(z.string().check(z.minLength(1))),
  /** Numbers a view may show next to the evidence, by name (e.g. `baseline`, `difference`, `threshold`). */
  metrics: z.record(z.string(), z.nullable(z.number())),
  /** Values and dates that raised the flag, oldest first. */
  evidence: z.array(FlagEvidenceSchema),
});

/** One thing that deserves a clinician's look, with its evidence. */
export type Flag = z.output<typeof FlagSchema>;

/** Schema for {@link FlagAcknowledgement}. */
export const FlagAcknowledgementSchema = z.object({
  flagId: z.string().check(z.minLength(1)),
  /** When the clinician acted: acknowledged the flag, or snoozed it. */
  acknowledgedAt: InstantStringSchema,
  /**
   * Present on a snooze: "seen, show it to me again from this instant" (the start of the day the
   * clinician chose, in their zone). Absent on an acknowledgement, which is final.
   */
  snoozedUntil: z.optional(InstantStringSchema),
});

/**
 * A clinician saw flag `flagId` at `acknowledgedAt`: acknowledged it for good, or, with
 * `snoozedUntil`, snoozed it until then. Stored by the host; an acknowledgement is keyed by the flag
 * id, each snooze by an id of its own (both append-only: a later snooze or an acknowledgement
 * supersedes an earlier snooze, see `computeFlags`).
 */
export type FlagAcknowledgement = z.output<typeof FlagAcknowledgementSchema>;

/**
 * Validates a flag read back from storage or a server.
 *
 * @throws {@link ValidationError} with the path of every problem.
 * @example
 * ```ts
 * const flag = parseFlag(JSON.parse(stored));
 * ```
 */
export function parseFlag(input: unknown): Flag {
  return parse(FlagSchema, input, 'flag');
}

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
