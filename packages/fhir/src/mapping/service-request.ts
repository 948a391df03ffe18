/**
 * Assignment ⇄ `ServiceRequest`.
 *
 * Why a `ServiceRequest` (since 0.1; a `Task` before): it is R4's order for a service to be done
 * for a patient, and it has what an assignment is: a schedule in a standard element
 * (`occurrenceTiming`), the Questionnaire to complete (the standard `questionnaireRequest`
 * extension), and it is what a `QuestionnaireResponse.basedOn` may point at (R4 allows a CarePlan
 * or ServiceRequest there, not a Task). One ServiceRequest per assignment keeps what one Task
 * gave: its own identifier for conditional create, its own version for `If-Match`, its own
 * lifecycle. A CarePlan per client would bundle every assignment into one resource two
 * clinicians' edits conflict on, and R4 cannot search a CarePlan by its author.
 *
 * | Assignment | ServiceRequest |
 * | --- | --- |
 * | `id` | `identifier` (system `https://interlude.dev/fhir/assignment-id`) |
 * | `status` active, paused, completed, cancelled | `status` active, on-hold, completed, revoked |
 * | — | `intent` `order` |
 * | `clientId` | `subject` and `performer` (`Patient/<id>`: the client does it) |
 * | `clinicianId` | `requester` (`Practitioner/<id>`) |
 * | `activity` | `code` (the LOINC panel when the measure has one, and Interlude's `activity` coding `kind:id@version`); extension `questionnaireRequest` (the Questionnaire, by identifier and literal reference when known) |
 * | `schedule` | `occurrenceTiming` (a standard `Timing`; zone, window and expiry, which R4 cannot say, as extensions on it) |
 * | `note` | `note[0].text` |
 * | `createdAt`, `statusChangedAt`, `suggestedOrder` | `authoredOn`, extensions |
 *
 * Reading accepts `draft` as not yet an assignment (refused); `entered-in-error` is a deletion
 * (see `records.ts`). Tasks written before 0.1 are still read (`assignment.ts`).
 *
 * @module
 */
import { type ActivityDefinition, type Assignment, type AssignmentStatus } from '@interlude/core';
import { ServiceRequestSchema, parseResource, type ServiceRequest } from '../resources.js';
import { assignmentExtras, readAssignment, scheduleToTiming } from './assignment.js';
import {
  CODE_SYSTEMS,
  HL7,
  IDENTIFIER_SYSTEMS,
  codeOf,
  compact,
  definitionKeyOf,
  extensionOf,
  fail,
  identifierValue,
  linkedReference,
  parseDefinitionKey,
  personReference,
  questionnaireCanonical,
  type MappingOptions,
} from './common.js';

const SUBJECT = 'ServiceRequest';

/** Interlude assignment status → FHIR `ServiceRequest.status`. */
export const SERVICE_REQUEST_STATUS = {
  active: 'active',
  paused: 'on-hold',
  completed: 'completed',
  cancelled: 'revoked',
} as const satisfies Record<AssignmentStatus, string>;

const ASSIGNMENT_STATUS: Readonly<Record<string, AssignmentStatus>> = {
  active: 'active',
  'on-hold': 'paused',
  completed: 'completed',
  revoked: 'cancelled',
};

/** Options of {@link assignmentToServiceRequest}. */
export interface AssignmentMappingOptions extends MappingOptions {
  /** The assigned definition: adds its LOINC panel code and title to `ServiceRequest.code`. */
  readonly definition?: ActivityDefinition | undefined;
}

/**
 * Writes an assignment as a FHIR R4 ServiceRequest (see the module notes for the mapping and why).
 *
 * @example
 * ```ts
 * const request = assignmentToServiceRequest(assignment, { definition: getMeasure('phq-9') });
 * request.code?.coding?.[0]; // { system: 'http://loinc.org', code: '44249-1' }
 * request.occurrenceTiming?.repeat?.periodUnit; // 'wk'
 * ```
 */
export function assignmentToServiceRequest(
  assignment: Assignment,
  options?: AssignmentMappingOptions,
): ServiceRequest {
  const extras = assignmentExtras(assignment);
  const key = definitionKeyOf(assignment.activity);
  const panel = options?.definition?.kind === 'measure' ? options.definition.loinc?.panel : undefined;
  const questionnaire = linkedReference(
    'Questionnaire',
    IDENTIFIER_SYSTEMS.definition,
    key,
    'definitions',
    options,
  );
  return compact({
    resourceType: 'ServiceRequest' as const,
    extension: [
      {
        url: HL7.questionnaireRequest,
        valueReference: { ...questionnaire, display: questionnaireCanonical(assignment.activity, options) },
      },
      ...extras.extension,
    ],
    identifier: [{ system: IDENTIFIER_SYSTEMS.assignment, value: assignment.id }],
    status: SERVICE_REQUEST_STATUS[assignment.status],
    intent: 'order',
    code: compact({
      coding: [
        ...(panel ? [{ system: HL7.loinc, code: panel }] : []),
        { system: CODE_SYSTEMS.activity, code: key },
      ],
      text: options?.definition?.title['en'],
    }),
    subject: personReference('Patient', assignment.clientId),
    occurrenceTiming: scheduleToTiming(assignment.schedule),
    authoredOn: assignment.createdAt,
    requester: personReference('Practitioner', assignment.clinicianId),
    performer: [personReference('Patient', assignment.clientId)],
    note: extras.note,
  });
}

/**
 * Reads an assignment back from a ServiceRequest that {@link assignmentToServiceRequest} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it lacks the assignment
 * identifier, the activity or the schedule, or has a status that is not an assignment's.
 * @example
 * ```ts
 * const assignment = serviceRequestToAssignment(bundle.entry[0].resource);
 * ```
 */
export function serviceRequestToAssignment(input: unknown): Assignment {
  const request = parseResource(ServiceRequestSchema, input, SUBJECT);
  const id =
    identifierValue(request.identifier, IDENTIFIER_SYSTEMS.assignment) ??
    fail(SUBJECT, ['identifier'], 'must have an Interlude assignment identifier');
  const status =
    ASSIGNMENT_STATUS[request.status] ?? fail(SUBJECT, ['status'], 'must be a status an assignment can have');
  const questionnaire = extensionOf(request.extension, HL7.questionnaireRequest)?.valueReference;
  const key =
    (questionnaire?.identifier?.system === IDENTIFIER_SYSTEMS.definition
      ? questionnaire.identifier.value
      : undefined) ?? codeOf(request.code?.coding, CODE_SYSTEMS.activity);
  const activity = key !== undefined ? parseDefinitionKey(key) : undefined;
  if (!activity) fail(SUBJECT, ['code'], 'must identify an Interlude definition (kind:id@version)');
  const timing = request.occurrenceTiming ?? fail(SUBJECT, ['occurrenceTiming'], 'is required');
  return readAssignment(SUBJECT, {
    id,
    status,
    activity,
    timing,
    client: { reference: request.subject, path: 'subject' },
    requester: request.requester,
    extension: request.extension,
    note: request.note,
    authoredOn: request.authoredOn,
  });
}
