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
import {
  QuestionnaireSchema,
  parseResource,
  type Questionnaire,
  type QuestionnaireItem,
} from '../resources.js';
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
  questionnaireKind,
  questionnaireToHeader,
  readItemText,
} from './questionnaire-common.js';

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
      answerOption: measureItem.options.map((option) => {
        const label = toFhirText(option.label);
        return {
          valueCoding: compact({
            extension: [{ url: HL7.ordinalValue, valueDecimal: option.value }],
            system: CODE_SYSTEMS.measureAnswer,
            code: String(option.value),
            display: label.value,
            _display: label.element,
          }),
        };
      }),
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
    ],
  });
}

/**
 * Reads a measure definition back from a Questionnaire that {@link measureToQuestionnaire} wrote.
 * A Questionnaire from elsewhere has no scoring rules, so it cannot be a measure: read it as an
 * exercise or check-in instead.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the input is not a Questionnaire, lacks the Interlude
 * measure extensions, or does not make a valid measure definition.
 * @example
 * ```ts
 * const phq9 = questionnaireToMeasure(await fetchJson(`${base}/Questionnaire?url=${url}`));
 * scoreMeasure(phq9, answers);
 * ```
 */
export function questionnaireToMeasure(input: unknown): MeasureDefinition {
  const questionnaire = parseResource(QuestionnaireSchema, input, SUBJECT);
  if (questionnaireKind(questionnaire) !== 'measure') {
    fail(SUBJECT, ['extension'], 'must carry the Interlude activity-kind extension "measure"');
  }
  const header = questionnaireToHeader(questionnaire, 'measure');
  const scoring = readJsonExtension(questionnaire.extension, EXTENSIONS.measureScoring, SUBJECT, []);
  if (scoring === undefined)
    fail(SUBJECT, ['extension'], 'must carry the Interlude measure-scoring extension');

  let instructions: MeasureDefinition['instructions'];
  const items: MeasureItem[] = [];
  const supplementaryItems: MeasureItem[] = [];
  const loincItems: Record<string, string> = {};
  (questionnaire.item ?? []).forEach((item, index) => {
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
