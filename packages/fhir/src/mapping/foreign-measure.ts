/**
 * Questionnaires Interlude did not write, read as measures: LOINC forms exported by LHC-Forms,
 * SDC examples, an EHR's own PHQ-9.
 *
 * 1. **A known instrument.** When the form carries the LOINC panel code of one of the
 *    `instruments` passed in (on `Questionnaire.code` or as an identifier, with or without the
 *    LOINC system), or the LOINC code of its total on an item, it is read as *that* definition:
 *    scores, bands, risk items and reliable change are the instrument's own, never re-derived.
 *    Its items are matched to the instrument's by LOINC item code, then, for items without a
 *    code, in form order; each option's value comes from its `ordinalValue` (or SDC `itemWeight`),
 *    a numeric code, or its text (a LOINC answer code's text or the display) matched to the
 *    instrument's option labels. An option whose value the instrument does not allow is dropped.
 * 2. **Any other scorable form.** Choice items whose every option has a numeric value
 *    (`ordinalValue`, `itemWeight`, `valueInteger`, a numeric code) become a measure definition
 *    scored as the plain sum of those values, with one band over the whole range, no risk items,
 *    no reliable-change or caseness rule, and a licence note saying it is **not a validated
 *    instrument**. Item ids are the linkIds lower-cased into `[a-z0-9-.]` (`/44250-9` → `44250-9`,
 *    `H1/T1/Q1` → `h1-t1-q1`), so responses map without a stored table.
 *
 * Any linkId FHIR allows is accepted. Everything that is not used (display text, free-text items,
 * the form's own total item, an option without a usable value) is listed in `unsupported` with
 * the reason, never dropped silently. Answer lists are read from `answerOption` or from a
 * contained `ValueSet` named by `answerValueSet: '#id'`; external value sets are reported.
 *
 * @module
 */
import {
  ValidationError,
  isValidLoincCode,
  parseMeasureDefinition,
  type MeasureDefinition,
  type MeasureItem,
} from '@interlude/core';
import {
  QuestionnaireSchema,
  ValueSetSchema,
  parseResource,
  type Coding,
  type Extension,
  type Questionnaire,
  type QuestionnaireItem,
} from '../resources.js';
import {
  CODE_SYSTEMS,
  HL7,
  compact,
  extensionOf,
  fail,
  fromFhirText,
  parseQuestionnaireCanonical,
} from './common.js';
import { loincAnswerText, sameAnswerText } from './loinc-answers.js';
import { readInterludeMeasure } from './measure.js';
import {
  questionnaireKind,
  questionnaireToHeader,
  readItemText,
  type UnsupportedItem,
} from './questionnaire-common.js';

const SUBJECT = 'measure Questionnaire';

/** Options of {@link readQuestionnaireAsMeasure} and {@link questionnaireToMeasure}. */
export interface MeasureReadOptions {
  /**
   * The validated instruments to recognise, typically `listMeasures()` from `@interlude/content`.
   * Without them every foreign form is read as a derived (not validated) measure.
   */
  readonly instruments?: readonly MeasureDefinition[];
}

/** How one item of a foreign form was matched to a measure item. */
export interface ItemBinding {
  readonly linkId: string;
  readonly itemId: string;
  /** `loinc`: same LOINC item code; `position`: the next item of the instrument in form order; `linkId`: derived from the linkId. */
  readonly matchedBy: 'loinc' | 'position' | 'linkId';
}

/** Where a measure read from a Questionnaire came from. */
export type MeasureBinding =
  /** Interlude wrote it: read losslessly. */
  | { readonly kind: 'interlude' }
  /** A foreign form of a known instrument, read as that instrument's definition. */
  | {
      readonly kind: 'instrument';
      readonly measure: { readonly id: string; readonly version: string };
      /** How the instrument was recognised: its panel code, or the LOINC code of its total. */
      readonly matchedBy: 'panel' | 'total';
      readonly items: readonly ItemBinding[];
    }
  /** A foreign form of no known instrument: scored as the plain sum; not a validated instrument. */
  | { readonly kind: 'derived'; readonly validated: false; readonly items: readonly ItemBinding[] };

/** One answer a foreign item accepts, and the value it counts for. */
export interface AnswerKey {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly display?: string | undefined;
  readonly value: number;
}

/**
 * How a foreign form's answers become measure answers: per linkId, the measure item and the
 * value of each answer. Made by {@link readQuestionnaireAsMeasure} (from the form) or
 * {@link formOfInstrument} (from the instrument alone, for a response without its form).
 */
export interface MeasureForm {
  readonly measure: { readonly id: string; readonly version: string };
  readonly items: ReadonlyMap<string, { readonly itemId: string; readonly answers: readonly AnswerKey[] }>;
}

/** What reading a Questionnaire as a measure gives. */
export interface MeasureReadResult {
  readonly definition: MeasureDefinition;
  readonly binding: MeasureBinding;
  /** How responses to this form map to the definition's items (absent for Interlude's own). */
  readonly form?: MeasureForm;
  /** Every item, or option, that was left out, and why. Empty for a Questionnaire Interlude wrote. */
  readonly unsupported: readonly UnsupportedItem[];
}

/**
 * Reads any Questionnaire as a measure (see the module notes): losslessly when Interlude wrote
 * it, as a known instrument when its LOINC codes say so, else as a derived measure.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the input is not a
 * Questionnaire, or nothing in it can be scored (messages name paths and linkIds, never text).
 * @example
 * ```ts
 * import { listMeasures } from '@interlude/content';
 * const { definition, binding, unsupported } = readQuestionnaireAsMeasure(lhcPhq9, { instruments: listMeasures() });
 * binding.kind; // 'instrument' (definition is Interlude's PHQ-9)
 * ```
 */
export function readQuestionnaireAsMeasure(input: unknown, options?: MeasureReadOptions): MeasureReadResult {
  const questionnaire = parseResource(QuestionnaireSchema, input, SUBJECT);
  if (questionnaireKind(questionnaire) === 'measure') {
    return {
      definition: readInterludeMeasure(questionnaire),
      binding: { kind: 'interlude' },
      unsupported: [],
    };
  }
  const unsupported: UnsupportedItem[] = [];
  const questions: { item: QuestionnaireItem; answers: Answer[] }[] = [];
  let instructions: QuestionnaireItem | undefined;
  for (const item of flatten(questionnaire.item ?? [])) {
    if (item.type === 'display') {
      if (instructions === undefined && questions.length === 0) instructions = item;
      else unsupported.push({ linkId: item.linkId, reason: 'display text is not part of a measure' });
      continue;
    }
    if (isTotalItem(item)) {
      unsupported.push({
        linkId: item.linkId,
        reason: 'the form’s total item: the total is computed from the answers instead',
      });
      continue;
    }
    if (item.type !== 'choice' && item.type !== 'open-choice') {
      unsupported.push({ linkId: item.linkId, reason: `item type "${item.type}" is not scored` });
      continue;
    }
    const answers = answersOf(questionnaire, item, unsupported);
    if (answers !== undefined) questions.push({ item, answers });
  }
  const instrument = recognise(questionnaire, options?.instruments ?? []);
  const result = instrument
    ? bindInstrument(instrument.definition, instrument.matchedBy, questions, unsupported)
    : deriveMeasure(questionnaire, questions, instructions, unsupported);
  return { ...result, unsupported };
}

/**
 * Reads a measure definition from any Questionnaire (see {@link readQuestionnaireAsMeasure},
 * which also says how it was read and what was left out).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the input is not a
 * Questionnaire or nothing in it can be scored.
 * @example
 * ```ts
 * const phq9 = questionnaireToMeasure(await fetchJson(`${base}/Questionnaire?url=${url}`));
 * scoreMeasure(phq9, answers);
 * ```
 */
export function questionnaireToMeasure(input: unknown, options?: MeasureReadOptions): MeasureDefinition {
  return readQuestionnaireAsMeasure(input, options).definition;
}

/**
 * How a response to `instrument` maps when its Questionnaire is not at hand: items by the
 * instrument's item ids, its LOINC item codes (`44250-9`, `/44250-9`: LHC-Forms' linkIds) and,
 * for answers, Interlude's own codes, LOINC answer codes and option texts.
 */
export function formOfInstrument(instrument: MeasureDefinition): MeasureForm {
  const items = new Map<string, { itemId: string; answers: AnswerKey[] }>();
  const loinc = instrument.loinc?.items ?? {};
  for (const measureItem of allItems(instrument)) {
    const answers = measureItem.options.map((option) => ({
      display: option.label['en'],
      value: option.value,
    }));
    const entry = { itemId: measureItem.id, answers };
    items.set(measureItem.id, entry);
    const code = loinc[measureItem.id];
    if (code) {
      items.set(code, entry);
      items.set(`/${code}`, entry);
    }
  }
  return { measure: { id: instrument.id, version: instrument.version }, items };
}

/**
 * The value an answer coding counts for on one item of a form, or `undefined`: Interlude's
 * `measure-answer` code, an `ordinalValue` on the coding, the same system and code as an option,
 * the same code without a system, or the same text (a LOINC answer code's text or the display).
 */
export function answerValue(
  answers: readonly AnswerKey[],
  answer: { coding?: Coding | undefined; number?: number | undefined; text?: string | undefined },
): number | undefined {
  const { coding } = answer;
  const allowed = (value: number | undefined) =>
    value !== undefined && answers.some((key) => key.value === value) ? value : undefined;
  if (answer.number !== undefined) return allowed(answer.number);
  if (coding) {
    if (coding.system === CODE_SYSTEMS.measureAnswer) return allowed(Number(coding.code));
    const ordinal = ordinalOf(coding.extension);
    if (ordinal !== undefined) return allowed(ordinal);
    const exact = answers.find(
      (key) =>
        key.code !== undefined && key.code === coding.code && (key.system ?? '') === (coding.system ?? ''),
    );
    if (exact) return exact.value;
    const byCode = answers.filter((key) => key.code !== undefined && key.code === coding.code);
    if (byCode.length === 1) return byCode[0]?.value;
  }
  const text = loincAnswerText(coding?.code) ?? coding?.display ?? answer.text;
  return answers.find((key) => sameAnswerText(key.display, text))?.value;
}

// ---- reading the form -------------------------------------------------------------------

interface Answer {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly display?: string | undefined;
  readonly value?: number | undefined;
}

function flatten(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  return items.flatMap((item) => (item.type === 'group' ? flatten(item.item ?? []) : [item]));
}

function isTotalItem(item: QuestionnaireItem): boolean {
  return (
    extensionOf(item.extension, HL7.calculatedExpression) !== undefined ||
    (item.readOnly === true && item.type !== 'choice')
  );
}

function ordinalOf(extensions: readonly Extension[] | undefined): number | undefined {
  const extension = extensionOf(extensions, HL7.ordinalValue) ?? extensionOf(extensions, HL7.itemWeight);
  const value = extension?.valueDecimal ?? extension?.valueInteger;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** The answers of a choice item, from `answerOption` or a contained ValueSet; reported when unreadable. */
function answersOf(
  questionnaire: Questionnaire,
  item: QuestionnaireItem,
  unsupported: UnsupportedItem[],
): Answer[] | undefined {
  if (item.answerOption) {
    return item.answerOption.map((option) => {
      const coding = option.valueCoding;
      const numericCode =
        coding?.code !== undefined && /^-?\d+$/.test(coding.code) ? Number(coding.code) : undefined;
      return compact({
        system: coding?.system,
        code: coding?.code ?? option.valueString,
        display: coding?.display ?? option.valueString,
        value:
          ordinalOf(option.extension) ?? ordinalOf(coding?.extension) ?? option.valueInteger ?? numericCode,
      });
    });
  }
  const reference = item.answerValueSet;
  if (reference?.startsWith('#')) {
    const contained = (questionnaire.contained ?? []).find(
      (resource) => resource.resourceType === 'ValueSet' && resource.id === reference.slice(1),
    );
    const valueSet = contained ? safeValueSet(contained) : undefined;
    if (valueSet) {
      const concepts = [
        ...(valueSet.compose?.include ?? []).flatMap((include) =>
          (include.concept ?? []).map((concept) => ({ ...concept, system: include.system })),
        ),
        ...(valueSet.expansion?.contains ?? []),
      ];
      return concepts.map((concept) =>
        compact({
          system: concept.system,
          code: concept.code,
          display: concept.display,
          value: ordinalOf(concept.extension),
        }),
      );
    }
  }
  unsupported.push({
    linkId: item.linkId,
    reason: reference ? 'its answer value set is not contained in the form' : 'it has no answer options',
  });
  return undefined;
}

function safeValueSet(resource: unknown) {
  try {
    return parseResource(ValueSetSchema, resource, 'contained ValueSet');
  } catch (error) {
    if (error instanceof ValidationError) return undefined;
    throw error;
  }
}

// ---- a known instrument -------------------------------------------------------------------

const isLoinc = (system: string | undefined) => system === undefined || system === HL7.loinc;

function recognise(
  questionnaire: Questionnaire,
  instruments: readonly MeasureDefinition[],
): { definition: MeasureDefinition; matchedBy: 'panel' | 'total' } | undefined {
  const panels = new Set([
    ...(questionnaire.code ?? []).filter((coding) => isLoinc(coding.system)).map((coding) => coding.code),
    ...(questionnaire.identifier ?? []).filter((id) => isLoinc(id.system)).map((id) => id.value),
  ]);
  const byPanel = instruments.find(
    (instrument) => instrument.loinc?.panel && panels.has(instrument.loinc.panel),
  );
  if (byPanel) return { definition: byPanel, matchedBy: 'panel' };
  const itemCodes = new Set(
    flatten(questionnaire.item ?? []).flatMap((item) =>
      (item.code ?? []).filter((coding) => isLoinc(coding.system)).map((coding) => coding.code),
    ),
  );
  const byTotal = instruments.find(
    (instrument) => instrument.loinc?.total && itemCodes.has(instrument.loinc.total),
  );
  return byTotal ? { definition: byTotal, matchedBy: 'total' } : undefined;
}

function allItems(definition: MeasureDefinition): MeasureItem[] {
  return [...definition.items, ...(definition.supplementaryItems ?? [])];
}

function bindInstrument(
  instrument: MeasureDefinition,
  matchedBy: 'panel' | 'total',
  questions: readonly { item: QuestionnaireItem; answers: Answer[] }[],
  unsupported: UnsupportedItem[],
): Omit<MeasureReadResult, 'unsupported'> {
  const byCode = new Map(
    Object.entries(instrument.loinc?.items ?? {}).map(([itemId, code]) => [code, itemId]),
  );
  const measureItems = new Map(allItems(instrument).map((measureItem) => [measureItem.id, measureItem]));
  const matched = new Map<QuestionnaireItem, { itemId: string; matchedBy: ItemBinding['matchedBy'] }>();
  const taken = new Set<string>();
  for (const { item } of questions) {
    const itemId = (item.code ?? [])
      .filter((coding) => isLoinc(coding.system))
      .map((coding) => byCode.get(coding.code ?? ''))
      .find((id) => id !== undefined && !taken.has(id));
    if (itemId) {
      matched.set(item, { itemId, matchedBy: 'loinc' });
      taken.add(itemId);
    }
  }
  const free = allItems(instrument).filter((measureItem) => !taken.has(measureItem.id));
  for (const { item } of questions) {
    if (matched.has(item)) continue;
    const next = free.shift();
    if (!next) {
      unsupported.push({
        linkId: item.linkId,
        reason: `${instrument.id} has no further item to match it to`,
      });
      continue;
    }
    matched.set(item, { itemId: next.id, matchedBy: 'position' });
  }

  const items = new Map<string, { itemId: string; answers: AnswerKey[] }>();
  const bindings: ItemBinding[] = [];
  for (const { item, answers } of questions) {
    const match = matched.get(item);
    const measureItem = match ? measureItems.get(match.itemId) : undefined;
    if (!match || !measureItem) continue;
    const instrumentAnswers = measureItem.options.map((option) => ({
      display: option.label['en'],
      value: option.value,
    }));
    const keys: AnswerKey[] = [];
    answers.forEach((answer, index) => {
      const value = answerValue(instrumentAnswers, {
        coding: compact({ system: answer.system, code: answer.code, display: answer.display }),
        number: answer.value,
      });
      if (value === undefined) {
        unsupported.push({
          linkId: item.linkId,
          reason: `answer option ${index + 1} has no value that ${instrument.id} item ${measureItem.id} allows`,
        });
        return;
      }
      keys.push(compact({ system: answer.system, code: answer.code, display: answer.display, value }));
    });
    if (keys.length === 0) continue;
    items.set(item.linkId, { itemId: measureItem.id, answers: keys });
    bindings.push({ linkId: item.linkId, itemId: measureItem.id, matchedBy: match.matchedBy });
  }
  const measure = { id: instrument.id, version: instrument.version };
  return {
    definition: instrument,
    binding: { kind: 'instrument', measure, matchedBy, items: bindings },
    form: { measure, items },
  };
}

// ---- a derived measure ------------------------------------------------------------------

/** A linkId as a measure item id: lower-case words of `[a-z0-9]` joined by `-` (dots kept). */
export function linkIdToItemId(linkId: string): string | undefined {
  const id = linkId
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/-?\.-?/g, '.');
  return /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id) ? id : undefined;
}

function deriveMeasure(
  questionnaire: Questionnaire,
  questions: readonly { item: QuestionnaireItem; answers: Answer[] }[],
  instructions: QuestionnaireItem | undefined,
  unsupported: UnsupportedItem[],
): Omit<MeasureReadResult, 'unsupported'> {
  const measureItems: MeasureItem[] = [];
  const bindings: ItemBinding[] = [];
  const items = new Map<string, { itemId: string; answers: AnswerKey[] }>();
  const loincItems: Record<string, string> = {};
  for (const { item, answers } of questions) {
    const itemId = linkIdToItemId(item.linkId);
    if (itemId === undefined || items.has(itemId) || measureItems.some((each) => each.id === itemId)) {
      unsupported.push({ linkId: item.linkId, reason: 'its linkId does not give a unique item id' });
      continue;
    }
    const values = answers.map((answer) => answer.value);
    if (values.some((value) => value === undefined || !Number.isInteger(value))) {
      unsupported.push({
        linkId: item.linkId,
        reason: 'an answer option has no whole-number value to score',
      });
      continue;
    }
    if (new Set(values).size !== values.length || values.length < 2) {
      unsupported.push({ linkId: item.linkId, reason: 'it needs two or more options with distinct values' });
      continue;
    }
    measureItems.push({
      id: itemId,
      text: readItemText(item),
      options: answers.map((answer) => ({
        value: answer.value as number,
        label: { en: answer.display ?? loincAnswerText(answer.code) ?? answer.code ?? String(answer.value) },
      })),
      scored: true,
    });
    items.set(item.linkId, {
      itemId,
      answers: answers.map((answer) => ({ ...answer, value: answer.value as number })),
    });
    bindings.push({ linkId: item.linkId, itemId, matchedBy: 'linkId' });
    const loinc = (item.code ?? []).find(
      (coding) => isLoinc(coding.system) && isLoincCode(coding.code),
    )?.code;
    if (loinc) loincItems[itemId] = loinc;
  }
  if (measureItems.length === 0) {
    fail(
      SUBJECT,
      ['item'],
      'has no choice item whose options all carry a score (ordinalValue, itemWeight or a number)',
    );
  }
  const header = questionnaireToHeader(questionnaire, 'measure');
  const canonical = questionnaire.url ? parseQuestionnaireCanonical(questionnaire.url) : undefined;
  const min = measureItems.reduce(
    (sum, item) => sum + Math.min(...item.options.map((option) => option.value)),
    0,
  );
  const max = measureItems.reduce(
    (sum, item) => sum + Math.max(...item.options.map((option) => option.value)),
    0,
  );
  const panel = (questionnaire.code ?? []).find(
    (coding) => isLoinc(coding.system) && isLoincCode(coding.code),
  )?.code;
  const definition = parseMeasureDefinition(
    compact({
      ...header,
      kind: 'measure' as const,
      instructions: instructions ? fromFhirText(instructions.text ?? '', instructions._text) : undefined,
      items: measureItems,
      scoring: {
        method: 'sum',
        direction: 'higher-is-worse',
        bands: [{ id: 'total', min, max, label: { en: 'Total (not a validated instrument)' } }],
        missingItems: { kind: 'unscorable' },
      },
      loinc:
        panel || Object.keys(loincItems).length > 0
          ? compact({ panel, items: Object.keys(loincItems).length > 0 ? loincItems : undefined })
          : undefined,
      source: compact({
        citation: `FHIR Questionnaire ${questionnaire.url ?? questionnaire.id ?? canonical?.id ?? header.id}, read by Interlude`,
        url: questionnaire.url && /^https?:\/\//.test(questionnaire.url) ? questionnaire.url : undefined,
      }),
      licence: {
        id: 'LicenseRef-unknown',
        note: 'Read from a FHIR Questionnaire Interlude did not write. Not a validated instrument: scored as the plain sum of the form’s option values, with no severity bands, risk items or reliable-change rule. Check the form’s own terms before use.',
        copyright: questionnaire.copyright ?? 'Unknown: see the source form.',
        commercialUse: 'permission-required',
        translationAllowed: false,
      },
    }),
  );
  const measure = { id: definition.id, version: definition.version };
  return {
    definition,
    binding: { kind: 'derived', validated: false, items: bindings },
    form: { measure, items },
  };
}

/** A LOINC code with a valid check digit (a wrong one is not copied rather than failing the form). */
function isLoincCode(code: string | undefined): code is string {
  return code !== undefined && /^\d{1,7}-\d$/.test(code) && isValidLoincCode(code);
}
