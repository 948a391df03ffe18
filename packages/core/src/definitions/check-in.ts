/**
 * Check-in templates: the short, repeatable self-report a client fills in between
 * sessions (1–5 items), with the micro-feedback shown right after. Short by
 * construction: {@link checkInWarnings} flags templates estimated past 90 seconds,
 * because check-ins longer than that rarely survive the second week.
 *
 * All text is plain text and is rendered as text, never as HTML.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  AttributionSchema,
  ChoiceOptionSchema,
  ItemIdSchema,
  LocalizedTextSchema,
  activityBaseShape,
  duplicateIndices,
} from './common.js';
import { MicroFeedbackSchema, type MicroFeedbackCondition } from './micro-feedback.js';
import { SHORT_TEXT_MAX_LENGTH } from './check-in-limits.js';

export { SHORT_TEXT_MAX_LENGTH };
import { parse } from '../parse.js';

// In common.ts so exercises can use them without carrying the check-in schemas; re-exported here as before.
export { ChoiceOptionSchema, ItemIdSchema, duplicateIndices, type ChoiceOption } from './common.js';

/** Schema for {@link Tracked}. */
export const TrackedSchema = z.object({
  /** Which way is worse, so charts and the mood-shift flag know what a "spike" means. */
  direction: z.enum(['higher-is-worse', 'higher-is-better']),
  /** Short series name for the clinician's chart, e.g. "Distress". */
  label: LocalizedTextSchema,
});

/** Marks a numeric item whose values the clinician sees charted and the mood-shift flag watches. */
export type Tracked = z.output<typeof TrackedSchema>;

/** Fields every check-in item has. */
const itemBaseShape = {
  id: ItemIdSchema,
  prompt: LocalizedTextSchema,
  /** Whether the check-in can be submitted without it. Prefer `false`: short and forgiving beats complete. */
  required: z.boolean(),
};

const finite = z.number().check(z.refine(Number.isFinite, 'must be finite'));

/** A numeric slider from `min` to `max` in `step`s; the answer is a number. */
export const SliderItemSchema = z
  .object({
    ...itemBaseShape,
    kind: z.literal('slider'),
    min: finite,
    max: finite,
    step: z.number().check(z.positive(), z.refine(Number.isFinite, 'must be finite')),
    /** Labels at the two ends, e.g. "Not at all" / "Extremely". */
    anchors: z.object({ low: LocalizedTextSchema, high: LocalizedTextSchema }),
    tracked: z.optional(TrackedSchema),
  })
  .check(
    z.refine((item) => item.min < item.max, { message: 'must be more than min', path: ['max'] }),
    z.refine((item) => isWholeSteps(item.max - item.min, item.step), {
      message: 'must divide max - min into whole steps',
      path: ['step'],
    }),
  );

/** A 5- or 7-point mood scale; the answer is 1…points, and `labels[0]` names 1 (the lowest mood). */
export const MoodItemSchema = z
  .object({
    ...itemBaseShape,
    kind: z.literal('mood'),
    points: z.union([z.literal(5), z.literal(7)]),
    /** One label per point, lowest mood first. */
    labels: z.array(LocalizedTextSchema),
    tracked: z.optional(TrackedSchema),
  })
  .check(
    z.refine((item) => item.labels.length === item.points, {
      message: 'must have one label per point',
      path: ['labels'],
    }),
  );

/** A single or multiple choice; the answer is an option id, or a list of them when `multiple`. */
export const ChoiceItemSchema = z
  .object({
    ...itemBaseShape,
    kind: z.literal('choice'),
    options: z.array(ChoiceOptionSchema).check(z.minLength(2), z.maxLength(8)),
    multiple: z.boolean(),
  })
  .check(
    z.superRefine((item, ctx) => {
      for (const index of duplicateIndices(item.options.map((option) => option.id))) {
        ctx.addIssue({ code: 'custom', message: 'duplicate option id', path: ['options', index, 'id'] });
      }
    }),
  );

/** A short free-text answer (at most 280 characters); the answer is a string. */
export const ShortTextItemSchema = z.object({
  ...itemBaseShape,
  kind: z.literal('short-text'),
  /** Defaults to {@link SHORT_TEXT_MAX_LENGTH}, which is also the ceiling. */
  maxLength: z.optional(z.int().check(z.positive(), z.lte(SHORT_TEXT_MAX_LENGTH))),
  /** Marks the client's own note: session prep quotes it to the clinician. */
  isNote: z.optional(z.boolean()),
  placeholder: z.optional(LocalizedTextSchema),
});

/** Schema for {@link CheckInItem}, discriminated by `kind`. */
export const CheckInItemSchema = z.discriminatedUnion('kind', [
  SliderItemSchema,
  MoodItemSchema,
  ChoiceItemSchema,
  ShortTextItemSchema,
]);

/** One question of a check-in: `slider`, `mood`, `choice` or `short-text`. */
export type CheckInItem = z.output<typeof CheckInItemSchema>;

/** `'slider' | 'mood' | 'choice' | 'short-text'`. */
export type CheckInItemKind = CheckInItem['kind'];

/** Most items a check-in may have. */
export const MAX_CHECK_IN_ITEMS = 5;

/** Schema for {@link CheckInTemplate}. Cross-field rules: unique item ids, rules that fit their item. */
export const CheckInTemplateSchema = z
  .object({
    ...activityBaseShape,
    kind: z.literal('check-in'),
    items: z.array(CheckInItemSchema).check(z.minLength(1), z.maxLength(MAX_CHECK_IN_ITEMS)),
    feedback: MicroFeedbackSchema,
    /** The approach the template draws on and who developed it, as exercises credit theirs. */
    attribution: z.optional(AttributionSchema),
  })
  .check(
    z.superRefine((template, ctx) => {
      const ids = template.items.map((item) => item.id);
      for (const index of duplicateIndices(ids)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate item id', path: ['items', index, 'id'] });
      }
      template.feedback.rules.forEach((rule, index) => {
        const problem = conditionProblem(
          rule.when,
          template.items.find((item) => item.id === rule.when.itemId),
        );
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            message: problem.message,
            path: ['feedback', 'rules', index, 'when', problem.field],
          });
        }
      });
    }),
  );

/**
 * A check-in template: 1–5 items plus micro-feedback rules. Versioned; a submission
 * records the version it answered.
 */
export type CheckInTemplate = z.output<typeof CheckInTemplateSchema>;

/** Schema for {@link CheckInAnswer}. */
export const CheckInAnswerSchema = z.union([z.number(), z.string(), z.array(z.string())]);

/** One item's answer: a number (slider, mood), an option id or ids (choice), or text (short-text). */
export type CheckInAnswer = z.output<typeof CheckInAnswerSchema>;

/** Schema for {@link CheckInAnswers}; `null` marks an item the client skipped. */
export const CheckInAnswersSchema = z.record(z.string(), z.nullable(CheckInAnswerSchema));

/** A check-in's answers keyed by item id; missing or `null` means skipped. */
export type CheckInAnswers = Readonly<Record<string, CheckInAnswer | null | undefined>>;

/**
 * Validates a check-in template from a vendor, a content pack or storage.
 *
 * @throws {@link ValidationError} with the path of every problem, e.g. `items[2].id: duplicate item id`.
 * @example
 * ```ts
 * const template = parseCheckInTemplate(await response.json());
 * ```
 */
export function parseCheckInTemplate(input: unknown): CheckInTemplate {
  return parse(CheckInTemplateSchema, input, 'check-in template');
}

/**
 * Seconds a client typically needs per item kind, read prompt to answer, on a phone.
 * Deliberately a little pessimistic: a template that fits with these numbers fits in practice.
 */
export const CHECK_IN_SECONDS = {
  /** Opening the check-in and submitting it. */
  overhead: 5,
  /** Read a one-line prompt, drag or tap. */
  slider: 12,
  /** Read, tap one face or word. */
  mood: 8,
  /** Read the prompt; options add {@link CHECK_IN_SECONDS.perChoiceOption} each. */
  choice: 6,
  /** Reading one option. */
  perChoiceOption: 2,
  /** Typing a sentence or two with thumbs. */
  'short-text': 25,
} as const;

/** Check-ins estimated longer than this get a `too-long` warning (practitioners' ~90 s rule). */
export const CHECK_IN_LIMIT_SECONDS = 90;

/**
 * Estimates how long a client needs for the template, from {@link CHECK_IN_SECONDS}.
 * Optional items count in full: the estimate is for a client who answers everything.
 *
 * @example
 * ```ts
 * estimateCheckInSeconds(template); // e.g. 50 for a mood scale, a slider and a note
 * ```
 */
export function estimateCheckInSeconds(template: Pick<CheckInTemplate, 'items'>): number {
  let seconds = CHECK_IN_SECONDS.overhead;
  for (const item of template.items) {
    seconds +=
      item.kind === 'choice'
        ? CHECK_IN_SECONDS.choice + CHECK_IN_SECONDS.perChoiceOption * item.options.length
        : CHECK_IN_SECONDS[item.kind];
  }
  return seconds;
}

/** Something worth telling the author of a template that is valid but unwise. */
export type CheckInWarning = {
  readonly code: 'too-long';
  readonly estimatedSeconds: number;
  readonly limitSeconds: number;
};

/**
 * Advice on a valid template; never rejects it. Today: `too-long` when the estimate
 * exceeds {@link CHECK_IN_LIMIT_SECONDS}. Composers show these to the author.
 *
 * @example
 * ```ts
 * for (const warning of checkInWarnings(template)) {
 *   if (warning.code === 'too-long') console.warn(`about ${warning.estimatedSeconds} s; aim for 90 s or less`);
 * }
 * ```
 */
export function checkInWarnings(template: Pick<CheckInTemplate, 'items'>): CheckInWarning[] {
  const estimatedSeconds = estimateCheckInSeconds(template);
  return estimatedSeconds > CHECK_IN_LIMIT_SECONDS
    ? [{ code: 'too-long', estimatedSeconds, limitSeconds: CHECK_IN_LIMIT_SECONDS }]
    : [];
}

/** Why a micro-feedback condition cannot apply to its item, or `undefined` if it can. */
function conditionProblem(
  condition: MicroFeedbackCondition,
  item: CheckInItem | undefined,
): { field: 'itemId' | 'op' | 'value'; message: string } | undefined {
  if (!item) return { field: 'itemId', message: 'must name an item of this check-in' };
  const numeric = item.kind === 'slider' || item.kind === 'mood';
  switch (condition.op) {
    case 'answered':
      return undefined;
    case 'gte':
    case 'lte':
      return numeric
        ? undefined
        : { field: 'op', message: 'compares numbers, so needs a slider or mood item' };
    case 'eq':
      if (numeric)
        return typeof condition.value === 'number'
          ? undefined
          : { field: 'value', message: 'must be a number' };
      if (item.kind === 'choice') {
        return item.options.some((option) => option.id === condition.value)
          ? undefined
          : { field: 'value', message: 'must be an option id of the item' };
      }
      return { field: 'op', message: 'eq needs a slider, mood or choice item' };
  }
}

/** Whether `span` is a whole number of `step`s, allowing for floating-point noise (e.g. 0.1 steps). */
function isWholeSteps(span: number, step: number): boolean {
  const steps = span / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 * Math.max(1, steps);
}
