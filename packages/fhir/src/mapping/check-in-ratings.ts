/**
 * Check-in ratings ⇄ `Observation`s: each answered slider or mood item of a completed check-in
 * becomes one `survey` Observation, so EHRs and reporting tools can chart a client's mood and
 * distress without reading QuestionnaireResponses.
 *
 * The ratings are derived data: the QuestionnaireResponse stays the record of truth, and
 * syncing reads submissions back from it, never from these Observations. Each carries a stable
 * identifier `<submission id>#<item id>` so re-pushing never duplicates it.
 *
 * @module
 */
import type { CheckInTemplate, Submission } from '@interlude/core';
import { ObservationSchema, parseResource, type Observation } from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  IDENTIFIER_SYSTEMS,
  activityExtension,
  codeOf,
  compact,
  extensionOf,
  fail,
  identifierValue,
  personReference,
  readActivityExtension,
  readRecordReference,
  toFhirText,
  type MappingOptions,
} from './common.js';
import { SURVEY_CATEGORY, numericValue, responseReference } from './score.js';

const SUBJECT = 'check-in rating Observation';

/** One check-in rating read back from an Observation. */
export interface CheckInRating {
  readonly submissionId: string;
  readonly clientId: string;
  readonly activity: Submission['activity'];
  readonly itemId: string;
  readonly value: number;
  readonly submittedAt: string;
}

/**
 * The Observations of a completed check-in's numeric answers (sliders and mood scales); empty for
 * an abandoned run or another activity kind. Skipped items produce none.
 *
 * @example
 * ```ts
 * const observations = checkInRatingsToObservations(submission, getCheckInTemplate('daily-mood')!);
 * observations.map((o) => o.valueInteger); // e.g. [4, 6]
 * ```
 */
export function checkInRatingsToObservations(
  submission: Submission,
  template: CheckInTemplate,
  options?: MappingOptions,
): Observation[] {
  if (submission.status !== 'completed' || submission.activity.kind !== 'check-in') return [];
  return template.items.flatMap((item) => {
    const value = submission.answers[item.id];
    if ((item.kind !== 'slider' && item.kind !== 'mood') || typeof value !== 'number') return [];
    const label = item.tracked?.label ?? item.prompt;
    return [
      compact({
        resourceType: 'Observation' as const,
        extension: [
          activityExtension(submission.activity),
          { url: EXTENSIONS.checkInItem, valueString: item.id },
        ],
        identifier: [{ system: IDENTIFIER_SYSTEMS.rating, value: `${submission.id}#${item.id}` }],
        status: 'final',
        category: [SURVEY_CATEGORY],
        code: {
          coding: [{ system: CODE_SYSTEMS.checkInItem, code: `${template.id}/${item.id}` }],
          text: toFhirText(label).value,
        },
        subject: personReference('Patient', submission.clientId),
        effectiveDateTime: submission.submittedAt,
        ...numericValue(value),
        derivedFrom: [responseReference(submission.id, options)],
      }),
    ];
  });
}

/**
 * Reads one rating back from an Observation that {@link checkInRatingsToObservations} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it is not such an Observation.
 * @example
 * ```ts
 * const { itemId, value, submittedAt } = observationToCheckInRating(resource);
 * ```
 */
export function observationToCheckInRating(input: unknown): CheckInRating {
  const observation = parseResource(ObservationSchema, input, SUBJECT);
  if (identifierValue(observation.identifier, IDENTIFIER_SYSTEMS.rating) === undefined) {
    fail(SUBJECT, ['identifier'], 'must have an Interlude check-in rating identifier');
  }
  const activity =
    readActivityExtension(observation.extension, SUBJECT, []) ??
    fail(SUBJECT, ['extension'], 'must carry the Interlude activity extension');
  const value =
    observation.valueInteger ??
    observation.valueQuantity?.value ??
    fail(SUBJECT, ['value[x]'], 'must hold a number');
  const itemId =
    extensionOf(observation.extension, EXTENSIONS.checkInItem)?.valueString ??
    codeOf(observation.code.coding, CODE_SYSTEMS.checkInItem)?.split('/')[1] ??
    fail(SUBJECT, ['code'], 'must name the check-in item');
  return {
    submissionId:
      readRecordReference(observation.derivedFrom, IDENTIFIER_SYSTEMS.submission) ??
      fail(SUBJECT, ['derivedFrom'], 'must reference the QuestionnaireResponse'),
    clientId: readPersonReferenceOrFail(observation),
    activity,
    itemId,
    value,
    submittedAt: observation.effectiveDateTime ?? fail(SUBJECT, ['effectiveDateTime'], 'is required'),
  };
}

function readPersonReferenceOrFail(observation: Observation): string {
  const identifier = observation.subject?.identifier;
  if (identifier?.system === IDENTIFIER_SYSTEMS.client && identifier.value) return identifier.value;
  const match = /Patient\/([^/]+)$/.exec(observation.subject?.reference ?? '');
  return match?.[1] ?? fail(SUBJECT, ['subject'], 'must reference a Patient');
}
