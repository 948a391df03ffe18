/**
 * An assignment: a clinician asks a client to do one activity on a schedule, with a reason.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ActivityRefSchema } from '../definitions/common.js';
import { parse } from '../parse.js';
import { ScheduleSchema } from './schedule.js';
import { InstantStringSchema } from './time.js';

/** Lifecycle of an assignment. Only `active` ones are offered to the client as "today". */
export const ASSIGNMENT_STATUSES = ['active', 'paused', 'completed', 'cancelled'] as const;

/** `'active' | 'paused' | 'completed' | 'cancelled'`. */
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** An opaque identifier from the vendor or the store (never a name or an email). */
export const RecordIdSchema = z.string().check(z.minLength(1), z.maxLength(256));

/** Schema for {@link Assignment}. */
export const AssignmentSchema = z.object({
  id: RecordIdSchema,
  clientId: RecordIdSchema,
  clinicianId: RecordIdSchema,
  /** Which definition, in which version, the client is asked to do. */
  activity: ActivityRefSchema,
  schedule: ScheduleSchema,
  /** The clinician's reason or instructions, plain text (rendered as text, never HTML). */
  note: z.optional(z.string().check(z.maxLength(4000))),
  status: z.enum(ASSIGNMENT_STATUSES),
  /**
   * Where the clinician suggests this sits among the client's assignments (lower first).
   * Only a suggestion: it orders lists and never locks anything.
   */
  suggestedOrder: z.optional(z.number().check(z.int(), z.gte(0))),
  createdAt: InstantStringSchema,
  /**
   * When `status` last changed. For a paused, cancelled or completed assignment it is where
   * its schedule stops: no occurrence is due after it, so a pause never counts as missed work.
   */
  statusChangedAt: z.optional(InstantStringSchema),
});

/** One activity a clinician assigned to a client, with its schedule and note. */
export type Assignment = z.output<typeof AssignmentSchema>;

/**
 * Validates an assignment read from storage, a server or a composer form.
 *
 * @throws {@link ValidationError} with the path of every problem (e.g. `schedule.repeat.timeOfDay[0]`).
 * @example
 * ```ts
 * const assignment = parseAssignment({
 *   id: 'a-1', clientId: 'c-1', clinicianId: 't-1',
 *   activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
 *   schedule: { kind: 'repeat', timeZone: 'Europe/Berlin',
 *     repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-23' } } },
 *   status: 'active', createdAt: '2026-03-22T18:00:00+01:00',
 * });
 * ```
 */
export function parseAssignment(input: unknown): Assignment {
  return parse(AssignmentSchema, input, 'assignment');
}
