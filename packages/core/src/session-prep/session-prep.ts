/**
 * The session-prep summary: what a client did and did not do since the last session, what
 * changed and when, their own words, and a few ways to open the conversation. Data only; see
 * `renderSessionPrepText` for a plain-text rendering.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ActivityRefSchema, LocaleSchema } from '../definitions/common.js';
import { RecordIdSchema } from '../model/assignment.js';
import { InstantStringSchema, LocalDateSchema, TimeZoneSchema } from '../model/time.js';
import { parse } from '../parse.js';
import { CHANGE_KINDS, MEANINGFUL_CHANGE_KINDS } from '../scoring/classify-change.js';
import { FlagSchema } from '../flags/flag.js';

const text = z.string();
const when = {
  /** The instant, with offset. */
  at: InstantStringSchema,
  /** The client's local date of `at` (in the zone they submitted from, or the schedule's zone). */
  localDate: LocalDateSchema,
};

/** Schema for {@link PrepCompletedItem}. */
export const PrepCompletedItemSchema = z.object({
  submissionId: RecordIdSchema,
  assignmentId: RecordIdSchema,
  activity: ActivityRefSchema,
  /** The definition's title in the prep's locale (the definition id when the definition is unknown). */
  title: text,
  /** `on-time` or `late` for a scheduled occurrence; `extra` for a run that filled none. */
  timing: z.enum(['on-time', 'late', 'extra']),
  ...when,
});

/** A completed run in the period. */
export type PrepCompletedItem = z.output<typeof PrepCompletedItemSchema>;

/** Schema for {@link PrepMissedItem}. */
export const PrepMissedItemSchema = z.object({
  occurrenceId: z.string().check(z.minLength(1)),
  assignmentId: RecordIdSchema,
  activity: ActivityRefSchema,
  title: text,
  /** When it was due. */
  ...when,
});

/** An occurrence of an active assignment that expired in the period without a completion. */
export type PrepMissedItem = z.output<typeof PrepMissedItemSchema>;

/** Schema for {@link PrepScorePoint}. */
export const PrepScorePointSchema = z.object({
  submissionId: RecordIdSchema,
  /** `null` when the response was unscorable. */
  total: z.nullable(z.number()),
  band: z.nullable(z.string()),
  ...when,
});

/** One scored response. */
export type PrepScorePoint = z.output<typeof PrepScorePointSchema>;

/** Schema for {@link PrepScoreChange}. */
export const PrepScoreChangeSchema = z.object({
  measure: ActivityRefSchema,
  title: text,
  /** The last score before `since`, else the first since; `null` when there is only one score. */
  before: z.nullable(PrepScorePointSchema),
  /** The latest score. */
  after: PrepScorePointSchema,
  /**
   * `classifyChange`'s class: `reliable-*` against a reliable-change threshold, `meaningful-*` against a
   * clinically meaningful change where that is all the instrument publishes (WHO-5); `null` when it cannot
   * be told (one score, an unscorable total, no threshold or no definition).
   */
  change: z.nullable(z.enum(CHANGE_KINDS)),
  /**
   * Beside a reliable change, whether it is also clinically meaningful (PCL-5 publishes both);
   * `null` or absent otherwise.
   */
  meaningfulChange: z.optional(z.nullable(z.enum(MEANINGFUL_CHANGE_KINDS))),
  difference: z.nullable(z.number()),
  /** Recovered (a case before, not after), or `null` when that cannot be told. */
  recovered: z.nullable(z.boolean()),
});

/** How one measure's total moved over the period. */
export type PrepScoreChange = z.output<typeof PrepScoreChangeSchema>;

/** Schema for {@link PrepEvent}. */
export const PrepEventSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The largest rise or fall of a tracked check-in value from the client's previous value. */
    kind: z.literal('check-in-change'),
    /** Which way the number moved. */
    direction: z.enum(['rose', 'fell']),
    /** Whether that way is worse, per the item's `tracked.direction`. */
    worse: z.boolean(),
    itemId: text,
    /** The tracked item's series name, e.g. "Distress". */
    label: text,
    from: z.number(),
    to: z.number(),
    submissionId: RecordIdSchema,
    activity: ActivityRefSchema,
    ...when,
  }),
  z.object({
    /** A measure's risk item: endorsed (at or above its threshold) or left unanswered. */
    kind: z.literal('risk-answer'),
    endorsed: z.boolean(),
    itemId: text,
    /** The item's position in the form (1-based), when the definition is known. */
    itemNumber: z.optional(z.number().check(z.int(), z.positive())),
    /** The item's wording in the prep's locale, when the definition is known. */
    itemText: z.optional(text),
    /** The answer, or `null` when unanswered. */
    value: z.nullable(z.number()),
    title: text,
    submissionId: RecordIdSchema,
    activity: ActivityRefSchema,
    ...when,
  }),
]);

/** Something that happened on a particular day. */
export type PrepEvent = z.output<typeof PrepEventSchema>;

/** Schema for {@link PrepNote}. */
export const PrepNoteSchema = z.object({
  submissionId: RecordIdSchema,
  activity: ActivityRefSchema,
  /** The activity's title. */
  title: text,
  /** The check-in item or exercise step the note answers. */
  itemId: text,
  /** Its prompt, in the prep's locale. */
  prompt: text,
  /** The client's words, verbatim. */
  text,
  ...when,
});

/** The client's own words: a check-in note (`isNote`) or an exercise prompt's answer. */
export type PrepNote = z.output<typeof PrepNoteSchema>;

const moment = z.object({ at: InstantStringSchema, localDate: LocalDateSchema });
const changeShape = {
  label: text,
  itemId: text,
  direction: z.enum(['rose', 'fell']),
  worse: z.boolean(),
};

/** Schema for {@link SuggestedOpening}. */
export const SuggestedOpeningSchema = z.discriminatedUnion('kind', [
  z.object({
    /** An exercise done shortly before a tracked value moved the worse way. */
    kind: z.literal('exercise-then-change'),
    exercise: z.object({ title: text, submissionId: RecordIdSchema, ...moment.shape }),
    change: z.object({ ...changeShape, ...moment.shape }),
  }),
  z.object({ kind: z.literal('change'), ...changeShape, ...moment.shape }),
  z.object({
    kind: z.literal('score-change'),
    title: text,
    from: z.number(),
    to: z.number(),
    change: z.enum([
      'reliable-improvement',
      'reliable-deterioration',
      'meaningful-improvement',
      'meaningful-deterioration',
    ]),
    ...moment.shape,
  }),
  z.object({ kind: z.literal('exercise'), title: text, submissionId: RecordIdSchema, ...moment.shape }),
  z.object({ kind: z.literal('missed'), title: text, count: z.int().check(z.positive()) }),
  /** Nothing was recorded: an open question. */
  z.object({ kind: z.literal('general') }),
]);

/** A way to open the session, built only from what the data shows. Rendered by the messages. */
export type SuggestedOpening = z.output<typeof SuggestedOpeningSchema>;

/** Schema for {@link PrepFlag}. */
export const PrepFlagSchema = z.object({
  flag: FlagSchema,
  /** The names its sentence needs, in the prep's locale (see `describeFlag`). */
  names: z.object({
    title: z.optional(text),
    itemLabel: z.optional(text),
    itemNumber: z.optional(z.number().check(z.int(), z.positive())),
  }),
});

/** A flag of the client at `now`, exactly as `computeFlags` (and the review queue) gives it, with its names. */
export type PrepFlag = z.output<typeof PrepFlagSchema>;

/** Schema for {@link SessionPrep}. */
export const SessionPrepSchema = z.object({
  clientId: RecordIdSchema,
  /** Start of the period (usually the last session), inclusive. */
  since: InstantStringSchema,
  /** End of the period, inclusive. */
  now: InstantStringSchema,
  /** The client's zone, used for local dates. */
  timeZone: TimeZoneSchema,
  /** The locale titles, labels and prompts were picked in. */
  locale: LocaleSchema,
  /** Oldest first. */
  completed: z.array(PrepCompletedItemSchema),
  /** Oldest first. */
  missed: z.array(PrepMissedItemSchema),
  /** One per measure scored in the period, by measure id. */
  scoreChanges: z.array(PrepScoreChangeSchema),
  /** Oldest first. */
  events: z.array(PrepEventSchema),
  /** Oldest first. */
  notes: z.array(PrepNoteSchema),
  /** One to three, most useful first. */
  openings: z.array(SuggestedOpeningSchema).check(z.minLength(1), z.maxLength(3)),
  /**
   * The client's flags at `now`, in `computeFlags` order: the same calibrated flags the review
   * queue shows for this client. Empty in preps stored before flags were added.
   */
  flags: z._default(z.array(PrepFlagSchema), () => []),
});

/** A per-client summary of the period since the last session. */
export type SessionPrep = z.output<typeof SessionPrepSchema>;

/**
 * Validates a session prep read back from storage or a server.
 *
 * @throws {@link ValidationError} with the path of every problem.
 * @example
 * ```ts
 * const prep = parseSessionPrep(JSON.parse(cached));
 * ```
 */
export function parseSessionPrep(input: unknown): SessionPrep {
  return parse(SessionPrepSchema, input, 'session prep');
}
