/**
 * Check-in template ⇄ `Questionnaire`.
 *
 * Each item becomes a FHIR item any renderer understands (`linkId` = item id, `text` = prompt,
 * `required`): a slider is an `integer` (or `decimal`) item with the standard `minValue`,
 * `maxValue`, slider item control and step; a mood scale an `integer` item from 1 to `points`; a
 * choice a `choice` item whose options are codings in Interlude's option system (`repeats` when
 * multiple); short text a `string` item with `maxLength`. The item kind and what FHIR has no
 * element for (anchors, mood labels, tracking, placeholder) travel in Interlude extensions, the
 * micro-feedback rules and the attribution as JSON on the Questionnaire.
 *
 * Reading a Questionnaire Interlude did not write works for the item types a check-in can hold:
 * `choice` (2–8 options), `integer`/`decimal` with `minValue` and `maxValue` (a slider), `string`
 * and `text` (short text), `boolean` (a yes/no choice); groups are flattened. Everything else,
 * conditions, and items past the fifth are reported in `unsupported`.
 *
 * @module
 */
import {
  MAX_CHECK_IN_ITEMS,
  SHORT_TEXT_MAX_LENGTH,
  parseCheckInTemplate,
  type CheckInItem,
  type CheckInTemplate,
} from '@interlude/core';
import {
  QuestionnaireSchema,
  parseResource,
  type Questionnaire,
  type QuestionnaireItem,
} from '../resources.js';
import { EXTENSIONS, HL7, compact, extensionOf, readJsonExtension, type MappingOptions } from './common.js';
import {
  answerOptionsToOptions,
  boundsExtensions,
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

const SUBJECT = 'check-in Questionnaire';

/** Micro-feedback for a check-in read from a Questionnaire Interlude did not write. */
const FOREIGN_FEEDBACK = { rules: [], default: { en: 'Thank you.' } };

/**
 * Writes a check-in template as a FHIR R4 Questionnaire.
 *
 * @example
 * ```ts
 * const questionnaire = checkInToQuestionnaire(getCheckInTemplate('daily-mood')!);
 * questionnaire.item?.map((item) => item.type); // ['integer', 'integer', 'string']
 * ```
 */
export function checkInToQuestionnaire(template: CheckInTemplate, options?: MappingOptions): Questionnaire {
  const header = headerToQuestionnaire(template, options);
  return {
    ...header,
    extension: [
      ...(header.extension ?? []),
      { url: EXTENSIONS.checkInFeedback, valueString: JSON.stringify(template.feedback) },
      ...(template.attribution
        ? [{ url: EXTENSIONS.checkInAttribution, valueString: JSON.stringify(template.attribution) }]
        : []),
    ],
    item: template.items.map(itemToFhir),
  };
}

function itemToFhir(item: CheckInItem): QuestionnaireItem {
  const base = { linkId: item.id, ...itemText(item.prompt), required: item.required };
  switch (item.kind) {
    case 'slider': {
      const integer = [item.min, item.max, item.step].every(Number.isInteger);
      const { id: _id, prompt: _prompt, required: _required, kind, ...details } = item;
      return {
        ...base,
        type: integer ? 'integer' : 'decimal',
        extension: [
          ...itemKindExtensions(kind, details),
          ...boundsExtensions(item.min, item.max, integer),
          sliderControl(),
          ...(integer ? [{ url: HL7.sliderStepValue, valueInteger: item.step }] : []),
        ],
      };
    }
    case 'mood': {
      const { id: _id, prompt: _prompt, required: _required, kind, ...details } = item;
      return {
        ...base,
        type: 'integer',
        extension: [...itemKindExtensions(kind, details), ...boundsExtensions(1, item.points, true)],
      };
    }
    case 'choice': {
      const { id: _id, prompt: _prompt, required: _required, kind, options, multiple, ...details } = item;
      return {
        ...base,
        type: 'choice',
        repeats: multiple,
        extension: itemKindExtensions(kind, details),
        answerOption: optionsToAnswerOptions(options),
      };
    }
    case 'short-text': {
      const { id: _id, prompt: _prompt, required: _required, kind, maxLength, ...details } = item;
      return compact({
        ...base,
        type: 'string',
        maxLength,
        extension: itemKindExtensions(kind, details),
      });
    }
  }
}

/**
 * Reads a check-in template from a Questionnaire: losslessly when {@link checkInToQuestionnaire}
 * wrote it, and as a generic check-in (see the module notes) when it did not. The result lists
 * every item that was left out or simplified.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the input is not a Questionnaire or yields no valid check-in
 * (e.g. none of its items is supported).
 * @example
 * ```ts
 * const { definition, unsupported } = questionnaireToCheckIn(questionnaire);
 * for (const { linkId, reason } of unsupported) console.warn(`${linkId}: ${reason}`);
 * ```
 */
export function questionnaireToCheckIn(input: unknown): QuestionnaireReadResult<CheckInTemplate> {
  const questionnaire = parseResource(QuestionnaireSchema, input, SUBJECT);
  const interlude = questionnaireKind(questionnaire) === 'check-in';
  const unsupported: UnsupportedItem[] = [];
  const items: CheckInItem[] = [];
  flattenForeignGroups(questionnaire.item ?? []).forEach((item, index) => {
    const read = readItem(item, index, unsupported);
    if (read === undefined) return;
    if (items.length >= MAX_CHECK_IN_ITEMS) {
      unsupported.push({
        linkId: item.linkId,
        reason: `a check-in holds at most ${MAX_CHECK_IN_ITEMS} items`,
      });
      return;
    }
    items.push(read);
  });
  const feedback = interlude
    ? readJsonExtension(questionnaire.extension, EXTENSIONS.checkInFeedback, SUBJECT, [])
    : FOREIGN_FEEDBACK;
  const attribution = interlude
    ? readJsonExtension(questionnaire.extension, EXTENSIONS.checkInAttribution, SUBJECT, [])
    : undefined;
  const definition = parseCheckInTemplate(
    compact({
      ...questionnaireToHeader(questionnaire, 'check-in'),
      items,
      feedback: feedback ?? FOREIGN_FEEDBACK,
      attribution,
    }),
  );
  return { definition, unsupported };
}

function readItem(
  item: QuestionnaireItem,
  index: number,
  unsupported: UnsupportedItem[],
): CheckInItem | undefined {
  const kind = readItemKind(item);
  const base = { id: item.linkId, prompt: readItemText(item), required: item.required ?? false };
  if (kind !== undefined) {
    const details = readItemDetails(item, SUBJECT, ['item', index]);
    const native =
      kind === 'choice'
        ? { options: answerOptionsToOptions(item.answerOption), multiple: item.repeats ?? false }
        : kind === 'short-text'
          ? compact({ maxLength: item.maxLength })
          : {};
    return { ...details, ...base, ...native, kind } as CheckInItem;
  }
  return readForeignItem(item, base, unsupported);
}

/** A Questionnaire item Interlude did not write, as the closest check-in item (or reported). */
function readForeignItem(
  item: QuestionnaireItem,
  input: { id: string; prompt: CheckInItem['prompt']; required: boolean },
  unsupported: UnsupportedItem[],
): CheckInItem | undefined {
  let base = input;
  const report = (reason: string) => {
    unsupported.push({ linkId: item.linkId, reason });
    return undefined;
  };
  const id = foreignItemId(item.linkId);
  if (id === undefined) return report('linkId is not usable as an item id');
  if (id !== item.linkId) {
    unsupported.push({ linkId: item.linkId, reason: `read as item id "${id}"` });
    base = { ...base, id };
  }
  if (item.enableWhen)
    unsupported.push({ linkId: item.linkId, reason: 'enableWhen ignored: check-ins show every item' });
  switch (item.type) {
    case 'choice': {
      const options = answerOptionsToOptions(item.answerOption);
      if (!options || options.length < 2 || options.length > 8)
        return report('a check-in choice needs 2–8 coded options');
      return { ...base, kind: 'choice', options, multiple: item.repeats ?? false };
    }
    case 'boolean':
      return {
        ...base,
        kind: 'choice',
        options: [
          { id: 'yes', label: { en: 'Yes' } },
          { id: 'no', label: { en: 'No' } },
        ],
        multiple: false,
      };
    case 'integer':
    case 'decimal': {
      const bounds = readBounds(item);
      if (!bounds || bounds.min >= bounds.max) return report('a numeric item needs minValue below maxValue');
      const step = extensionOf(item.extension, HL7.sliderStepValue)?.valueInteger ?? 1;
      return {
        ...base,
        kind: 'slider',
        min: bounds.min,
        max: bounds.max,
        step: (bounds.max - bounds.min) % step === 0 ? step : bounds.max - bounds.min,
        anchors: { low: { en: String(bounds.min) }, high: { en: String(bounds.max) } },
      };
    }
    case 'string':
    case 'text':
      return compact({
        ...base,
        kind: 'short-text' as const,
        maxLength: item.maxLength !== undefined ? Math.min(item.maxLength, SHORT_TEXT_MAX_LENGTH) : undefined,
      });
    default:
      return report(`item type "${item.type}" is not supported in a check-in`);
  }
}
