/**
 * Exercise definition ⇄ `Questionnaire`.
 *
 * Every step becomes one item (`linkId` = step id) of the closest FHIR type, so generic renderers
 * and EHRs show something sensible, with the step kind and the fields FHIR has no element for in
 * Interlude extensions:
 *
 * | step | item |
 * | --- | --- |
 * | `text`, `timer`, `audio`, `breathing`, `reflection` without prompt | `display` (text: body, instructions, transcript, template) |
 * | `prompt`, `reflection` with prompt | `text` (`maxLength`) |
 * | `rating` | `integer` with `minValue`/`maxValue`, slider control and step |
 * | `choice` | `choice`, options as codings, `repeats` when multiple |
 * | `card-sort` | `group` with one `choice` (repeats, cards as options) per pile, linkId `<step>/<pile>` |
 * | `list-builder`, `parts-map` | `string`, `repeats` |
 *
 * The exercise's `rationale` (why it can help, for the client) is the Questionnaire's `purpose`.
 *
 * Step conditions are native `enableWhen` (`answered` → `exists true`; `gte`, `lte`, `eq` → `>=`, `<=`, `=`).
 *
 * Reading a Questionnaire Interlude did not write: `display` → text step, `string`/`text` → prompt,
 * `integer`/`decimal` with whole `minValue`/`maxValue` → rating, `choice` (2–20 options) →
 * choice, `boolean` → a yes/no choice, groups flattened, a single `enableWhen` that maps to a
 * condition kept. Everything else is reported in `unsupported`.
 *
 * @module
 */
import {
  parseExerciseDefinition,
  type ExerciseDefinition,
  type ExerciseStep,
  type StepCondition,
} from '@interlude/core';
import {
  QuestionnaireSchema,
  parseResource,
  type Questionnaire,
  type QuestionnaireItem,
} from '../resources.js';
import {
  EXTENSIONS,
  HL7,
  compact,
  extensionOf,
  fromFhirText,
  readJsonExtension,
  toFhirText,
  type MappingOptions,
} from './common.js';
import {
  answerOptionsToOptions,
  boundsExtensions,
  conditionToEnableWhen,
  enableWhenToCondition,
  flattenForeignGroups,
  headerToQuestionnaire,
  foreignItemId,
  itemKindExtensions,
  itemText,
  optionsToAnswerOptions,
  questionnaireKind,
  questionnaireToHeader,
  readBounds,
  readItemDetails,
  readItemKind,
  readItemText,
  sliderControl,
  type QuestionnaireReadResult,
  type UnsupportedItem,
} from './questionnaire-common.js';

const SUBJECT = 'exercise Questionnaire';

/** Which field of each step kind is the item's `text`. */
const TEXT_FIELD = {
  text: 'body',
  prompt: 'prompt',
  rating: 'prompt',
  choice: 'prompt',
  'card-sort': 'prompt',
  'list-builder': 'prompt',
  timer: 'instructions',
  audio: 'transcript',
  breathing: 'instructions',
  'parts-map': 'prompt',
  reflection: 'template',
} as const satisfies Record<ExerciseStep['kind'], string>;

/**
 * Writes an exercise definition as a FHIR R4 Questionnaire (see the module notes for the item types).
 *
 * @example
 * ```ts
 * const questionnaire = exerciseToQuestionnaire(getExercise('cbt-thought-record')!);
 * questionnaire.item?.[0]?.type; // 'display'
 * ```
 */
export function exerciseToQuestionnaire(
  definition: ExerciseDefinition,
  options?: MappingOptions,
): Questionnaire {
  const header = headerToQuestionnaire(definition, options);
  const kinds = new Map(definition.steps.map((step) => [step.id, step.kind]));
  // The client-facing rationale is what FHIR calls the Questionnaire's purpose.
  const purpose = definition.rationale ? toFhirText(definition.rationale) : undefined;
  return {
    ...header,
    ...compact({ purpose: purpose?.value, _purpose: purpose?.element }),
    extension: [
      ...(header.extension ?? []),
      ...(definition.attribution
        ? [{ url: EXTENSIONS.exerciseAttribution, valueString: JSON.stringify(definition.attribution) }]
        : []),
    ],
    item: definition.steps.map((step) =>
      stepToItem(step, kinds.get(step.condition?.stepId ?? '') === 'choice'),
    ),
  };
}

function stepToItem(step: ExerciseStep, conditionOnChoice: boolean): QuestionnaireItem {
  const textField = TEXT_FIELD[step.kind];
  const record = step as unknown as Record<string, unknown>;
  // Native fields are left out of the details; everything else is kept there, verbatim.
  const native = new Set<string>(['id', 'kind', 'condition', 'required', textField]);
  if (step.kind === 'choice') native.add('options').add('multiple');
  if (step.kind === 'prompt') native.add('maxLength');
  const details = Object.fromEntries(Object.entries(record).filter(([key]) => !native.has(key)));
  const base: QuestionnaireItem = compact({
    linkId: step.id,
    type: 'display',
    ...itemText(record[textField] as ExerciseStep['title']),
    enableWhen: step.condition ? [conditionToEnableWhen(step.condition, conditionOnChoice)] : undefined,
    required: 'required' in step ? step.required : undefined,
    extension: itemKindExtensions(step.kind, details),
  });
  switch (step.kind) {
    case 'text':
    case 'timer':
    case 'audio':
    case 'breathing':
      return base;
    case 'reflection':
      return { ...base, type: step.prompt ? 'text' : 'display' };
    case 'prompt':
      return compact({ ...base, type: 'text', maxLength: step.maxLength });
    case 'rating':
      return {
        ...base,
        type: 'integer',
        extension: [
          ...(base.extension ?? []),
          ...boundsExtensions(step.min, step.max, true),
          sliderControl(),
          { url: HL7.sliderStepValue, valueInteger: step.step ?? 1 },
        ],
      };
    case 'choice':
      return {
        ...base,
        type: 'choice',
        repeats: step.multiple,
        answerOption: optionsToAnswerOptions(step.options),
      };
    case 'card-sort':
      return {
        ...base,
        type: 'group',
        item: step.piles.map((pile) => ({
          linkId: `${step.id}/${pile.id}`,
          type: 'choice',
          ...itemText(pile.label),
          repeats: true,
          answerOption: optionsToAnswerOptions(step.cards),
        })),
      };
    case 'list-builder':
    case 'parts-map':
      return { ...base, type: 'string', repeats: true };
  }
}

/**
 * Reads an exercise definition from a Questionnaire: losslessly when {@link exerciseToQuestionnaire}
 * wrote it, and as a generic exercise (see the module notes) when it did not. The result lists
 * every item that was left out or simplified.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the input is not a Questionnaire or yields no valid exercise.
 * @example
 * ```ts
 * const { definition, unsupported } = questionnaireToExercise(questionnaire);
 * if (unsupported.length > 0) showAuthorWarning(unsupported);
 * ```
 */
export function questionnaireToExercise(input: unknown): QuestionnaireReadResult<ExerciseDefinition> {
  const questionnaire = parseResource(QuestionnaireSchema, input, SUBJECT);
  const interlude = questionnaireKind(questionnaire) === 'exercise';
  const unsupported: UnsupportedItem[] = [];
  const steps: ExerciseStep[] = [];
  const items = interlude ? (questionnaire.item ?? []) : flattenForeignGroups(questionnaire.item ?? []);
  items.forEach((item, index) => {
    const step = readStep(item, index, unsupported);
    if (step !== undefined) steps.push(step);
  });
  if (!interlude) dropBrokenConditions(steps, unsupported);
  const attribution = readJsonExtension(questionnaire.extension, EXTENSIONS.exerciseAttribution, SUBJECT, []);
  const rationale =
    questionnaire.purpose !== undefined
      ? fromFhirText(questionnaire.purpose, questionnaire._purpose)
      : undefined;
  const definition = parseExerciseDefinition(
    compact({ ...questionnaireToHeader(questionnaire, 'exercise'), rationale, steps, attribution }),
  );
  return { definition, unsupported };
}

function readCondition(item: QuestionnaireItem): StepCondition | undefined {
  const [first, ...rest] = item.enableWhen ?? [];
  return first && rest.length === 0 ? enableWhenToCondition(first) : undefined;
}

function readStep(
  item: QuestionnaireItem,
  index: number,
  unsupported: UnsupportedItem[],
): ExerciseStep | undefined {
  const kind = readItemKind(item) as ExerciseStep['kind'] | undefined;
  if (kind !== undefined && kind in TEXT_FIELD) {
    const details = readItemDetails(item, SUBJECT, ['item', index]);
    const native = compact({
      id: item.linkId,
      kind,
      [TEXT_FIELD[kind]]: item.text !== undefined ? readItemText(item) : undefined,
      condition: readCondition(item),
      required: item.required,
      ...(kind === 'choice'
        ? { options: answerOptionsToOptions(item.answerOption), multiple: item.repeats ?? false }
        : {}),
      ...(kind === 'prompt' ? { maxLength: item.maxLength } : {}),
    });
    return compact({ ...details, ...native }) as ExerciseStep;
  }
  return readForeignStep(item, unsupported);
}

/** A Questionnaire item Interlude did not write, as the closest step (or reported). */
function readForeignStep(item: QuestionnaireItem, unsupported: UnsupportedItem[]): ExerciseStep | undefined {
  const report = (reason: string) => {
    unsupported.push({ linkId: item.linkId, reason });
    return undefined;
  };
  const id = foreignItemId(item.linkId);
  if (id === undefined) return report('linkId is not usable as a step id');
  if (id !== item.linkId) unsupported.push({ linkId: item.linkId, reason: `read as step id "${id}"` });
  const read = readCondition(item);
  // A condition names its step by linkId: the same rewriting applies.
  const stepId = read ? foreignItemId(read.stepId) : undefined;
  const condition = read && stepId ? { ...read, stepId } : undefined;
  if (item.enableWhen && !condition)
    unsupported.push({ linkId: item.linkId, reason: 'enableWhen ignored: no matching condition' });
  const text = readItemText(item);
  const base = compact({ id, condition, required: item.required });
  switch (item.type) {
    case 'display':
      return { ...base, kind: 'text', body: text };
    case 'string':
    case 'text':
      return compact({
        ...base,
        kind: 'prompt' as const,
        prompt: text,
        maxLength: item.maxLength && Math.min(item.maxLength, 5000),
      });
    case 'integer':
    case 'decimal': {
      const bounds = readBounds(item);
      if (
        !bounds ||
        !Number.isInteger(bounds.min) ||
        !Number.isInteger(bounds.max) ||
        bounds.min >= bounds.max
      ) {
        return report('a numeric item needs whole minValue below maxValue');
      }
      const step = extensionOf(item.extension, HL7.sliderStepValue)?.valueInteger;
      return compact({
        ...base,
        kind: 'rating' as const,
        prompt: text,
        min: bounds.min,
        max: bounds.max,
        step: step !== undefined && step > 0 && (bounds.max - bounds.min) % step === 0 ? step : undefined,
        anchors: { low: { en: String(bounds.min) }, high: { en: String(bounds.max) } },
      });
    }
    case 'choice': {
      const options = answerOptionsToOptions(item.answerOption);
      if (!options || options.length < 2 || options.length > 20)
        return report('a choice needs 2–20 coded options');
      return { ...base, kind: 'choice', prompt: text, options, multiple: item.repeats ?? false };
    }
    case 'boolean':
      return {
        ...base,
        kind: 'choice',
        prompt: text,
        options: [
          { id: 'yes', label: { en: 'Yes' } },
          { id: 'no', label: { en: 'No' } },
        ],
        multiple: false,
      };
    default:
      return report(`item type "${item.type}" is not supported in an exercise`);
  }
}

/** Drops conditions of foreign items that point at a missing or later step, or compare the wrong way. */
function dropBrokenConditions(steps: ExerciseStep[], unsupported: UnsupportedItem[]): void {
  steps.forEach((step, index) => {
    const condition = step.condition;
    if (!condition) return;
    const target = steps.slice(0, index).find((candidate) => candidate.id === condition.stepId);
    const fits =
      target !== undefined &&
      (condition.op === 'answered'
        ? target.kind !== 'text'
        : target.kind === 'rating'
          ? typeof condition.value === 'number'
          : condition.op === 'eq' &&
            target.kind === 'choice' &&
            target.options.some((option) => option.id === condition.value));
    if (!fits) {
      delete (step as { condition?: StepCondition }).condition;
      unsupported.push({ linkId: step.id, reason: 'enableWhen ignored: it does not fit an earlier step' });
    }
  });
}
