/**
 * Exercise definitions: an ordered sequence of typed steps (read, answer, rate, sort,
 * breathe, map parts, reflect) that a client works through between sessions. Exercises
 * are data, so ACT, IFS and CBT packs, vendors and clinicians can author their own.
 *
 * Every piece of text here is plain text: players render it as text (line breaks kept),
 * never as HTML, because exercise packs are untrusted input. A text step's `body` may use
 * the small formatting {@link formatText} reads (paragraphs, lists, `**strong**`), and nothing else.
 *
 * What each step records as its answer (keyed by step id in a submission):
 *
 * | kind | answer |
 * | --- | --- |
 * | `prompt`, `reflection` (with a `prompt`) | `string` |
 * | `rating` | `number` |
 * | `choice` | option id, or a list of them when `multiple` |
 * | `card-sort` | `Record<pileId, cardId[]>` (cards not yet sorted are in no pile) |
 * | `list-builder` | `string[]`; with `fields`, a table: `Record<'text' \| fieldId, string[]>` |
 * | `parts-map` | a table: `Record<PartField, string[]>`, one column per {@link PART_FIELDS} entry |
 * | `text`, `timer`, `audio`, `breathing` | nothing |
 *
 * A table is one list per column, all of the same length, row `i` being entry `i` (see
 * {@link tableRows}); every answer stays a flat record, as submissions and FHIR need.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  AttributionSchema,
  ChoiceOptionSchema,
  ItemIdSchema,
  LocaleSchema,
  LocalizedTextSchema,
  activityBaseShape,
  duplicateIndices,
} from './common.js';
import { comparisonShapes } from './micro-feedback.js';
import { parse } from '../parse.js';
import { ANSWER_STEP_KINDS, PLACEHOLDER } from './exercise-steps.js';

// The schema-free readings live in exercise-steps.ts (so players need not bundle the schemas).
export {
  ANSWER_STEP_KINDS,
  PART_FIELDS,
  PART_ROLES,
  reflectionText,
  visibleSteps,
  type PartField,
  type PartRole,
} from './exercise-steps.js';

export { AttributionSchema, type Attribution } from './common.js';

/** Schema for {@link StepCondition}. */
export const StepConditionSchema = z.discriminatedUnion('op', [
  z.object({ stepId: ItemIdSchema, ...comparisonShapes.answered }),
  z.object({ stepId: ItemIdSchema, ...comparisonShapes.range }),
  z.object({ stepId: ItemIdSchema, ...comparisonShapes.eq }),
]);

/**
 * Show a step only if an earlier step's answer meets `{ op, value }`, e.g.
 * `{ stepId: 'feel-toward', op: 'eq', value: 'blended' }`. `gte`/`lte` need a `rating`
 * step; `eq` needs a `rating` (number) or `choice` (option id); `answered` fits any
 * step that takes an answer.
 */
export type StepCondition = z.output<typeof StepConditionSchema>;

const stepBaseShape = {
  id: ItemIdSchema,
  /** Optional heading shown above the step. */
  title: z.optional(LocalizedTextSchema),
  condition: z.optional(StepConditionSchema),
};

/** Answer steps are never forced: `required` defaults to false, because rigid gating drives clients away. */
const answerBaseShape = { ...stepBaseShape, required: z.optional(z.boolean()) };

const anchorsShape = z.object({ low: LocalizedTextSchema, high: LocalizedTextSchema });

/** Read-only content: psychoeducation, instructions. `body` is plain text; blank lines separate paragraphs. */
export const TextStepSchema = z.object({
  ...stepBaseShape,
  kind: z.literal('text'),
  body: LocalizedTextSchema,
});

/** A free-text answer. */
export const PromptStepSchema = z.object({
  ...answerBaseShape,
  kind: z.literal('prompt'),
  prompt: LocalizedTextSchema,
  placeholder: z.optional(LocalizedTextSchema),
  maxLength: z.optional(z.int().check(z.positive(), z.lte(5000))),
});

/** A numeric scale from `min` to `max` (whole numbers) with labelled ends, e.g. belief 0–100 in steps of 10. */
export const RatingStepSchema = z
  .object({
    ...answerBaseShape,
    kind: z.literal('rating'),
    prompt: LocalizedTextSchema,
    min: z.int(),
    max: z.int(),
    step: z.optional(z.int().check(z.positive())),
    anchors: anchorsShape,
  })
  .check(
    z.refine((step) => step.min < step.max, { message: 'must be more than min', path: ['max'] }),
    z.refine((step) => (step.max - step.min) % (step.step ?? 1) === 0, {
      message: 'must divide max - min into whole steps',
      path: ['step'],
    }),
  );

/**
 * Pick one option, or several when `multiple`. `feedback` turns it into a gentle quiz
 * question (e.g. in a psychoeducation module): the text for an option is shown once the
 * client picks it. It explains; it never marks the answer wrong or keeps a score.
 */
export const ChoiceStepSchema = z
  .object({
    ...answerBaseShape,
    kind: z.literal('choice'),
    prompt: LocalizedTextSchema,
    options: z.array(ChoiceOptionSchema).check(z.minLength(2), z.maxLength(20)),
    multiple: z.boolean(),
    /** Text shown once an option is chosen, keyed by option id. */
    feedback: z.optional(z.record(ItemIdSchema, LocalizedTextSchema)),
  })
  .check(
    uniqueIds('options', 'option'),
    z.superRefine((step, ctx) => {
      for (const id of Object.keys(step.feedback ?? {})) {
        if (!step.options.some((option) => option.id === id)) {
          ctx.addIssue({
            code: 'custom',
            message: 'must name an option of this step',
            path: ['feedback', id],
          });
        }
      }
    }),
  );

/** One card of a card sort. */
export const CardSchema = z.object({
  id: ItemIdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});

/** One pile of a card sort; `max` caps it (e.g. "at most 5 very important values"). */
export const PileSchema = z.object({
  id: ItemIdSchema,
  label: LocalizedTextSchema,
  max: z.optional(z.int().check(z.positive())),
});

/** Sort cards into named piles, e.g. an ACT values sort. */
export const CardSortStepSchema = z
  .object({
    ...answerBaseShape,
    kind: z.literal('card-sort'),
    prompt: LocalizedTextSchema,
    cards: z.array(CardSchema).check(z.minLength(2), z.maxLength(60)),
    piles: z.array(PileSchema).check(z.minLength(2), z.maxLength(6)),
  })
  .check(uniqueIds('cards', 'card'), uniqueIds('piles', 'pile'));

const entryFieldBaseShape = {
  /** Column key in the answer; `text` is the entry itself, so it is not allowed here. */
  id: ItemIdSchema.check(z.refine((id) => id !== 'text', 'must not be "text" (the entry itself)')),
  label: LocalizedTextSchema,
};

/**
 * One more thing asked about every entry of a list, e.g. the day and time of a planned
 * activity or how much pleasure it gave: `text` (free text), `day` (`mon` … `sun`), `time`
 * (`HH:MM`) or `rating` (a whole number from `min` to `max`, stored as its digits). Every
 * field is optional for the client: a plan can be filled in now and rated later.
 */
export const EntryFieldSchema = z.discriminatedUnion('kind', [
  z.object({
    ...entryFieldBaseShape,
    kind: z.literal('text'),
    maxLength: z.optional(z.int().check(z.positive(), z.lte(2000))),
  }),
  z.object({ ...entryFieldBaseShape, kind: z.literal('day') }),
  z.object({ ...entryFieldBaseShape, kind: z.literal('time') }),
  z
    .object({
      ...entryFieldBaseShape,
      kind: z.literal('rating'),
      min: z.int(),
      max: z.int(),
      anchors: anchorsShape,
    })
    .check(
      z.refine((field) => field.min < field.max && field.max - field.min <= 20, {
        message: 'must be more than min, and at most 20 above it',
        path: ['max'],
      }),
    ),
]);

/** A field asked about every entry of a list builder. */
export type EntryField = z.output<typeof EntryFieldSchema>;

/**
 * The client writes a list (e.g. small steps, coping ideas) of `min`…`max` entries, and can
 * edit, reorder and remove them. With `fields`, each entry also gets those fields (a
 * behavioural-activation plan: activity, day, time, predicted and actual pleasure).
 */
export const ListBuilderStepSchema = z
  .object({
    ...answerBaseShape,
    kind: z.literal('list-builder'),
    prompt: LocalizedTextSchema,
    /** Label on the "add" control, e.g. "Add a step". */
    addLabel: z.optional(LocalizedTextSchema),
    /** Label of each entry's own text, e.g. "Activity" (default: the player's "Entry"). */
    entryLabel: z.optional(LocalizedTextSchema),
    min: z.int().check(z.gte(0)),
    max: z.int().check(z.positive(), z.lte(50)),
    fields: z.optional(z.array(EntryFieldSchema).check(z.minLength(1), z.maxLength(8))),
  })
  .check(
    z.refine((step) => step.min <= step.max, { message: 'must be at least min', path: ['max'] }),
    z.superRefine((step, ctx) => {
      for (const index of duplicateIndices((step.fields ?? []).map((field) => field.id))) {
        ctx.addIssue({ code: 'custom', message: 'duplicate field id', path: ['fields', index, 'id'] });
      }
    }),
  );

/** Schema for {@link TimedCue}. */
export const TimedCueSchema = z.object({
  /** Seconds from the start at which the cue is shown. */
  atSeconds: z.int().check(z.gte(0)),
  text: LocalizedTextSchema,
});

/** One line of guidance shown from `atSeconds` until the next cue. */
export type TimedCue = z.output<typeof TimedCueSchema>;

/**
 * A countdown, e.g. a minute of noticing. With `cues` it is a guided practice as timed
 * text (e.g. leaves on a stream): each cue shows from its second on, so it works with the
 * sound off, and all of them together are its transcript.
 */
export const TimerStepSchema = z
  .object({
    ...stepBaseShape,
    kind: z.literal('timer'),
    instructions: LocalizedTextSchema,
    seconds: z.int().check(z.positive(), z.lte(3600)),
    cues: z.optional(z.array(TimedCueSchema).check(z.minLength(1), z.maxLength(60))),
  })
  .check(
    z.superRefine((step, ctx) => {
      (step.cues ?? []).forEach((cue, index, cues) => {
        const previous = cues[index - 1];
        if (cue.atSeconds >= step.seconds || (previous && cue.atSeconds <= previous.atSeconds)) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be after the previous cue and before the timer ends',
            path: ['cues', index, 'atSeconds'],
          });
        }
      });
    }),
  );

const httpUrl = () => z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** Schema for {@link CaptionTrack}. */
export const CaptionTrackSchema = z.object({
  /** Absolute http(s) URL of a WebVTT file (same origin as the page, or served with CORS). */
  src: httpUrl(),
  locale: LocaleSchema,
  /** Name of the track in the player's menu, e.g. "English". */
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

/** Captions for a recording, in one language. */
export type CaptionTrack = z.output<typeof CaptionTrackSchema>;

/** Guided audio. The transcript is required: not everyone can, or wants to, listen. */
export const AudioStepSchema = z.object({
  ...stepBaseShape,
  kind: z.literal('audio'),
  /** Absolute http(s) URL of the recording. */
  src: httpUrl(),
  transcript: LocalizedTextSchema,
  durationSeconds: z.optional(z.int().check(z.positive())),
  /** Captions shown in time with the recording; players pick the client's language. */
  captions: z.optional(z.array(CaptionTrackSchema).check(z.minLength(1), z.maxLength(10))),
});

/** A breathing pacer: inhale, hold, exhale (and an optional hold after), repeated `cycles` times. */
export const BreathingStepSchema = z.object({
  ...stepBaseShape,
  kind: z.literal('breathing'),
  instructions: z.optional(LocalizedTextSchema),
  inhaleSeconds: z.number().check(z.gte(1), z.lte(10)),
  holdSeconds: z.number().check(z.gte(0), z.lte(10)),
  exhaleSeconds: z.number().check(z.gte(1), z.lte(15)),
  holdAfterExhaleSeconds: z.optional(z.number().check(z.gte(0), z.lte(10))),
  cycles: z.int().check(z.positive(), z.lte(30)),
});

/**
 * IFS parts map: the client names the parts they notice and gives each a role; each prompt
 * that is given asks one more thing about every part (where it shows up in the body, how
 * the client feels toward it, what it needs, a note).
 */
export const PartsMapStepSchema = z.object({
  ...answerBaseShape,
  kind: z.literal('parts-map'),
  prompt: LocalizedTextSchema,
  /** Asked per part, answered in `body`, e.g. "Where do you notice it in your body?". */
  bodyPrompt: z.optional(LocalizedTextSchema),
  /** Asked per part, answered in `feeling`, e.g. "How do you feel toward it?". */
  feelingPrompt: z.optional(LocalizedTextSchema),
  /** Asked per part, answered in `needs`, e.g. "What might it need?". */
  needsPrompt: z.optional(LocalizedTextSchema),
  /** Question answered per part in its note, e.g. "What is this part trying to do for you?". */
  notePrompt: z.optional(LocalizedTextSchema),
  maxParts: z.int().check(z.positive(), z.lte(12)),
});

/**
 * Quotes earlier answers back to the client: `template` with `{stepId}` placeholders, each
 * listed in `quotes`, which must name earlier steps that take answers. An optional `prompt`
 * invites a free-text reflection on them.
 */
export const ReflectionStepSchema = z
  .object({
    ...stepBaseShape,
    kind: z.literal('reflection'),
    quotes: z.array(ItemIdSchema).check(z.minLength(1)),
    template: LocalizedTextSchema,
    prompt: z.optional(LocalizedTextSchema),
  })
  .check(
    z.superRefine((step, ctx) => {
      for (const [locale, text] of Object.entries(step.template)) {
        for (const [, id] of text.matchAll(PLACEHOLDER)) {
          if (id !== undefined && !step.quotes.includes(id)) {
            ctx.addIssue({
              code: 'custom',
              message: 'uses a placeholder not listed in quotes',
              path: ['template', locale],
            });
          }
        }
      }
    }),
  );

/** Schema for {@link ExerciseStep}, discriminated by `kind`. */
export const ExerciseStepSchema = z.discriminatedUnion('kind', [
  TextStepSchema,
  PromptStepSchema,
  RatingStepSchema,
  ChoiceStepSchema,
  CardSortStepSchema,
  ListBuilderStepSchema,
  TimerStepSchema,
  AudioStepSchema,
  BreathingStepSchema,
  PartsMapStepSchema,
  ReflectionStepSchema,
]);

/** One step of an exercise. */
export type ExerciseStep = z.output<typeof ExerciseStepSchema>;

/** `'text' | 'prompt' | 'rating' | …`. */
export type ExerciseStepKind = ExerciseStep['kind'];

/** Schema for {@link ExerciseDefinition}. Cross-field rules: unique step ids; conditions and quotes look back. */
export const ExerciseDefinitionSchema = z
  .object({
    ...activityBaseShape,
    kind: z.literal('exercise'),
    /** Why the exercise can help, for the client, in a sentence or two; shown before the first step. */
    rationale: z.optional(LocalizedTextSchema),
    steps: z.array(ExerciseStepSchema).check(z.minLength(1), z.maxLength(50)),
    attribution: z.optional(AttributionSchema),
  })
  .check(
    z.superRefine((definition, ctx) => checkReferences(definition.steps, (issue) => ctx.addIssue(issue))),
  );

/** An exercise: ordered typed steps. Versioned; a submission records the version it answered. */
export type ExerciseDefinition = z.output<typeof ExerciseDefinitionSchema>;

/** Answers of one run keyed by step id; see the module table for each kind's shape. */
export type ExerciseAnswers = Readonly<Record<string, unknown>>;

/**
 * Validates an exercise definition from a vendor, a content pack or storage.
 *
 * @throws {@link ValidationError} with the path of every problem, e.g.
 * `steps[4].quotes[0]: must name an earlier step`.
 * @example
 * ```ts
 * const exercise = parseExerciseDefinition(JSON.parse(text));
 * ```
 */
export function parseExerciseDefinition(input: unknown): ExerciseDefinition {
  return parse(ExerciseDefinitionSchema, input, 'exercise definition');
}

type AddIssue = (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void;

/** Duplicate step ids, and conditions or quotes that point at a missing, later or answerless step. */
function checkReferences(steps: readonly ExerciseStep[], addIssue: AddIssue): void {
  for (const index of duplicateIndices(steps.map((step) => step.id))) {
    addIssue({ code: 'custom', message: 'duplicate step id', path: ['steps', index, 'id'] });
  }
  // Resolves against the first step with the id; duplicates are already reported above.
  const indexOf = new Map<string, number>();
  steps.forEach((step, index) => {
    if (!indexOf.has(step.id)) indexOf.set(step.id, index);
  });
  const lookBack = (from: number, id: string, path: (string | number)[]): ExerciseStep | undefined => {
    const target = indexOf.get(id);
    const step = target === undefined ? undefined : steps[target];
    if (target === undefined || !step) {
      addIssue({ code: 'custom', message: 'must name a step of this exercise', path });
    } else if (target >= from) {
      addIssue({ code: 'custom', message: 'must name an earlier step', path });
    } else if (!(ANSWER_STEP_KINDS as readonly string[]).includes(step.kind)) {
      addIssue({ code: 'custom', message: 'must name a step that takes an answer', path });
    } else {
      return step;
    }
    return undefined;
  };

  steps.forEach((step, index) => {
    const { condition } = step;
    if (condition) {
      const target = lookBack(index, condition.stepId, ['steps', index, 'condition', 'stepId']);
      const problem = target && conditionProblem(condition, target);
      if (problem) addIssue({ code: 'custom', message: problem, path: ['steps', index, 'condition', 'op'] });
    }
    if (step.kind === 'reflection') {
      step.quotes.forEach((id, quote) => lookBack(index, id, ['steps', index, 'quotes', quote]));
    }
  });
}

function conditionProblem(condition: StepCondition, target: ExerciseStep): string | undefined {
  switch (condition.op) {
    case 'answered':
      return undefined;
    case 'gte':
    case 'lte':
      return target.kind === 'rating' ? undefined : 'compares numbers, so needs a rating step';
    case 'eq':
      if (target.kind === 'rating')
        return typeof condition.value === 'number' ? undefined : 'needs a number value';
      if (target.kind === 'choice') {
        return target.options.some((option) => option.id === condition.value)
          ? undefined
          : 'needs an option id of the choice step as value';
      }
      return 'eq needs a rating or choice step';
  }
}

/** A check that reports every repeated `id` in `field` at the repeat's path. */
function uniqueIds<K extends string>(field: K, noun: string) {
  return z.superRefine<Record<K, readonly { id: string }[]>>((value, ctx) => {
    for (const index of duplicateIndices(value[field].map((entry) => entry.id))) {
      ctx.addIssue({ code: 'custom', message: `duplicate ${noun} id`, path: [field, index, 'id'] });
    }
  });
}
