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
import { EVIDENCE_ROLES, FLAG_KINDS, FLAG_REASONS, FLAG_SEVERITIES } from './flag-kinds.js';

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
