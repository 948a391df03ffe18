/**
 * What the three definition ⇄ Questionnaire mappers share: the header (canonical, identifier,
 * version, title, modality), item text, choice options, numeric bounds and step conditions.
 *
 * @module
 */
import {
  MODALITIES,
  type ActivityKind,
  type ChoiceOption,
  type LocalizedText,
  type Modality,
  type StepCondition,
} from '@interlude/core';
import type {
  Extension,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
} from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  HL7,
  IDENTIFIER_SYSTEMS,
  compact,
  definitionKeyOf,
  extensionOf,
  fromFhirText,
  identifierValue,
  parseDefinitionKey,
  parseQuestionnaireCanonical,
  questionnaireUrl,
  readJsonExtension,
  toFhirText,
  type MappingOptions,
} from './common.js';

/** An item of a Questionnaire that a reader could not turn into an Interlude item or step. */
export interface UnsupportedItem {
  /** The item's `linkId` (an identifier, never content). */
  readonly linkId: string;
  /** Why, in a few words, e.g. `item type "date" is not supported`. */
  readonly reason: string;
}

/**
 * What reading a Questionnaire into a check-in or exercise gives: the definition, and every item
 * that was left out or simplified. Always empty for a Questionnaire Interlude wrote.
 */
export interface QuestionnaireReadResult<T> {
  readonly definition: T;
  readonly unsupported: readonly UnsupportedItem[];
}

/** Fields every definition shares. */
interface DefinitionHeader {
  readonly kind: ActivityKind;
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly modality: Modality;
  readonly estimatedMinutes: number;
  readonly description?: LocalizedText | undefined;
}

/** The Questionnaire elements that carry a definition's header. */
export function headerToQuestionnaire(
  definition: DefinitionHeader,
  options: MappingOptions | undefined,
): Questionnaire {
  const title = toFhirText(definition.title);
  const description = definition.description ? toFhirText(definition.description) : undefined;
  return compact({
    resourceType: 'Questionnaire' as const,
    extension: [
      { url: EXTENSIONS.activityKind, valueCode: definition.kind },
      { url: EXTENSIONS.modality, valueCode: definition.modality },
      { url: EXTENSIONS.estimatedMinutes, valueDecimal: definition.estimatedMinutes },
    ],
    url: questionnaireUrl(definition.id, options),
    identifier: [{ system: IDENTIFIER_SYSTEMS.definition, value: definitionKeyOf(definition) }],
    version: definition.version,
    title: title.value,
    _title: title.element,
    status: 'active' as const,
    description: description?.value,
    _description: description?.element,
  });
}

/** The Interlude kind a Questionnaire was written as, or `undefined` for one Interlude did not author. */
export function questionnaireKind(questionnaire: Questionnaire): ActivityKind | undefined {
  const code = extensionOf(questionnaire.extension, EXTENSIONS.activityKind)?.valueCode;
  return code === 'check-in' || code === 'measure' || code === 'exercise' ? code : undefined;
}

/**
 * Reads a definition's header. For a Questionnaire Interlude did not author, the id comes from
 * the canonical, `name` or resource id (lower-cased into a definition id), the version from
 * `version` when it is `major.minor.patch` (else `1.0.0`), modality `general`, and one minute
 * per five items.
 */
export function questionnaireToHeader(questionnaire: Questionnaire, kind: ActivityKind): DefinitionHeader {
  const key = parseDefinitionKey(
    identifierValue(questionnaire.identifier, IDENTIFIER_SYSTEMS.definition) ?? '',
  );
  const canonical = questionnaire.url ? parseQuestionnaireCanonical(questionnaire.url) : undefined;
  const id =
    key?.id ??
    (canonical?.id !== undefined ? toDefinitionId(canonical.id) : undefined) ??
    toDefinitionId(questionnaire.name ?? questionnaire.id ?? questionnaire.title ?? 'questionnaire');
  const version =
    key?.version ??
    (questionnaire.version && /^\d+\.\d+\.\d+$/.test(questionnaire.version)
      ? questionnaire.version
      : '1.0.0');
  const modalityCode = extensionOf(questionnaire.extension, EXTENSIONS.modality)?.valueCode;
  const modality = (MODALITIES as readonly string[]).includes(modalityCode ?? '')
    ? (modalityCode as Modality)
    : 'general';
  const minutes = extensionOf(questionnaire.extension, EXTENSIONS.estimatedMinutes)?.valueDecimal;
  const estimatedMinutes = minutes ?? Math.max(1, Math.ceil(countQuestions(questionnaire.item ?? []) / 5));
  const title = fromFhirText(questionnaire.title ?? questionnaire.name ?? id, questionnaire._title);
  return compact({
    kind,
    id,
    version,
    title: title['en'] === undefined ? { ...title, en: id } : title,
    modality,
    estimatedMinutes,
    description:
      questionnaire.description !== undefined
        ? fromFhirText(questionnaire.description, questionnaire._description)
        : undefined,
  });
}

function countQuestions(items: readonly QuestionnaireItem[]): number {
  return items.reduce((sum, item) => sum + (item.type === 'group' ? countQuestions(item.item ?? []) : 1), 0);
}

/** Lower-cases arbitrary text into a definition id (`[a-z0-9]` words joined by `-`). */
export function toDefinitionId(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.length > 0 ? id : 'questionnaire';
}

/** An item's text and translations, as `text` and `_text`. */
export function itemText(text: LocalizedText | undefined): Pick<QuestionnaireItem, 'text' | '_text'> {
  if (text === undefined) return {};
  const fhir = toFhirText(text);
  return compact({ text: fhir.value, _text: fhir.element });
}

/** Reads an item's text and translations. */
export function readItemText(item: QuestionnaireItem): LocalizedText {
  return fromFhirText(item.text ?? item.linkId, item._text);
}

/** Choice options as `answerOption.valueCoding` in Interlude's option code system. */
export function optionsToAnswerOptions(options: readonly ChoiceOption[]): QuestionnaireAnswerOption[] {
  return options.map((option) => {
    const label = toFhirText(option.label);
    return {
      valueCoding: compact({
        system: CODE_SYSTEMS.option,
        code: option.id,
        display: label.value,
        _display: label.element,
      }),
    };
  });
}

/**
 * Reads choice options: a coding's `code` (or a `valueString`, `valueInteger`) is the option id,
 * its display (with translations) the label. Returns `undefined` when an option has no usable id.
 */
export function answerOptionsToOptions(
  answerOptions: readonly QuestionnaireAnswerOption[] | undefined,
): ChoiceOption[] | undefined {
  const options: ChoiceOption[] = [];
  for (const option of answerOptions ?? []) {
    const coding = option.valueCoding;
    const raw =
      coding?.code ??
      option.valueString ??
      (option.valueInteger !== undefined ? String(option.valueInteger) : undefined);
    if (raw === undefined) return undefined;
    const id = /^[A-Za-z]/.test(raw) ? raw : `o${raw}`;
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(id)) return undefined;
    const label = coding ? fromFhirText(coding.display ?? raw, coding._display) : { en: raw };
    options.push({ id, label: label['en'] === undefined ? { ...label, en: raw } : label });
  }
  return options;
}

/** The standard min/max extensions for a numeric item. */
export function boundsExtensions(min: number, max: number, integer: boolean): Extension[] {
  return integer
    ? [
        { url: HL7.minValue, valueInteger: min },
        { url: HL7.maxValue, valueInteger: max },
      ]
    : [
        { url: HL7.minValue, valueDecimal: min },
        { url: HL7.maxValue, valueDecimal: max },
      ];
}

/** Reads the standard min/max extensions, if both are present. */
export function readBounds(item: QuestionnaireItem): { min: number; max: number } | undefined {
  const min = extensionOf(item.extension, HL7.minValue);
  const max = extensionOf(item.extension, HL7.maxValue);
  const minValue = min?.valueInteger ?? min?.valueDecimal;
  const maxValue = max?.valueInteger ?? max?.valueDecimal;
  return minValue !== undefined && maxValue !== undefined ? { min: minValue, max: maxValue } : undefined;
}

/** The standard "render as a slider" item control. */
export function sliderControl(): Extension {
  return {
    url: HL7.itemControl,
    valueCodeableConcept: { coding: [{ system: HL7.itemControlSystem, code: 'slider' }] },
  };
}

/** Interlude item kind and details extensions. */
export function itemKindExtensions(kind: string, details: Record<string, unknown>): Extension[] {
  const rest = compact(details);
  return [
    { url: EXTENSIONS.itemKind, valueCode: kind },
    ...(Object.keys(rest).length > 0
      ? [{ url: EXTENSIONS.itemDetails, valueString: JSON.stringify(rest) }]
      : []),
  ];
}

/** The Interlude kind of an item, if Interlude wrote it. */
export function readItemKind(item: QuestionnaireItem): string | undefined {
  return extensionOf(item.extension, EXTENSIONS.itemKind)?.valueCode;
}

/** The Interlude details of an item (the fields FHIR has no element for). */
export function readItemDetails(
  item: QuestionnaireItem,
  subject: string,
  path: (string | number)[],
): Record<string, unknown> {
  const details = readJsonExtension(item.extension, EXTENSIONS.itemDetails, subject, path);
  return typeof details === 'object' && details !== null && !Array.isArray(details)
    ? (details as Record<string, unknown>)
    : {};
}

/** A step condition as `enableWhen`: `answered` → `exists true`, `gte`/`lte`/`eq` → `>=`/`<=`/`=`. */
export function conditionToEnableWhen(
  condition: StepCondition,
  targetIsChoice: boolean,
): QuestionnaireEnableWhen {
  const question = condition.stepId;
  switch (condition.op) {
    case 'answered':
      return { question, operator: 'exists', answerBoolean: true };
    case 'gte':
    case 'lte':
      return { question, operator: condition.op === 'gte' ? '>=' : '<=', ...numberAnswer(condition.value) };
    case 'eq':
      return typeof condition.value === 'number'
        ? { question, operator: '=', ...numberAnswer(condition.value) }
        : targetIsChoice
          ? { question, operator: '=', answerCoding: { system: CODE_SYSTEMS.option, code: condition.value } }
          : { question, operator: '=', answerString: condition.value };
  }
}

function numberAnswer(value: number): Pick<QuestionnaireEnableWhen, 'answerInteger' | 'answerDecimal'> {
  return Number.isInteger(value) ? { answerInteger: value } : { answerDecimal: value };
}

/** Reads one `enableWhen` back as a step condition, or `undefined` if it has no Interlude meaning. */
export function enableWhenToCondition(enableWhen: QuestionnaireEnableWhen): StepCondition | undefined {
  const stepId = enableWhen.question;
  const number = enableWhen.answerInteger ?? enableWhen.answerDecimal;
  switch (enableWhen.operator) {
    case 'exists':
      return enableWhen.answerBoolean === true ? { stepId, op: 'answered' } : undefined;
    case '>=':
    case '<=':
      return number === undefined
        ? undefined
        : { stepId, op: enableWhen.operator === '>=' ? 'gte' : 'lte', value: number };
    case '=': {
      const value = number ?? enableWhen.answerCoding?.code ?? enableWhen.answerString;
      return value === undefined || value === '' ? undefined : { stepId, op: 'eq', value };
    }
    default:
      return undefined;
  }
}

/** Walks items depth-first, flattening groups Interlude did not write into their children. */
export function flattenForeignGroups(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  return items.flatMap((item) =>
    item.type === 'group' && readItemKind(item) === undefined
      ? flattenForeignGroups(item.item ?? [])
      : [item],
  );
}

/** Whether `linkId` can be an Interlude item or step id. */
export function isItemId(linkId: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(linkId);
}

/**
 * A check-in item or step id for any linkId FHIR allows: the linkId itself when it is one, else
 * its letters, digits, `_` and `-` (other runs become `-`), with an `i-` prefix when it does not
 * start with a letter: `/44250-9` → `i-44250-9`, `H1/T1/Q1` → `H1-T1-Q1`. `undefined` when
 * nothing usable is left or it is too long.
 */
export function foreignItemId(linkId: string): string | undefined {
  if (isItemId(linkId)) return linkId;
  const cleaned = linkId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const id = /^[A-Za-z]/.test(cleaned) ? cleaned : `i-${cleaned}`;
  return cleaned.length > 0 && isItemId(id) ? id : undefined;
}
