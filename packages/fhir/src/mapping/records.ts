/**
 * Dispatchers for the sync transport: a store record to the FHIR resources that represent it,
 * a FHIR resource back to the store record it represents, and the identifier that makes a
 * conditional create (`ifNoneExist`) idempotent.
 *
 * | collection | resources |
 * | --- | --- |
 * | `definitions` | one `Questionnaire` (identifier `kind:id@version`) |
 * | `assignments` | one `Task` |
 * | `submissions` | one `QuestionnaireResponse`, plus one rating `Observation` per numeric answer of a completed check-in (derived, never read back) |
 * | `scores` | one `Observation` (needs the submission, from `context.submission`) |
 * | `flags` | one `DetectedIssue` |
 * | `acknowledgements` | one `Basic` |
 * | `preferences` | none: reminder preferences are per-device settings (quiet hours, reminder times), not clinical data, and FHIR has no resource for them; they stay in the store's own partition |
 *
 * @module
 */
import {
  AssignmentSchema,
  FlagSchema,
  SubmissionSchema,
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
import { parseFhirResource, type FhirResource } from '../resources.js';
import { assignmentToTask, taskToAssignment } from './assignment.js';
import { checkInRatingsToObservations } from './check-in-ratings.js';
import { checkInToQuestionnaire, questionnaireToCheckIn } from './check-in.js';
import { IDENTIFIER_SYSTEMS, definitionKeyOf, identifierValue, type MappingOptions } from './common.js';
import { exerciseToQuestionnaire, questionnaireToExercise } from './exercise.js';
import { acknowledgementToFhir, fhirToAcknowledgement, fhirToFlag, flagToFhir } from './flag.js';
import { measureToQuestionnaire, questionnaireToMeasure } from './measure.js';
import { questionnaireKind } from './questionnaire-common.js';
import { observationToScore, scoreToObservation } from './score.js';
import {
  questionnaireResponseToSubmission,
  submissionToQuestionnaireResponse,
  type ActivityDefinition,
} from './submission.js';

/** What {@link recordToResources} may need besides the record. Lookups are synchronous: prefetch what a batch needs. */
export interface RecordContext extends MappingOptions {
  /** The definition version a submission answered: codes answers better, and adds check-in rating Observations. */
  readonly definition?: (ref: ActivityRef) => ActivityDefinition | undefined;
  /** The submission a score belongs to (its subject and time); a score cannot be mapped without it. */
  readonly submission?: (id: string) => Submission | undefined;
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
    case 'assignments':
      return { resources: [assignmentToTask(parse(AssignmentSchema, record, 'assignment'), context)] };
    case 'submissions': {
      const submission = parse(SubmissionSchema, record, 'submission');
      const definition = context.definition?.(submission.activity);
      const ratings =
        definition?.kind === 'check-in' ? checkInRatingsToObservations(submission, definition) : [];
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
          scoreToObservation(score, submission, definition?.kind === 'measure' ? definition : undefined),
        ],
      };
    }
    case 'flags':
      return { resources: [flagToFhir(parse(FlagSchema, record, 'flag'))] };
    case 'acknowledgements':
      return {
        resources: [acknowledgementToFhir(parse(StoredAcknowledgementSchema, record, 'acknowledgement'))],
      };
    case 'preferences':
      return {
        resources: [],
        unmapped:
          'reminder preferences are device settings with no FHIR resource; they are not synced to FHIR',
      };
  }
}

/**
 * The store record a resource represents, or `undefined` for a resource that is not an
 * Interlude record (a foreign Questionnaire, a derived check-in rating Observation, any other type).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when the resource carries an Interlude identifier but does not
 * make a valid record (the paths say where; values are never included).
 * @example
 * ```ts
 * for (const entry of bundle.entry ?? []) {
 *   const mapped = resourceToRecord(entry.resource);
 *   if (mapped) changes.push({ ...mapped, version: entry.resource.meta?.versionId });
 * }
 * ```
 */
export function resourceToRecord(resource: unknown): ResourceRecord | undefined {
  if (!isKnownResource(resource)) return undefined;
  const parsed = parseFhirResource(resource);
  switch (parsed.resourceType) {
    case 'Questionnaire': {
      const kind = questionnaireKind(parsed);
      if (kind === undefined) return undefined;
      const definition =
        kind === 'measure'
          ? questionnaireToMeasure(parsed)
          : kind === 'check-in'
            ? questionnaireToCheckIn(parsed).definition
            : questionnaireToExercise(parsed).definition;
      return { collection: 'definitions', record: { id: definitionKeyOf(definition), definition } };
    }
    case 'Task':
      if (identifierValue(parsed.identifier, IDENTIFIER_SYSTEMS.assignment) === undefined) return undefined;
      return { collection: 'assignments', record: taskToAssignment(parsed) };
    case 'QuestionnaireResponse':
      if (parsed.identifier?.system !== IDENTIFIER_SYSTEMS.submission) return undefined;
      return { collection: 'submissions', record: questionnaireResponseToSubmission(parsed) };
    case 'Observation':
      if (identifierValue(parsed.identifier, IDENTIFIER_SYSTEMS.score) === undefined) return undefined;
      return { collection: 'scores', record: observationToScore(parsed) };
    case 'DetectedIssue':
      if (identifierValue(parsed.identifier, IDENTIFIER_SYSTEMS.flag) === undefined) return undefined;
      return { collection: 'flags', record: fhirToFlag(parsed) };
    case 'Basic':
      if (identifierValue(parsed.identifier, IDENTIFIER_SYSTEMS.acknowledgement) === undefined)
        return undefined;
      return { collection: 'acknowledgements', record: fhirToAcknowledgement(parsed) };
  }
}

const INTERLUDE_SYSTEMS: readonly string[] = Object.values(IDENTIFIER_SYSTEMS);

function isKnownResource(resource: unknown): boolean {
  const type =
    typeof resource === 'object' && resource !== null
      ? (resource as { resourceType?: unknown }).resourceType
      : undefined;
  return (
    type === 'Questionnaire' ||
    type === 'QuestionnaireResponse' ||
    type === 'Task' ||
    type === 'Observation' ||
    type === 'DetectedIssue' ||
    type === 'Basic'
  );
}

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
