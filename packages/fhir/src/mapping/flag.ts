/**
 * Flag ⇄ `DetectedIssue`, and flag acknowledgement ⇄ a completed `Task`.
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
 * | `evidence` | `evidence[]`: role as `code`, the QuestionnaireResponse and ServiceRequest as `detail`, the rest (time, value, item) as JSON |
 * | `itemId`, `metrics` | extensions |
 *
 * Why not `RiskAssessment`: it states the probability of an outcome from a prediction model; an
 * Interlude flag states that a rule fired on recorded data (an answer at or above a risk
 * threshold, a reliable deterioration), which is what `DetectedIssue` is for.
 *
 * A standalone acknowledgement (the store's `acknowledgements` collection) is a completed `Task`
 * (since 0.1; a `Basic` before, still read): code `flag-acknowledgement`, `focus` the flag's
 * DetectedIssue, `for` the patient, `owner` the clinician, done at `executionPeriod.end`. Why a
 * Task: an EHR shows it as work done ("flag reviewed by Dr X on …") in the patient's record,
 * and it carries the patient, so a clinician's device pulls only its caseload's acknowledgements
 * (`Task?patient=…&code=…`); a `Basic` has neither meaning nor a patient, and a `Provenance`
 * cannot be searched by patient unless it targets the Patient itself. It has its own identifier
 * (the flag id), so it syncs by conditional create without rewriting the flag; the flag's own
 * `acknowledgedAt` stays in `DetectedIssue.mitigation`, part of the flag's lossless mapping.
 *
 * A snooze ("seen; show it to me again on …", an acknowledgement with `snoozedUntil`) is the same
 * kind of Task put on hold: `status` `on-hold`, `businessStatus` `snoozed`, the day it comes back as
 * `restriction.period.start` (from when the review is sought again), the clinician's action at
 * `executionPeriod.start`. Its identifier is the snooze's own id (every snooze is kept, beside the
 * acknowledgement), so the flag is read from `focus`. Only core Task elements, no extension: an EHR
 * shows it as a review on hold until that date.
 *
 * | acknowledgement | Task |
 * | --- | --- |
 * | `id` | `identifier` (system `…/acknowledgement-id`; the flag id for an acknowledgement) |
 * | `flagId` | `focus` (the DetectedIssue by flag identifier); before 0.1, the identifier |
 * | `acknowledgedAt` | `executionPeriod.end` (acknowledged) or `executionPeriod.start` (snoozed), and `authoredOn` |
 * | `snoozedUntil` | `restriction.period.start`, with `status` `on-hold` and `businessStatus` `snoozed` |
 * | no `snoozedUntil` | `status` `completed` |
 *
 * @module
 */
import {
  FLAG_KINDS,
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
  TaskSchema,
  parseResource,
  type Basic,
  type DetectedIssue,
  type Task,
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
  linkedReference,
  type MappingOptions,
} from './common.js';

const SUBJECT = 'DetectedIssue';
const ACK_SUBJECT = 'acknowledgement Basic';
const ACK_TASK_SUBJECT = 'acknowledgement Task';

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

/** A flag acknowledgement as stored: its id is the flag's id (a snooze's is its own). */
export type AcknowledgementRecord = {
  readonly id: string;
  readonly flagId: string;
  readonly acknowledgedAt: string;
  /** Set on a snooze: when the flag comes back. */
  readonly snoozedUntil?: string;
};

/** `Task.businessStatus` of a snooze. */
export const SNOOZED_STATUS = { system: CODE_SYSTEMS.flagAction, code: 'snoozed' } as const;

/**
 * Writes a flag as a FHIR R4 DetectedIssue (see the module notes for why DetectedIssue).
 *
 * @example
 * ```ts
 * const issue = flagToFhir(flag);
 * issue.severity; // 'high' for an urgent risk flag
 * ```
 */
export function flagToFhir(flag: Flag, options?: MappingOptions): DetectedIssue {
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
      ? [
          linkedReference(
            'Questionnaire',
            IDENTIFIER_SYSTEMS.definition,
            definitionKeyOf(flag.activity),
            'definitions',
            options,
          ),
        ]
      : undefined,
    evidence: nonEmpty(flag.evidence.map((evidence) => evidenceToFhir(evidence, options))),
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

function evidenceToFhir(evidence: FlagEvidence, options: MappingOptions | undefined) {
  const { role, submissionId, assignmentId, ...rest } = evidence;
  const detail = [
    ...(submissionId !== undefined
      ? [
          linkedReference(
            'QuestionnaireResponse',
            IDENTIFIER_SYSTEMS.submission,
            submissionId,
            'submissions',
            options,
          ),
        ]
      : []),
    ...(assignmentId !== undefined
      ? [
          linkedReference(
            'ServiceRequest',
            IDENTIFIER_SYSTEMS.assignment,
            assignmentId,
            'assignments',
            options,
          ),
        ]
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

/** The code of an acknowledgement Task (and of a legacy acknowledgement Basic). */
export const ACKNOWLEDGEMENT_CODE = {
  system: CODE_SYSTEMS.recordKind,
  code: 'flag-acknowledgement',
} as const;

/** Who an acknowledgement is about and by, when known: written as `Task.for` and `Task.owner`. */
export interface AcknowledgementMappingOptions extends MappingOptions {
  readonly clientId?: string | undefined;
  readonly clinicianId?: string | undefined;
}

/**
 * The client a flag is about, from its id: core's flag ids start `<kind>:<clientId>:` (e.g.
 * `risk:c-1:…`). `undefined` for an id of another shape.
 */
export function flagClientId(flagId: string): string | undefined {
  const match = new RegExp(`^(?:${FLAG_KINDS.join('|')}):([^:]+):`).exec(flagId);
  return match?.[1];
}

/**
 * Writes a flag acknowledgement as a completed FHIR R4 `Task`, or a snooze as a Task on hold
 * until its date (see the module notes). `id` defaults to the flag id (an acknowledgement's).
 *
 * @example
 * ```ts
 * const task = acknowledgementToTask(
 *   { flagId: flag.id, acknowledgedAt: now.toISOString() },
 *   { clientId: flag.clientId, clinicianId: 't-1' },
 * );
 * task.status; // 'completed'
 * ```
 */
export function acknowledgementToTask(
  acknowledgement: Omit<AcknowledgementRecord, 'id'> & { readonly id?: string },
  options?: AcknowledgementMappingOptions,
): Task {
  const clientId = options?.clientId ?? flagClientId(acknowledgement.flagId);
  const until = acknowledgement.snoozedUntil;
  return compact({
    resourceType: 'Task' as const,
    identifier: [
      { system: IDENTIFIER_SYSTEMS.acknowledgement, value: acknowledgement.id ?? acknowledgement.flagId },
    ],
    status: until === undefined ? 'completed' : 'on-hold',
    businessStatus: until === undefined ? undefined : { coding: [{ ...SNOOZED_STATUS }], text: 'Snoozed' },
    intent: 'order',
    code: {
      coding: [{ ...ACKNOWLEDGEMENT_CODE }],
      text: until === undefined ? 'Flag acknowledged' : 'Flag snoozed',
    },
    focus: linkedReference(
      'DetectedIssue',
      IDENTIFIER_SYSTEMS.flag,
      acknowledgement.flagId,
      'flags',
      options,
    ),
    for: clientId !== undefined ? personReference('Patient', clientId) : undefined,
    executionPeriod:
      until === undefined
        ? { end: acknowledgement.acknowledgedAt }
        : { start: acknowledgement.acknowledgedAt },
    restriction: until === undefined ? undefined : { period: { start: until } },
    authoredOn: acknowledgement.acknowledgedAt,
    owner:
      options?.clinicianId !== undefined ? personReference('Practitioner', options.clinicianId) : undefined,
  });
}

/**
 * Writes a flag acknowledgement as the `Basic` Interlude wrote before 0.1.
 *
 * @deprecated Acknowledgements are written as Tasks ({@link acknowledgementToTask}); this stays
 * for hosts that still write the old shape. {@link fhirToAcknowledgement} reads both.
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
    code: { coding: [{ ...ACKNOWLEDGEMENT_CODE }] },
  };
}

/**
 * Reads an acknowledgement back from a Task that {@link acknowledgementToTask} wrote, or a
 * legacy `Basic` that {@link acknowledgementToFhir} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it is neither.
 * @example
 * ```ts
 * const { flagId, acknowledgedAt } = fhirToAcknowledgement(resource);
 * ```
 */
export function fhirToAcknowledgement(input: unknown): AcknowledgementRecord {
  const type = (input as { resourceType?: unknown } | null)?.resourceType;
  if (type === 'Task') {
    const task = parseResource(TaskSchema, input, ACK_TASK_SUBJECT);
    const id =
      identifierValue(task.identifier, IDENTIFIER_SYSTEMS.acknowledgement) ??
      fail(ACK_TASK_SUBJECT, ['identifier'], 'must have an Interlude acknowledgement identifier');
    // Tasks before snoozes named the flag only by their identifier.
    const flagId = readRecordReference(task.focus ? [task.focus] : [], IDENTIFIER_SYSTEMS.flag) ?? id;
    const snoozed = codeOf(task.businessStatus?.coding, SNOOZED_STATUS.system) === SNOOZED_STATUS.code;
    if (!snoozed) return acknowledgementRecord(flagId, task.executionPeriod?.end ?? task.authoredOn, id);
    const until =
      task.restriction?.period?.start ??
      fail(ACK_TASK_SUBJECT, ['restriction', 'period', 'start'], 'must say until when a snoozed flag waits');
    return acknowledgementRecord(flagId, task.executionPeriod?.start ?? task.authoredOn, id, until);
  }
  const basic = parseResource(BasicSchema, input, ACK_SUBJECT);
  const flagId =
    identifierValue(basic.identifier, IDENTIFIER_SYSTEMS.acknowledgement) ??
    fail(ACK_SUBJECT, ['identifier'], 'must have an Interlude acknowledgement identifier');
  return acknowledgementRecord(
    flagId,
    extensionOf(basic.extension, EXTENSIONS.acknowledgedAt)?.valueDateTime,
  );
}

function acknowledgementRecord(
  flagId: string,
  acknowledgedAt: string | undefined,
  id = flagId,
  snoozedUntil?: string,
): AcknowledgementRecord {
  const acknowledgement = parse(
    FlagAcknowledgementSchema,
    compact({ flagId, acknowledgedAt, snoozedUntil }),
    'acknowledgement',
  );
  if (snoozedUntil === undefined && id !== flagId) {
    fail(ACK_TASK_SUBJECT, ['focus'], 'must name the flag its identifier names');
  }
  return { id, ...acknowledgement };
}
