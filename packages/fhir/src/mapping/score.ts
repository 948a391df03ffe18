/**
 * Score ⇄ `Observation`.
 *
 * | Score | Observation |
 * | --- | --- |
 * | score id `score:<submission id>` | `identifier` (system `https://interlude.dev/fhir/score-id`) |
 * | — | `status` `final`, `category` `survey` |
 * | `measure` | `code`: the LOINC code of the total when the measure has one, always Interlude's `measure-total` coding (code = measure id); extension `activity` (`measure:<id>@<version>`) |
 * | `total` | `valueInteger` when whole, `valueQuantity` (UCUM `{score}`) when a prorated total keeps a fraction; `dataAbsentReason` `unknown` plus the unscorable reason when `null` |
 * | `band` | `interpretation` (Interlude `band` system, code = band id) |
 * | `prorated` | extension `score-prorated` |
 * | `missingItemIds`, `riskItemIds`, `unansweredRiskItemIds` | one `component` each: code = role (`missing`, `risk`, `risk-unanswered`) + item id |
 * | `percentage` | `component` `percentage`, `valueQuantity` in `%` (or `dataAbsentReason` when `null`) |
 * | `flags` | one `component` `flag` + flag id per entry, `valueBoolean` |
 * | submission | `subject`, `effectiveDateTime` (= submittedAt), `derivedFrom` the QuestionnaireResponse |
 *
 * Why `valueInteger` for whole totals and `valueQuantity` only for fractional ones: LOINC's
 * questionnaire totals are integers and EHRs chart `valueInteger` directly; a prorated total
 * (mean × item count) can be fractional, and a `Quantity` keeps it exactly instead of rounding.
 *
 * @module
 */
import { parseScore, type MeasureDefinition, type Score, type Submission } from '@interlude/core';
import {
  ObservationSchema,
  parseResource,
  type Observation,
  type ObservationComponent,
} from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  HL7,
  IDENTIFIER_SYSTEMS,
  activityExtension,
  codeOf,
  compact,
  extensionOf,
  fail,
  identifierValue,
  isFhirInteger,
  nonEmpty,
  personReference,
  readActivityExtension,
  readRecordReference,
  linkedReference,
  type MappingOptions,
} from './common.js';

const SUBJECT = 'score Observation';

/** A score as stored: core's score with its id (`score:<submission id>`) and submission id. */
export type ScoreRecord = Score & { readonly id: string; readonly submissionId: string };

/** The id of a submission's score record (the store's `scoreId`). */
export function scoreRecordId(submissionId: string): string {
  return `score:${submissionId}`;
}

/** The `survey` Observation category every Interlude Observation carries. */
export const SURVEY_CATEGORY = {
  coding: [{ system: HL7.observationCategory, code: 'survey', display: 'Survey' }],
};

const ITEM_ROLES = [
  ['missingItemIds', 'missing'],
  ['riskItemIds', 'risk'],
  ['unansweredRiskItemIds', 'risk-unanswered'],
] as const;

function role(code: string) {
  return { system: CODE_SYSTEMS.scoreComponent, code };
}

/** The QuestionnaireResponse of a submission, as a derived Observation's `derivedFrom`. */
export function responseReference(submissionId: string, options: MappingOptions | undefined) {
  return linkedReference(
    'QuestionnaireResponse',
    IDENTIFIER_SYSTEMS.submission,
    submissionId,
    'submissions',
    options,
  );
}

/** A number as `valueInteger` when it fits, else as a `{score}` Quantity. */
export function numericValue(value: number): Pick<Observation, 'valueInteger' | 'valueQuantity'> {
  return isFhirInteger(value)
    ? { valueInteger: value }
    : { valueQuantity: { value, unit: 'score', system: HL7.ucum, code: '{score}' } };
}

/**
 * Writes a score as a FHIR R4 Observation (see the module notes). The submission gives the
 * subject, time and the response it derives from; the definition, when given, adds the LOINC
 * code of the total.
 *
 * @example
 * ```ts
 * const observation = scoreToObservation(scoreMeasure(phq9, answers), submission, phq9);
 * observation.code.coding?.[0]; // { system: 'http://loinc.org', code: '44261-6' }
 * ```
 */
export function scoreToObservation(
  score: Score,
  submission: Pick<Submission, 'id' | 'clientId' | 'submittedAt'>,
  definition?: Pick<MeasureDefinition, 'loinc'>,
  options?: MappingOptions,
): Observation {
  const loinc = definition?.loinc?.total;
  const components: ObservationComponent[] = [
    ...ITEM_ROLES.flatMap(([field, code]) =>
      score[field].map((itemId) => ({
        code: { coding: [role(code), { system: CODE_SYSTEMS.measureItem, code: itemId }] },
      })),
    ),
    ...(score.percentage === undefined
      ? []
      : [
          score.percentage === null
            ? {
                code: { coding: [role('percentage')] },
                dataAbsentReason: { coding: [{ system: HL7.dataAbsentReason, code: 'unknown' }] },
              }
            : {
                code: { coding: [role('percentage')] },
                valueQuantity: { value: score.percentage, unit: '%', system: HL7.ucum, code: '%' },
              },
        ]),
    ...Object.entries(score.flags).map(([flagId, value]) => ({
      code: { coding: [role('flag'), { system: CODE_SYSTEMS.measureFlag, code: flagId }] },
      valueBoolean: value,
    })),
  ];
  return compact({
    resourceType: 'Observation' as const,
    extension: [
      activityExtension({ kind: 'measure', ...score.measure }),
      { url: EXTENSIONS.scoreProrated, valueBoolean: score.prorated },
    ],
    identifier: [{ system: IDENTIFIER_SYSTEMS.score, value: scoreRecordId(submission.id) }],
    status: 'final',
    category: [SURVEY_CATEGORY],
    code: {
      coding: [
        ...(loinc ? [{ system: HL7.loinc, code: loinc }] : []),
        { system: CODE_SYSTEMS.measureTotal, code: score.measure.id },
      ],
    },
    subject: personReference('Patient', submission.clientId),
    effectiveDateTime: submission.submittedAt,
    ...(score.total === null
      ? {
          dataAbsentReason: {
            coding: [
              { system: HL7.dataAbsentReason, code: 'unknown' },
              {
                system: CODE_SYSTEMS.unscorableReason,
                code: score.unscorableReason ?? 'too-many-missing-items',
              },
            ],
          },
        }
      : numericValue(score.total)),
    interpretation:
      score.band !== null ? [{ coding: [{ system: CODE_SYSTEMS.band, code: score.band }] }] : undefined,
    derivedFrom: [responseReference(submission.id, options)],
    component: nonEmpty(components),
  });
}

/**
 * Reads a score back from an Observation that {@link scoreToObservation} wrote, with its record
 * id and the id of the submission it scores.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it lacks the score identifier, the measure, the response
 * it derives from, or does not make a valid score.
 * @example
 * ```ts
 * const { submissionId, total, band } = observationToScore(resource);
 * ```
 */
export function observationToScore(input: unknown): ScoreRecord {
  const observation = parseResource(ObservationSchema, input, SUBJECT);
  const id =
    identifierValue(observation.identifier, IDENTIFIER_SYSTEMS.score) ??
    fail(SUBJECT, ['identifier'], 'must have an Interlude score identifier');
  const activity = readActivityExtension(observation.extension, SUBJECT, []);
  if (activity?.kind !== 'measure')
    fail(SUBJECT, ['extension'], 'must carry the Interlude activity extension of a measure');
  const submissionId =
    readRecordReference(observation.derivedFrom, IDENTIFIER_SYSTEMS.submission) ??
    fail(SUBJECT, ['derivedFrom'], 'must reference the QuestionnaireResponse it scores');
  const components = observation.component ?? [];
  const roleOf = (component: ObservationComponent) =>
    codeOf(component.code.coding, CODE_SYSTEMS.scoreComponent);
  const itemsWith = (code: string) =>
    components
      .filter((component) => roleOf(component) === code)
      .map((component) => codeOf(component.code.coding, CODE_SYSTEMS.measureItem) ?? '');
  const percentage = components.find((component) => roleOf(component) === 'percentage');
  const total = observation.valueInteger ?? observation.valueQuantity?.value ?? null;
  const score = parseScore(
    compact({
      measure: { id: activity.id, version: activity.version },
      total,
      band: codeOf(observation.interpretation?.[0]?.coding, CODE_SYSTEMS.band) ?? null,
      prorated: extensionOf(observation.extension, EXTENSIONS.scoreProrated)?.valueBoolean ?? false,
      unscorableReason:
        total === null
          ? (codeOf(observation.dataAbsentReason?.coding, CODE_SYSTEMS.unscorableReason) ?? null)
          : null,
      missingItemIds: itemsWith('missing'),
      riskItemIds: itemsWith('risk'),
      unansweredRiskItemIds: itemsWith('risk-unanswered'),
      percentage: percentage === undefined ? undefined : (percentage.valueQuantity?.value ?? null),
      flags: Object.fromEntries(
        components
          .filter((component) => roleOf(component) === 'flag')
          .map((component) => [
            codeOf(component.code.coding, CODE_SYSTEMS.measureFlag) ?? '',
            component.valueBoolean ?? false,
          ]),
      ),
    }),
  );
  return { id, submissionId, ...score };
}
