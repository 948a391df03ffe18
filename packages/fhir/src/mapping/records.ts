/**
 * Dispatchers for the sync transport: a store record to the FHIR resources that represent it,
 * a FHIR resource back to the store record it represents (or why not), and the identifier that
 * makes a conditional create (`ifNoneExist`) idempotent.
 *
 * | collection | resources written | also read |
 * | --- | --- | --- |
 * | `definitions` | one `Questionnaire` (identifier `kind:id@version`) | any Questionnaire that reads as a measure (`foreign-measure.ts`) |
 * | `assignments` | one `ServiceRequest` | `Task`s written before 0.1 |
 * | `submissions` | one `QuestionnaireResponse`, plus one rating `Observation` per numeric answer of a completed check-in (derived, never read back) | responses of other apps and EHRs to a measure |
 * | `scores` | one `Observation` (needs the submission, from `context.submission`) | |
 * | `flags` | one `DetectedIssue` | |
 * | `acknowledgements` | one completed `Task` | `Basic`s written before 0.1 |
 * | `preferences` | none: reminder preferences are per-device settings (quiet hours, reminder times), not clinical data, and FHIR has no resource for them; they stay in the store's own partition | |
 *
 * Deletions travel as **status tombstones**: a resource of an Interlude record whose status is
 * `entered-in-error` reads as a deletion of that record (FHIR searches never return deleted
 * resources, and `_history` is not something every server offers per type, so a hard `DELETE` on
 * the server is not seen: retract with `entered-in-error`). A cancelled assignment is a status
 * (`revoked`, or `cancelled` on a legacy Task) and arrives as an ordinary change.
 *
 * @module
 */
import {
  AssignmentSchema,
  FlagSchema,
  SubmissionSchema,
  ValidationError,
  formatPath,
  parse,
  type ActivityRef,
  type Submission,
} from '@interlude/core';
import {
  StoredAcknowledgementSchema,
  StoredDefinitionSchema,
  StoredScoreSchema,
  type SyncedCollection,
} from '@interlude/store';
import {
  RESOURCE_TYPES,
  parseFhirResource,
  type FhirResource,
  type Identifier,
  type QuestionnaireResponse,
  type Task,
} from '../resources.js';
import { taskToAssignment } from './assignment.js';
import { checkInRatingsToObservations } from './check-in-ratings.js';
import { checkInToQuestionnaire, questionnaireToCheckIn } from './check-in.js';
import {
  IDENTIFIER_SYSTEMS,
  codeOf,
  definitionKeyOf,
  identifierValue,
  readRecordReference,
  type MappingOptions,
} from './common.js';
import { exerciseToQuestionnaire, questionnaireToExercise } from './exercise.js';
import {
  ACKNOWLEDGEMENT_CODE,
  acknowledgementToTask,
  fhirToAcknowledgement,
  fhirToFlag,
  flagToFhir,
} from './flag.js';
import { readQuestionnaireAsMeasure, type MeasureReadOptions } from './foreign-measure.js';
import { measureToQuestionnaire } from './measure.js';
import { questionnaireKind, type UnsupportedItem } from './questionnaire-common.js';
import { observationToScore, scoreToObservation } from './score.js';
import { assignmentToServiceRequest, serviceRequestToAssignment } from './service-request.js';
import {
  readQuestionnaireResponse,
  stableUuid,
  submissionToQuestionnaireResponse,
  type ActivityDefinition,
} from './submission.js';

/** What {@link recordToResources} may need besides the record. Lookups are synchronous: prefetch what a batch needs. */
export interface RecordContext extends MappingOptions {
  /** The definition version a submission answered (codes answers better, adds check-in rating Observations), or an assignment assigns (adds its LOINC code). */
  readonly definition?: (ref: ActivityRef) => ActivityDefinition | undefined;
  /** The submission a score belongs to (its subject and time); a score cannot be mapped without it. */
  readonly submission?: (id: string) => Submission | undefined;
  /** The client a flag is about, for an acknowledgement's `Task.for`. Default: read from the flag id (core's `<kind>:<clientId>:…`). */
  readonly flagClient?: (flagId: string) => string | undefined;
  /** The clinician who acknowledges flags on this device, for the acknowledgement's `Task.owner`. */
  readonly clinicianId?: string;
}

/** What a record maps to: its resources, or none and why. */
export interface RecordResources {
  /** The resources, the record's own (the one {@link resourceToRecord} reads back) first. */
  readonly resources: readonly FhirResource[];
  /** Why there are none (a collection that is not mapped, a missing lookup); absent when mapped. */
  readonly unmapped?: string;
}

/** A store record read back from a resource. */
export interface ResourceRecord {
  readonly collection: SyncedCollection;
  readonly record: Readonly<Record<string, unknown>> & { readonly id: string };
}

/**
 * The FHIR resources for one store record of a synced collection (see the module table).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the record does not match its collection's schema.
 * @example
 * ```ts
 * const { resources, unmapped } = recordToResources('submissions', submission, {
 *   definition: (ref) => definitions.get(definitionKey(ref)),
 * });
 * ```
 */
export function recordToResources(
  collection: SyncedCollection,
  record: Readonly<Record<string, unknown>>,
  context: RecordContext = {},
): RecordResources {
  switch (collection) {
    case 'definitions': {
      const { definition } = parse(StoredDefinitionSchema, record, 'stored definition');
      const questionnaire =
        definition.kind === 'measure'
          ? measureToQuestionnaire(definition, context)
          : definition.kind === 'check-in'
            ? checkInToQuestionnaire(definition, context)
            : exerciseToQuestionnaire(definition, context);
      return { resources: [questionnaire] };
    }
    case 'assignments': {
      const assignment = parse(AssignmentSchema, record, 'assignment');
      const definition = context.definition?.(assignment.activity);
      return { resources: [assignmentToServiceRequest(assignment, { ...context, definition })] };
    }
    case 'submissions': {
      const submission = parse(SubmissionSchema, record, 'submission');
      const definition = context.definition?.(submission.activity);
      const ratings =
        definition?.kind === 'check-in' ? checkInRatingsToObservations(submission, definition, context) : [];
      return { resources: [submissionToQuestionnaireResponse(submission, definition, context), ...ratings] };
    }
    case 'scores': {
      const score = parse(StoredScoreSchema, record, 'stored score');
      const submission = context.submission?.(score.submissionId);
      if (!submission)
        return { resources: [], unmapped: 'the submission of this score is not available in the context' };
      const definition = context.definition?.({ kind: 'measure', ...score.measure });
      return {
        resources: [
          scoreToObservation(
            score,
            submission,
            definition?.kind === 'measure' ? definition : undefined,
            context,
          ),
        ],
      };
    }
    case 'flags':
      return { resources: [flagToFhir(parse(FlagSchema, record, 'flag'), context)] };
    case 'acknowledgements': {
      const acknowledgement = parse(StoredAcknowledgementSchema, record, 'acknowledgement');
      return {
        resources: [
          acknowledgementToTask(acknowledgement, {
            ...context,
            clientId: context.flagClient?.(acknowledgement.flagId),
            clinicianId: context.clinicianId,
          }),
        ],
      };
    }
    case 'preferences':
      return {
        resources: [],
        unmapped:
          'reminder preferences are device settings with no FHIR resource; they are not synced to FHIR',
      };
  }
}

/** Why {@link readResource} did not make a record of a resource. */
export type SkipReason =
  /** Not an Interlude record and nothing Interlude reads (a vital-sign Observation, a free-text form). */
  | 'not-interlude'
  /** Interlude's own derived data (a check-in rating Observation): the record it derives from is read instead. */
  | 'derived'
  /** A Task written before 0.1 whose assignment now lives in a ServiceRequest. */
  | 'superseded'
  /** It claims to be an Interlude record, or a response to a measure, but does not read as one. */
  | 'unreadable';

/** A resource that gave no record, and why: type, server id and paths only, never content. */
export interface SkippedResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly reason: SkipReason;
  /** What exactly (element paths, linkIds), e.g. `not a measure: item`. */
  readonly detail: string;
}

/** What one resource reads as. */
export type ResourceReadResult =
  | {
      readonly kind: 'record';
      readonly collection: SyncedCollection;
      readonly record: ResourceRecord['record'];
      /** Items of a foreign form or response that were left out, and why. */
      readonly unsupported: readonly UnsupportedItem[];
    }
  /** A status tombstone (`entered-in-error`): the record is to be deleted. */
  | { readonly kind: 'deleted'; readonly collection: SyncedCollection; readonly id: string }
  | { readonly kind: 'skipped'; readonly skipped: SkippedResource };

/** What reading resources may need. */
export interface ReadContext extends MeasureReadOptions {
  /** The Questionnaire a foreign QuestionnaireResponse answers, by its `questionnaire` value (a canonical or a reference). */
  readonly questionnaire?: (canonical: string) => unknown;
  /** Where the resources come from (the FHIR base), so ids derived for foreign responses are unique across servers. */
  readonly source?: string;
}

/**
 * Reads one resource as the store record it represents, a deletion, or a skip with its reason
 * (see the module notes). Never throws for a resource it cannot read: that is a `skipped` result
 * with reason `unreadable` and the paths of the problems.
 *
 * @example
 * ```ts
 * const read = readResource(resource, { instruments: listMeasures(), source: baseUrl });
 * if (read.kind === 'skipped') console.info(read.skipped.resourceType, read.skipped.reason, read.skipped.detail);
 * ```
 */
export function readResource(resource: unknown, context: ReadContext = {}): ResourceReadResult {
  const type = typeOf(resource);
  const id =
    typeof (resource as { id?: unknown })?.id === 'string' ? (resource as { id: string }).id : undefined;
  const skipped = (reason: SkipReason, detail: string): ResourceReadResult => ({
    kind: 'skipped',
    skipped: { resourceType: type ?? 'unknown', ...(id === undefined ? {} : { id }), reason, detail },
  });
  if (!isKnownType(type)) return skipped('not-interlude', 'not a resource type Interlude reads');
  try {
    return readKnown(parseFhirResource(resource), context, skipped);
  } catch (error) {
    if (error instanceof ValidationError) return skipped('unreadable', describe(error));
    throw error;
  }
}

/**
 * The store record a resource represents, or `undefined` for a resource that is not an
 * Interlude record (a foreign Questionnaire that is not a measure, a derived check-in rating
 * Observation, any other type) or is a deletion. Pass `onSkip` to learn what was skipped and why
 * ({@link readResource} says the same, and reports deletions).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the resource carries an Interlude identifier but does not
 * make a valid record (the paths say where; values are never included).
 * @example
 * ```ts
 * for (const entry of bundle.entry ?? []) {
 *   const mapped = resourceToRecord(entry.resource, { onSkip: (skipped) => report.push(skipped) });
 *   if (mapped) changes.push({ ...mapped, version: entry.resource.meta?.versionId });
 * }
 * ```
 */
export function resourceToRecord(
  resource: unknown,
  context: ReadContext & { readonly onSkip?: (skipped: SkippedResource) => void } = {},
): ResourceRecord | undefined {
  if (!isKnownType(typeOf(resource))) {
    context.onSkip?.({
      resourceType: typeOf(resource) ?? 'unknown',
      reason: 'not-interlude',
      detail: 'not a resource type Interlude reads',
    });
    return undefined;
  }
  const read = readKnown(parseFhirResource(resource), context, (reason, detail) => ({
    kind: 'skipped',
    skipped: { resourceType: typeOf(resource) ?? 'unknown', reason, detail },
  }));
  if (read.kind === 'record') return { collection: read.collection, record: read.record };
  if (read.kind === 'skipped') context.onSkip?.(read.skipped);
  return undefined;
}

type Skip = (reason: SkipReason, detail: string) => ResourceReadResult;

const TOMBSTONE = 'entered-in-error';

function readKnown(parsed: FhirResource, context: ReadContext, skipped: Skip): ResourceReadResult {
  const record = (
    collection: SyncedCollection,
    value: ResourceRecord['record'],
    unsupported: readonly UnsupportedItem[] = [],
  ) => ({ kind: 'record', collection, record: value, unsupported }) as const;
  const own = (system: string) => identifierValue(identifiersOf(parsed), system);
  switch (parsed.resourceType) {
    case 'Questionnaire': {
      const kind = questionnaireKind(parsed);
      if (kind === 'check-in' || kind === 'exercise') {
        const definition =
          kind === 'check-in'
            ? questionnaireToCheckIn(parsed).definition
            : questionnaireToExercise(parsed).definition;
        return record('definitions', { id: definitionKeyOf(definition), definition });
      }
      let read;
      try {
        read = readQuestionnaireAsMeasure(parsed, context);
      } catch (error) {
        if (kind === undefined && error instanceof ValidationError)
          return skipped('not-interlude', `not a measure: ${describe(error)}`);
        throw error;
      }
      return record(
        'definitions',
        { id: definitionKeyOf(read.definition), definition: read.definition },
        read.unsupported,
      );
    }
    case 'ServiceRequest': {
      const id = own(IDENTIFIER_SYSTEMS.assignment);
      if (id === undefined) return skipped('not-interlude', 'no Interlude assignment identifier');
      if (parsed.status === TOMBSTONE) return { kind: 'deleted', collection: 'assignments', id };
      return record('assignments', serviceRequestToAssignment(parsed));
    }
    case 'Task':
      return readTask(parsed, record, skipped);
    case 'QuestionnaireResponse': {
      if (parsed.status === TOMBSTONE)
        return { kind: 'deleted', collection: 'submissions', id: submissionIdOf(parsed, context) };
      const canonical = parsed.questionnaire;
      const interlude = parsed.identifier?.system === IDENTIFIER_SYSTEMS.submission;
      const questionnaire =
        !interlude && canonical !== undefined ? context.questionnaire?.(canonical) : undefined;
      try {
        const read = readQuestionnaireResponse(parsed, {
          ...context,
          ...(questionnaire === undefined ? {} : { questionnaire }),
        });
        return record('submissions', read.submission, read.unsupported);
      } catch (error) {
        // Another app's response that is not to a measure Interlude reads: skipped, never fatal.
        if (!interlude && error instanceof ValidationError) return skipped('unreadable', describe(error));
        throw error;
      }
    }
    case 'Observation': {
      if (own(IDENTIFIER_SYSTEMS.rating) !== undefined)
        return skipped('derived', 'a check-in rating, derived from its QuestionnaireResponse');
      const id = own(IDENTIFIER_SYSTEMS.score);
      if (id === undefined) return skipped('not-interlude', 'no Interlude score identifier');
      if (parsed.status === TOMBSTONE) return { kind: 'deleted', collection: 'scores', id };
      return record('scores', observationToScore(parsed));
    }
    case 'DetectedIssue': {
      const id = own(IDENTIFIER_SYSTEMS.flag);
      if (id === undefined) return skipped('not-interlude', 'no Interlude flag identifier');
      if (parsed.status === TOMBSTONE) return { kind: 'deleted', collection: 'flags', id };
      return record('flags', fhirToFlag(parsed));
    }
    case 'Basic':
      if (own(IDENTIFIER_SYSTEMS.acknowledgement) === undefined)
        return skipped('not-interlude', 'no Interlude acknowledgement identifier');
      return record('acknowledgements', fhirToAcknowledgement(parsed));
  }
}

function readTask(
  task: Task,
  record: (collection: SyncedCollection, value: ResourceRecord['record']) => ResourceReadResult,
  skipped: Skip,
): ResourceReadResult {
  const acknowledgement = identifierValue(task.identifier, IDENTIFIER_SYSTEMS.acknowledgement);
  if (
    acknowledgement !== undefined ||
    codeOf(task.code?.coding, ACKNOWLEDGEMENT_CODE.system) === ACKNOWLEDGEMENT_CODE.code
  ) {
    if (acknowledgement !== undefined && task.status === TOMBSTONE)
      return { kind: 'deleted', collection: 'acknowledgements', id: acknowledgement };
    return record('acknowledgements', fhirToAcknowledgement(task));
  }
  const assignment = identifierValue(task.identifier, IDENTIFIER_SYSTEMS.assignment);
  if (assignment === undefined) return skipped('not-interlude', 'no Interlude assignment identifier');
  if (readRecordReference(task.basedOn, IDENTIFIER_SYSTEMS.assignment) === assignment)
    return skipped('superseded', 'a legacy Task whose assignment is now its ServiceRequest');
  if (task.status === TOMBSTONE) return { kind: 'deleted', collection: 'assignments', id: assignment };
  return record('assignments', taskToAssignment(task));
}

function submissionIdOf(response: QuestionnaireResponse, context: ReadContext): string {
  if (response.identifier?.system === IDENTIFIER_SYSTEMS.submission && response.identifier.value)
    return response.identifier.value;
  const source = context.source ?? response.meta?.source ?? '';
  return stableUuid(`${source}|QuestionnaireResponse/${response.id ?? ''}`);
}

const KNOWN_TYPES: readonly string[] = RESOURCE_TYPES;

function typeOf(resource: unknown): string | undefined {
  const type =
    typeof resource === 'object' && resource !== null
      ? (resource as { resourceType?: unknown }).resourceType
      : undefined;
  return typeof type === 'string' ? type : undefined;
}

function isKnownType(type: string | undefined): boolean {
  return type !== undefined && KNOWN_TYPES.includes(type);
}

function identifiersOf(resource: FhirResource): readonly Identifier[] | undefined {
  const identifier = (resource as { identifier?: Identifier | readonly Identifier[] }).identifier;
  return identifier === undefined
    ? undefined
    : Array.isArray(identifier)
      ? identifier
      : [identifier as Identifier];
}

function describe(error: ValidationError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path) || '(root)'} ${issue.message}`)
    .join('; ');
}

const INTERLUDE_SYSTEMS: readonly string[] = Object.values(IDENTIFIER_SYSTEMS);

/**
 * The Interlude identifier of a resource, for a conditional create
 * (`ifNoneExist: identifier=<system>|<value>`) and for matching server resources to records;
 * `undefined` when it has none.
 *
 * @example
 * ```ts
 * const id = identifierOf(resource);
 * const entry = { resource, request: { method: 'POST', url: resource.resourceType,
 *   ifNoneExist: `identifier=${encodeURIComponent(`${id.system}|${id.value}`)}` } };
 * ```
 */
export function identifierOf(resource: unknown): { system: string; value: string } | undefined {
  if (typeof resource !== 'object' || resource === null) return undefined;
  const identifier = (resource as { identifier?: unknown }).identifier;
  const identifiers: unknown[] = Array.isArray(identifier)
    ? identifier
    : identifier !== undefined
      ? [identifier]
      : [];
  for (const candidate of identifiers) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { system, value } = candidate as { system?: unknown; value?: unknown };
    if (typeof system === 'string' && typeof value === 'string' && INTERLUDE_SYSTEMS.includes(system)) {
      return { system, value };
    }
  }
  return undefined;
}
