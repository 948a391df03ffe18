/**
 * Flag ⇄ `DetectedIssue`, and flag acknowledgement ⇄ `Basic`.
 *
 * Why `DetectedIssue` rather than `Flag`: FHIR's `Flag` is a standing warning on a chart
 * ("allergy", "violent behaviour") with only a status and period. An Interlude flag is a finding
 * computed from data, with a severity, the evidence that raised it and an acknowledgement, and
 * `DetectedIssue` has exactly those: `severity`, `evidence` (with references to the responses and
 * tasks), `identifiedDateTime`, and `mitigation` (an action with a date) for the acknowledgement.
 *
 * | Flag | DetectedIssue |
 * | --- | --- |
 * | `id` | `identifier` (system `https://interlude.dev/fhir/flag-id`) |
 * | `kind`, `reason` | `code` (Interlude `flag-kind` and `flag-reason` codings) |
 * | `severity` urgent, attention, info | `severity` high, moderate, low |
 * | `clientId` | `patient` |
 * | `raisedAt` | `identifiedDateTime` |
 * | `acknowledgedAt` | `mitigation[0]` (action `acknowledged`, `date`) |
 * | `activity` | `implicated` (the Questionnaire by identifier `kind:id@version`) |
 * | `evidence` | `evidence[]`: role as `code`, the QuestionnaireResponse and Task as `detail`, the rest (time, value, item) as JSON |
 * | `itemId`, `metrics` | extensions |
 *
 * A standalone acknowledgement (the store's `acknowledgements` collection) is a `Basic` with its
 * own identifier (the flag id), so it syncs by conditional create without rewriting the flag.
 *
 * @module
 */
import {
  FlagAcknowledgementSchema,
  parse,
  parseFlag,
  type Flag,
  type FlagEvidence,
  type FlagSeverity,
} from '@interlude/core';
import {
  BasicSchema,
  DetectedIssueSchema,
  parseResource,
  type Basic,
  type DetectedIssue,
} from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  IDENTIFIER_SYSTEMS,
  codeOf,
  compact,
  definitionKeyOf,
  extensionOf,
  fail,
  identifierValue,
  nonEmpty,
  parseDefinitionKey,
  personReference,
  readJsonExtension,
  readPersonReference,
  readRecordReference,
  recordReference,
} from './common.js';

const SUBJECT = 'DetectedIssue';
const ACK_SUBJECT = 'acknowledgement Basic';

/** Flag severity → `DetectedIssue.severity`. */
export const DETECTED_ISSUE_SEVERITY = {
  urgent: 'high',
  attention: 'moderate',
  info: 'low',
} as const satisfies Record<FlagSeverity, string>;

const FLAG_SEVERITY: Readonly<Record<string, FlagSeverity>> = {
  high: 'urgent',
  moderate: 'attention',
  low: 'info',
};

/** A flag acknowledgement as stored: its id is the flag's id. */
export type AcknowledgementRecord = {
  readonly id: string;
  readonly flagId: string;
  readonly acknowledgedAt: string;
};

/**
 * Writes a flag as a FHIR R4 DetectedIssue (see the module notes for why DetectedIssue).
 *
 * @example
 * ```ts
 * const issue = flagToFhir(flag);
 * issue.severity; // 'high' for an urgent risk flag
 * ```
 */
export function flagToFhir(flag: Flag): DetectedIssue {
  return compact({
    resourceType: 'DetectedIssue' as const,
    extension: [
      { url: EXTENSIONS.flagMetrics, valueString: JSON.stringify(flag.metrics) },
      ...(flag.itemId !== undefined ? [{ url: EXTENSIONS.flagItemId, valueString: flag.itemId }] : []),
    ],
    identifier: [{ system: IDENTIFIER_SYSTEMS.flag, value: flag.id }],
    status: 'final',
    code: {
      coding: [
        { system: CODE_SYSTEMS.flagKind, code: flag.kind },
        { system: CODE_SYSTEMS.flagReason, code: flag.reason },
      ],
    },
    severity: DETECTED_ISSUE_SEVERITY[flag.severity],
    patient: personReference('Patient', flag.clientId),
    identifiedDateTime: flag.raisedAt,
    implicated: flag.activity
      ? [recordReference('Questionnaire', IDENTIFIER_SYSTEMS.definition, definitionKeyOf(flag.activity))]
      : undefined,
    evidence: nonEmpty(flag.evidence.map(evidenceToFhir)),
    mitigation: flag.acknowledgedAt
      ? [
          {
            action: { coding: [{ system: CODE_SYSTEMS.flagAction, code: 'acknowledged' }] },
            date: flag.acknowledgedAt,
          },
        ]
      : undefined,
  });
}

function evidenceToFhir(evidence: FlagEvidence) {
  const { role, submissionId, assignmentId, ...rest } = evidence;
  const detail = [
    ...(submissionId !== undefined
      ? [recordReference('QuestionnaireResponse', IDENTIFIER_SYSTEMS.submission, submissionId)]
      : []),
    ...(assignmentId !== undefined
      ? [recordReference('Task', IDENTIFIER_SYSTEMS.assignment, assignmentId)]
      : []),
  ];
  return compact({
    extension: [{ url: EXTENSIONS.flagEvidence, valueString: JSON.stringify(rest) }],
    code: [{ coding: [{ system: CODE_SYSTEMS.evidenceRole, code: role }] }],
    detail: nonEmpty(detail),
  });
}

/**
 * Reads a flag back from a DetectedIssue that {@link flagToFhir} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it lacks the flag identifier or does not make a valid flag.
 * @example
 * ```ts
 * const flag = fhirToFlag(resource);
 * ```
 */
export function fhirToFlag(input: unknown): Flag {
  const issue = parseResource(DetectedIssueSchema, input, SUBJECT);
  const id =
    identifierValue(issue.identifier, IDENTIFIER_SYSTEMS.flag) ??
    fail(SUBJECT, ['identifier'], 'must have an Interlude flag identifier');
  const activityKey = readRecordReference(issue.implicated, IDENTIFIER_SYSTEMS.definition);
  const evidence = (issue.evidence ?? []).map((entry, index) => {
    const rest = readJsonExtension(entry.extension, EXTENSIONS.flagEvidence, SUBJECT, ['evidence', index]);
    return compact({
      ...(typeof rest === 'object' && rest !== null ? rest : {}),
      role: codeOf(entry.code?.[0]?.coding, CODE_SYSTEMS.evidenceRole),
      submissionId: readRecordReference(entry.detail, IDENTIFIER_SYSTEMS.submission),
      assignmentId: readRecordReference(entry.detail, IDENTIFIER_SYSTEMS.assignment),
    });
  });
  const acknowledged = issue.mitigation?.find(
    (mitigation) => codeOf(mitigation.action.coding, CODE_SYSTEMS.flagAction) === 'acknowledged',
  );
  return parseFlag(
    compact({
      id,
      kind: codeOf(issue.code?.coding, CODE_SYSTEMS.flagKind),
      severity:
        FLAG_SEVERITY[issue.severity ?? ''] ?? fail(SUBJECT, ['severity'], 'must be high, moderate or low'),
      reason: codeOf(issue.code?.coding, CODE_SYSTEMS.flagReason),
      clientId: readPersonReference(issue.patient, 'Patient', SUBJECT, ['patient']),
      raisedAt: issue.identifiedDateTime,
      acknowledgedAt: acknowledged?.date,
      activity: activityKey !== undefined ? parseDefinitionKey(activityKey) : undefined,
      itemId: extensionOf(issue.extension, EXTENSIONS.flagItemId)?.valueString,
      metrics: readJsonExtension(issue.extension, EXTENSIONS.flagMetrics, SUBJECT, []) ?? {},
      evidence,
    }),
  );
}

/**
 * Writes a flag acknowledgement as a FHIR R4 `Basic` (see the module notes).
 *
 * @example
 * ```ts
 * const basic = acknowledgementToFhir({ id: flag.id, flagId: flag.id, acknowledgedAt: now.toISOString() });
 * ```
 */
export function acknowledgementToFhir(acknowledgement: Omit<AcknowledgementRecord, 'id'>): Basic {
  return {
    resourceType: 'Basic',
    extension: [
      { url: EXTENSIONS.acknowledgedAt, valueDateTime: acknowledgement.acknowledgedAt },
      {
        url: EXTENSIONS.acknowledgedFlag,
        valueReference: recordReference('DetectedIssue', IDENTIFIER_SYSTEMS.flag, acknowledgement.flagId),
      },
    ],
    identifier: [{ system: IDENTIFIER_SYSTEMS.acknowledgement, value: acknowledgement.flagId }],
    code: { coding: [{ system: CODE_SYSTEMS.recordKind, code: 'flag-acknowledgement' }] },
  };
}

/**
 * Reads an acknowledgement back from a `Basic` that {@link acknowledgementToFhir} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it is not one.
 * @example
 * ```ts
 * const { flagId, acknowledgedAt } = fhirToAcknowledgement(resource);
 * ```
 */
export function fhirToAcknowledgement(input: unknown): AcknowledgementRecord {
  const basic = parseResource(BasicSchema, input, ACK_SUBJECT);
  const flagId =
    identifierValue(basic.identifier, IDENTIFIER_SYSTEMS.acknowledgement) ??
    fail(ACK_SUBJECT, ['identifier'], 'must have an Interlude acknowledgement identifier');
  const acknowledgement = parse(
    FlagAcknowledgementSchema,
    { flagId, acknowledgedAt: extensionOf(basic.extension, EXTENSIONS.acknowledgedAt)?.valueDateTime },
    'acknowledgement',
  );
  return { id: acknowledgement.flagId, ...acknowledgement };
}
