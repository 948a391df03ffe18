/**
 * Measure definition ⇄ `Questionnaire`.
 *
 * What FHIR expresses is written natively, so any FHIR form renderer shows the measure: one
 * `choice` item per item (`linkId` = item id) with `answerOption.valueCoding` whose code is the
 * option's value and whose standard `ordinalValue` extension carries the number that is scored;
 * the instructions as a leading `display` item; LOINC codes on `Questionnaire.code` (panel) and
 * `item.code`; `url` `<base>/Questionnaire/<id>` with `version`; the licence's copyright line in
 * `copyright`; translations as standard `translation` extensions.
 *
 * What FHIR cannot express travels in Interlude extensions: per item whether it is scored,
 * reverse-scored or supplementary; the scoring rules (bands, missing-item rule, risk items,
 * reliable change, caseness, flags), the total's LOINC code, the source and the licence terms
 * (as JSON). The round trip is lossless: `questionnaireToMeasure(measureToQuestionnaire(m))`
 * deep-equals `m`.
 *
 * @module
 */
import {
  parseMeasureDefinition,
  type MeasureDefinition,
  type MeasureItem,
  type ResponseOption,
} from '@interlude/core';
import { type Coding, type Questionnaire, type QuestionnaireItem } from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  HL7,
  compact,
  extensionOf,
  fail,
  fromFhirText,
  readJsonExtension,
  toFhirText,
  type MappingOptions,
} from './common.js';
import {
  headerToQuestionnaire,
  itemText,
  questionnaireToHeader,
  readItemText,
} from './questionnaire-common.js';
import { loincAnswerFor } from './loinc-answers.js';

const SUBJECT = 'measure Questionnaire';

/** linkId of the display item that holds the instructions. */
const INSTRUCTIONS_LINK_ID = 'measure-instructions';

/**
 * Writes a measure definition as a FHIR R4 Questionnaire (see the module notes for what goes where).
 *
 * @example
 * ```ts
 * const questionnaire = measureToQuestionnaire(getMeasure('phq-9')!);
 * questionnaire.url; // 'https://interlude.dev/fhir/Questionnaire/phq-9'
 * questionnaire.code; // [{ system: 'http://loinc.org', code: '44249-1' }]
 * ```
 */
export function measureToQuestionnaire(
  definition: MeasureDefinition,
  options?: MappingOptions,
): Questionnaire {
  const header = headerToQuestionnaire(definition, options);
  const loincItems = definition.loinc?.items ?? {};
  const instructions: QuestionnaireItem[] = definition.instructions
    ? [
        {
          linkId: INSTRUCTIONS_LINK_ID,
          type: 'display',
          ...itemText(definition.instructions),
          extension: [{ url: EXTENSIONS.measureInstructions, valueBoolean: true }],
        },
      ]
    : [];
  const item = (measureItem: MeasureItem, supplementary: boolean): QuestionnaireItem => {
    const loinc = loincItems[measureItem.id];
    return compact({
      linkId: measureItem.id,
      type: 'choice',
      ...itemText(measureItem.text),
      code: loinc ? [{ system: HL7.loinc, code: loinc }] : undefined,
      extension: [
        { url: EXTENSIONS.measureItemScored, valueBoolean: measureItem.scored },
        ...(measureItem.reverse
          ? [{ url: EXTENSIONS.measureItemReverseMax, valueInteger: measureItem.reverse.max }]
          : []),
        ...(supplementary ? [{ url: EXTENSIONS.measureItemSupplementary, valueBoolean: true }] : []),
      ],
      answerOption: measureItem.options.map((option) => ({
        valueCoding: measureAnswerCoding(definition, option),
      })),
    });
  };
  return compact({
    ...header,
    extension: [
      ...(header.extension ?? []),
      { url: EXTENSIONS.measureScoring, valueString: JSON.stringify(definition.scoring) },
      ...(definition.loinc?.total
        ? [
            {
              url: EXTENSIONS.measureTotalCode,
              valueCoding: { system: HL7.loinc, code: definition.loinc.total },
            },
          ]
        : []),
      { url: EXTENSIONS.measureSource, valueString: JSON.stringify(definition.source) },
      { url: EXTENSIONS.measureLicence, valueString: JSON.stringify(definition.licence) },
    ],
    code: definition.loinc?.panel ? [{ system: HL7.loinc, code: definition.loinc.panel }] : undefined,
    copyright: definition.licence.copyright,
    item: [
      ...instructions,
      ...definition.items.map((measureItem) => item(measureItem, false)),
      ...(definition.supplementaryItems ?? []).map((measureItem) => item(measureItem, true)),
      totalItem(definition),
    ],
  });
}

/**
 * The coding of one answer option, in the Questionnaire and in responses alike: the LOINC answer
 * code (`LA…`) when the measure is a LOINC instrument and LOINC has a code for the option's text,
 * else Interlude's `measure-answer` code (the value); the value that is scored always as the
 * standard `ordinalValue` extension, so any SDC form filler can total it.
 */
export function measureAnswerCoding(
  definition: Pick<MeasureDefinition, 'loinc'>,
  option: ResponseOption,
): Coding {
  const label = toFhirText(option.label);
  const loinc = definition.loinc?.panel ? loincAnswerFor(option.label['en']) : undefined;
  return compact({
    extension: [{ url: HL7.ordinalValue, valueDecimal: option.value }],
    system: loinc ? HL7.loinc : CODE_SYSTEMS.measureAnswer,
    code: loinc ? loinc.code : String(option.value),
    display: label.value,
    _display: label.element,
  });
}

/** linkId of the read-only item that shows the calculated total. */
const TOTAL_LINK_ID = 'measure-total';

/**
 * A read-only total item with an SDC `calculatedExpression`, so SDC form fillers (LHC-Forms,
 * Aidbox, ...) show the total as the client answers. The expression is the plain sum of the scored
 * items' ordinal values (reversed where the measure reverses an item) and stays empty until every
 * scored item is answered: prorating and bands are Interlude's (its score Observation is the
 * result of record).
 */
function totalItem(definition: MeasureDefinition): QuestionnaireItem {
  const ordinal = (linkId: string) =>
    `%questionnaire.item.where(linkId='${linkId}').answerOption.valueCoding` +
    `.where(code=%resource.item.where(linkId='${linkId}').answer.valueCoding.code)` +
    `.extension.where(url='${HL7.ordinalValue}').value`;
  const terms = definition.items
    .filter((measureItem) => measureItem.scored)
    .map((measureItem) =>
      measureItem.reverse
        ? `(${measureItem.reverse.max} - ${ordinal(measureItem.id)})`
        : ordinal(measureItem.id),
    );
  return compact({
    linkId: TOTAL_LINK_ID,
    type: 'integer',
    text: 'Total score',
    readOnly: true,
    code: definition.loinc?.total ? [{ system: HL7.loinc, code: definition.loinc.total }] : undefined,
    extension: [
      { url: EXTENSIONS.measureTotalItem, valueBoolean: true },
      {
        url: HL7.calculatedExpression,
        valueExpression: { language: 'text/fhirpath', expression: terms.join(' + ') },
      },
    ],
  });
}

/**
 * Reads a measure definition back from a Questionnaire that {@link measureToQuestionnaire} wrote
 * (`questionnaireToMeasure` reads every other Questionnaire too, see `foreign-measure.ts`).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it lacks the Interlude
 * measure extensions or does not make a valid measure definition.
 */
export function readInterludeMeasure(questionnaire: Questionnaire): MeasureDefinition {
  const header = questionnaireToHeader(questionnaire, 'measure');
  const scoring = readJsonExtension(questionnaire.extension, EXTENSIONS.measureScoring, SUBJECT, []);
  if (scoring === undefined)
    fail(SUBJECT, ['extension'], 'must carry the Interlude measure-scoring extension');

  let instructions: MeasureDefinition['instructions'];
  const items: MeasureItem[] = [];
  const supplementaryItems: MeasureItem[] = [];
  const loincItems: Record<string, string> = {};
  (questionnaire.item ?? []).forEach((item, index) => {
    if (extensionOf(item.extension, EXTENSIONS.measureTotalItem)?.valueBoolean === true) return;
    if (extensionOf(item.extension, EXTENSIONS.measureInstructions)?.valueBoolean === true) {
      instructions = readItemText(item);
      return;
    }
    const loinc = item.code?.find((coding) => coding.system === HL7.loinc)?.code;
    if (loinc) loincItems[item.linkId] = loinc;
    const reverseMax = extensionOf(item.extension, EXTENSIONS.measureItemReverseMax)?.valueInteger;
    const measureItem: MeasureItem = compact({
      id: item.linkId,
      text: readItemText(item),
      options: (item.answerOption ?? []).map((option, optionIndex): ResponseOption => {
        const coding = option.valueCoding;
        const ordinal = extensionOf(coding?.extension, HL7.ordinalValue)?.valueDecimal;
        const value = ordinal ?? (coding?.code !== undefined ? Number(coding.code) : option.valueInteger);
        if (value === undefined || !Number.isFinite(value)) {
          fail(
            SUBJECT,
            ['item', index, 'answerOption', optionIndex],
            'must have an ordinalValue or a numeric code',
          );
        }
        return { value, label: fromFhirText(coding?.display ?? String(value), coding?._display) };
      }),
      scored: extensionOf(item.extension, EXTENSIONS.measureItemScored)?.valueBoolean ?? true,
      reverse: reverseMax !== undefined ? { max: reverseMax } : undefined,
    });
    const supplementary =
      extensionOf(item.extension, EXTENSIONS.measureItemSupplementary)?.valueBoolean === true;
    (supplementary ? supplementaryItems : items).push(measureItem);
  });

  const panel = questionnaire.code?.find((coding) => coding.system === HL7.loinc)?.code;
  const total = extensionOf(questionnaire.extension, EXTENSIONS.measureTotalCode)?.valueCoding?.code;
  const loinc = compact({
    panel,
    total,
    items: Object.keys(loincItems).length > 0 ? loincItems : undefined,
  });
  return parseMeasureDefinition(
    compact({
      ...header,
      kind: 'measure',
      instructions,
      items,
      supplementaryItems: supplementaryItems.length > 0 ? supplementaryItems : undefined,
      scoring,
      loinc: Object.keys(loinc).length > 0 ? loinc : undefined,
      source: readJsonExtension(questionnaire.extension, EXTENSIONS.measureSource, SUBJECT, []),
      licence: readJsonExtension(questionnaire.extension, EXTENSIONS.measureLicence, SUBJECT, []),
    }),
  );
}
