/**
 * A submission: one completed (or abandoned) run of an activity. Append-only; its id doubles
 * as the idempotency key when syncing.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ActivityRefSchema } from '../definitions/common.js';
import { parse } from '../parse.js';
import { RecordIdSchema } from './assignment.js';
import { InstantStringSchema, TimeZoneSchema } from './time.js';

/** How a run ended. Only `completed` submissions count towards occurrences and adherence. */
export const SUBMISSION_STATUSES = ['completed', 'abandoned'] as const;

/** `'completed' | 'abandoned'`. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

const PrimitiveAnswerSchema = z.union([
  z.number(),
  z.string().check(z.maxLength(20_000)),
  z.boolean(),
  z.null(),
]);

/**
 * One answer: a number (slider, rating, item value), text, several choices, yes/no, `null`
 * (skipped), or a small flat record for structured steps (a card sort's piles, a parts map's
 * entries) whose values are themselves primitive or lists of text.
 */
export const AnswerValueSchema = z.union([
  PrimitiveAnswerSchema,
  z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(500)),
  z.record(
    z.string().check(z.minLength(1), z.maxLength(256)),
    z.union([PrimitiveAnswerSchema, z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(500))]),
  ),
]);

/** One answer to one item or step. */
export type AnswerValue = z.output<typeof AnswerValueSchema>;

/** Answers keyed by item or step id. */
export const AnswersSchema = z.record(z.string().check(z.minLength(1), z.maxLength(256)), AnswerValueSchema);

/** Answers keyed by item or step id. */
export type Answers = z.output<typeof AnswersSchema>;

/** Schema for {@link Submission}. */
export const SubmissionSchema = z
  .object({
    /** A UUID made on the device; the same id is the idempotency key for sync. */
    id: z.uuid(),
    assignmentId: RecordIdSchema,
    /** The occurrence it fulfils; absent for an unscheduled, extra run. */
    occurrenceId: z.optional(z.string().check(z.minLength(1), z.maxLength(600))),
    clientId: RecordIdSchema,
    /** The definition and the exact version that was answered. */
    activity: ActivityRefSchema,
    answers: AnswersSchema,
    startedAt: InstantStringSchema,
    submittedAt: InstantStringSchema,
    /** The client's IANA time zone when submitting; used to place it on a local day. */
    timeZone: TimeZoneSchema,
    status: z.enum(SUBMISSION_STATUSES),
    /** Active time spent, if the activity measured it. */
    durationSeconds: z.optional(z.number().check(z.gte(0), z.lte(60 * 60 * 24))),
  })
  .check(
    z.refine((submission) => Date.parse(submission.startedAt) <= Date.parse(submission.submittedAt), {
      message: 'must not be before startedAt',
      path: ['submittedAt'],
    }),
  );

/** One completed or abandoned run of an activity, with the client's answers. */
export type Submission = z.output<typeof SubmissionSchema>;

/**
 * Validates a submission from a form, storage or a server.
 *
 * @throws {@link ValidationError} with the path of every problem; messages never contain answers.
 * @example
 * ```ts
 * const submission = parseSubmission({
 *   id: crypto.randomUUID(), assignmentId: 'a-1', occurrenceId: 'a-1@2026-03-29T09:00', clientId: 'c-1',
 *   activity: { kind: 'check-in', id: 'mood', version: '1.0.0' }, answers: { mood: 6, note: 'ok' },
 *   startedAt: '2026-03-29T09:02:00+02:00', submittedAt: '2026-03-29T09:03:10+02:00',
 *   timeZone: 'Europe/Berlin', status: 'completed', durationSeconds: 70,
 * });
 * ```
 */
export function parseSubmission(input: unknown): Submission {
  return parse(SubmissionSchema, input, 'submission');
}
