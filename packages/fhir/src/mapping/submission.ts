/**
 * Submission ⇄ `QuestionnaireResponse`.
 *
 * | Submission | QuestionnaireResponse |
 * | --- | --- |
 * | `id` | `identifier` (system `https://interlude.dev/fhir/submission-id`) |
 * | `status` completed, abandoned | `status` completed, stopped |
 * | `activity` | `questionnaire` `<base>/Questionnaire/<id>\|<version>`, and extension `activity` (`kind:id@version`) |
 * | `assignmentId` | `basedOn` the Task, by its assignment identifier |
 * | `clientId` | `subject` (`Patient/<id>`) |
 * | `submittedAt` | `authored` |
 * | `startedAt`, `timeZone`, `durationSeconds`, `occurrenceId` | extensions |
 * | `answers` | `item`, one per answer key (`linkId`) |
 *
 * `abandoned` is `stopped` ("partially filled out … but has been abandoned"), not `in-progress`:
 * an abandoned run is finished for Interlude and must never look like a draft someone is still
 * writing. Reading maps `in-progress` and `stopped` to abandoned, `completed` and `amended` to
 * completed, and refuses `entered-in-error`.
 *
 * Answers are lossless for every value core allows:
 * - a number is `valueInteger` (32-bit) or `valueDecimal`; a measure item's value is a
 *   `valueCoding` in the measure-answer system (code = the value), so EHRs see the chosen option;
 * - text is `valueString`, or a `valueCoding` in Interlude's option system for a choice item;
 * - `true`/`false` is `valueBoolean`;
 * - a list is one answer per entry, with extension `answer-shape` = `list` (so a one-entry list
 *   stays a list, and an empty list survives);
 * - a record (card sort piles, parts map entries) is nested items `<linkId>/<key>` under the
 *   item, with `answer-shape` = `record`; a card sort's piles match its Questionnaire group;
 * - `null` (skipped) is an item without answers, `answer-shape` = `null`;
 * - what FHIR cannot hold natively (a blank string, an integer past 32 bits, a key that is not
 *   a valid FHIR string) is kept as JSON in `answer-json` / `answer-key` extensions.
 *
 * @module
 */
import {
  parseSubmission,
  type ActivityDefinition,
  type AnswerValue,
  type Answers,
  type Submission,
} from '@interlude/core';
import {
  QuestionnaireResponseSchema,
  parseResource,
  type QuestionnaireResponse,
  type QuestionnaireResponseAnswer,
  type QuestionnaireResponseItem,
} from '../resources.js';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  IDENTIFIER_SYSTEMS,
  activityExtension,
  compact,
  extensionOf,
  fail,
  isFhirCode,
  isFhirInteger,
  isFhirString,
  personReference,
  questionnaireCanonical,
  readActivityExtension,
  readPersonReference,
  readRecordReference,
  recordReference,
  type MappingOptions,
} from './common.js';

const SUBJECT = 'QuestionnaireResponse';

export type { ActivityDefinition } from '@interlude/core';

type Hint = 'measure' | 'option' | 'card-sort' | undefined;

/** How each answer key should be coded, from the definition (answers of unknown keys are coded generically). */
function hints(definition: ActivityDefinition | undefined): Map<string, Hint> {
  const map = new Map<string, Hint>();
  if (!definition) return map;
  if (definition.kind === 'measure') {
    for (const item of [...definition.items, ...(definition.supplementaryItems ?? [])])
      map.set(item.id, 'measure');
  } else if (definition.kind === 'check-in') {
    for (const item of definition.items) if (item.kind === 'choice') map.set(item.id, 'option');
  } else {
    for (const step of definition.steps) {
      if (step.kind === 'choice') map.set(step.id, 'option');
      if (step.kind === 'card-sort') map.set(step.id, 'card-sort');
    }
  }
  return map;
}

function shape(value: 'list' | 'record' | 'null') {
  return { url: EXTENSIONS.answerShape, valueCode: value };
}

function encodeString(value: string, coded: boolean): QuestionnaireResponseAnswer {
  if (coded && isFhirCode(value)) return { valueCoding: { system: CODE_SYSTEMS.option, code: value } };
  if (isFhirString(value)) return { valueString: value };
  return { extension: [{ url: EXTENSIONS.answerJson, valueString: JSON.stringify(value) }] };
}

function encodePrimitive(value: string | number | boolean, hint: Hint): QuestionnaireResponseAnswer {
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'string') return encodeString(value, hint === 'option');
  if (hint === 'measure' && isFhirInteger(value)) {
    return { valueCoding: { system: CODE_SYSTEMS.measureAnswer, code: String(value) } };
  }
  if (isFhirInteger(value)) return { valueInteger: value };
  if (Number.isInteger(value) || Object.is(value, -0)) {
    return { extension: [{ url: EXTENSIONS.answerJson, valueString: JSON.stringify(value) }] };
  }
  return { valueDecimal: value };
}

function encodeItem(linkId: string, key: string, value: AnswerValue, hint: Hint): QuestionnaireResponseItem {
  const keyed = isFhirString(linkId);
  const item: QuestionnaireResponseItem = {
    linkId: keyed ? linkId : JSON.stringify(key),
    ...(keyed ? {} : { extension: [{ url: EXTENSIONS.answerKey, valueString: JSON.stringify(key) }] }),
  };
  const extension = (entry: { url: string; valueCode: string }) => [...(item.extension ?? []), entry];
  if (value === null) return { ...item, extension: extension(shape('null')) };
  if (Array.isArray(value)) {
    const answer = value.map((entry) => encodeString(entry, hint === 'option' || hint === 'card-sort'));
    return compact({
      ...item,
      extension: extension(shape('list')),
      answer: answer.length > 0 ? answer : undefined,
    });
  }
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([childKey, child]) =>
      encodeItem(`${item.linkId}/${childKey}`, childKey, child, hint === 'card-sort' ? 'option' : undefined),
    );
    return compact({
      ...item,
      extension: extension(shape('record')),
      item: children.length > 0 ? children : undefined,
    });
  }
  return { ...item, answer: [encodePrimitive(value, hint)] };
}

/** Answers as QuestionnaireResponse items (see the module notes). */
export function answersToItems(
  answers: Answers,
  definition?: ActivityDefinition,
): QuestionnaireResponseItem[] {
  const hinted = hints(definition);
  return Object.entries(answers).map(([key, value]) => encodeItem(key, key, value, hinted.get(key)));
}

function decodeAnswer(
  answer: QuestionnaireResponseAnswer,
  path: (string | number)[],
): AnswerValue | undefined {
  const json = extensionOf(answer.extension, EXTENSIONS.answerJson);
  if (json) {
    try {
      return JSON.parse(json.valueString ?? '') as AnswerValue;
    } catch {
      return fail(SUBJECT, [...path, 'extension'], 'must hold valid JSON in answer-json');
    }
  }
  if (answer.valueBoolean !== undefined) return answer.valueBoolean;
  if (answer.valueInteger !== undefined) return answer.valueInteger;
  if (answer.valueDecimal !== undefined) return answer.valueDecimal;
  if (answer.valueString !== undefined) return answer.valueString;
  const coding = answer.valueCoding;
  if (coding)
    return coding.system === CODE_SYSTEMS.measureAnswer
      ? Number(coding.code)
      : (coding.code ?? coding.display);
  // Other value types from forms Interlude did not write (date, time, uri, quantity): their text or number.
  for (const [key, value] of Object.entries(answer)) {
    if (!key.startsWith('value')) continue;
    if (typeof value === 'string' || typeof value === 'number') return value;
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { value?: unknown }).value === 'number'
    ) {
      return (value as { value: number }).value;
    }
  }
  return undefined;
}

function keyOf(
  item: QuestionnaireResponseItem,
  parentLinkId: string | undefined,
  path: (string | number)[],
): string {
  const json = extensionOf(item.extension, EXTENSIONS.answerKey);
  if (json) {
    try {
      return String(JSON.parse(json.valueString ?? ''));
    } catch {
      return fail(SUBJECT, [...path, 'extension'], 'must hold valid JSON in answer-key');
    }
  }
  const prefix = parentLinkId !== undefined ? `${parentLinkId}/` : '';
  return prefix && item.linkId.startsWith(prefix) ? item.linkId.slice(prefix.length) : item.linkId;
}

function decodeItems(
  items: readonly QuestionnaireResponseItem[],
  parentLinkId: string | undefined,
  path: (string | number)[],
  into: Map<string, AnswerValue>,
): void {
  items.forEach((item, index) => {
    const itemPath = [...path, 'item', index];
    const key = keyOf(item, parentLinkId, itemPath);
    const answers = item.answer ?? [];
    switch (extensionOf(item.extension, EXTENSIONS.answerShape)?.valueCode) {
      case 'null':
        into.set(key, null);
        return;
      case 'list':
        into.set(
          key,
          answers.map((answer, answerIndex) =>
            String(decodeAnswer(answer, [...itemPath, 'answer', answerIndex]) ?? ''),
          ),
        );
        return;
      case 'record': {
        const record = new Map<string, AnswerValue>();
        decodeItems(item.item ?? [], item.linkId, itemPath, record);
        // Values of a record are primitives or lists (core's schema checks that when parsing).
        into.set(key, Object.fromEntries(record) as AnswerValue);
        return;
      }
    }
    // Not written by Interlude: groups and answers' nested items flatten into top-level answers.
    decodeItems(item.item ?? [], undefined, itemPath, into);
    answers.forEach((answer, answerIndex) =>
      decodeItems(answer.item ?? [], undefined, [...itemPath, 'answer', answerIndex], into),
    );
    const values = answers
      .map((answer, answerIndex) => decodeAnswer(answer, [...itemPath, 'answer', answerIndex]))
      .filter((value) => value !== undefined);
    if (values.length === 1) into.set(key, values[0] as AnswerValue);
    else if (values.length > 1) into.set(key, values.map(String));
  });
}

/** Reads answers back from QuestionnaireResponse items (see the module notes). */
export function itemsToAnswers(items: readonly QuestionnaireResponseItem[] | undefined): Answers {
  // A Map, then Object.fromEntries: keys such as `__proto__` stay plain keys.
  const answers = new Map<string, AnswerValue>();
  decodeItems(items ?? [], undefined, [], answers);
  return Object.fromEntries(answers);
}

/**
 * Writes a submission as a FHIR R4 QuestionnaireResponse. The definition (the version that was
 * answered) only refines how answers are coded; without it every answer is still kept.
 *
 * @example
 * ```ts
 * const response = submissionToQuestionnaireResponse(submission, getMeasure('phq-9'));
 * response.questionnaire; // 'https://interlude.dev/fhir/Questionnaire/phq-9|1.0.0'
 * ```
 */
export function submissionToQuestionnaireResponse(
  submission: Submission,
  definition: ActivityDefinition | undefined,
  options?: MappingOptions,
): QuestionnaireResponse {
  return compact({
    resourceType: 'QuestionnaireResponse' as const,
    extension: [
      activityExtension(submission.activity),
      { url: EXTENSIONS.startedAt, valueDateTime: submission.startedAt },
      { url: EXTENSIONS.timeZone, valueCode: submission.timeZone },
      ...(submission.durationSeconds !== undefined
        ? [{ url: EXTENSIONS.durationSeconds, valueDecimal: submission.durationSeconds }]
        : []),
      ...(submission.occurrenceId !== undefined
        ? [{ url: EXTENSIONS.occurrenceId, valueString: submission.occurrenceId }]
        : []),
    ],
    identifier: { system: IDENTIFIER_SYSTEMS.submission, value: submission.id },
    basedOn: [recordReference('Task', IDENTIFIER_SYSTEMS.assignment, submission.assignmentId)],
    questionnaire: questionnaireCanonical(submission.activity, options),
    status: submission.status === 'completed' ? 'completed' : 'stopped',
    subject: personReference('Patient', submission.clientId),
    authored: submission.submittedAt,
    item: answersToItemsOrUndefined(submission.answers, definition),
  });
}

function answersToItemsOrUndefined(answers: Answers, definition: ActivityDefinition | undefined) {
  const items = answersToItems(answers, definition);
  return items.length > 0 ? items : undefined;
}

/** FHIR `QuestionnaireResponse.status` → submission status. */
const SUBMISSION_STATUS: Readonly<Record<string, Submission['status']>> = {
  completed: 'completed',
  amended: 'completed',
  stopped: 'abandoned',
  'in-progress': 'abandoned',
};

/**
 * Reads a submission back from a QuestionnaireResponse that {@link submissionToQuestionnaireResponse}
 * wrote (answers of responses from other forms are read too, see the module notes).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it lacks the submission identifier, the Task it is based
 * on, the subject or the activity, or does not make a valid submission.
 * @example
 * ```ts
 * const submission = questionnaireResponseToSubmission(resource);
 * ```
 */
export function questionnaireResponseToSubmission(input: unknown): Submission {
  const response = parseResource(QuestionnaireResponseSchema, input, SUBJECT);
  const id =
    response.identifier?.system === IDENTIFIER_SYSTEMS.submission
      ? response.identifier.value
      : fail(SUBJECT, ['identifier'], 'must have an Interlude submission identifier');
  const status =
    SUBMISSION_STATUS[response.status] ?? fail(SUBJECT, ['status'], 'must be a status a submission can have');
  const activity =
    readActivityExtension(response.extension, SUBJECT, []) ??
    fail(SUBJECT, ['extension'], 'must carry the Interlude activity extension');
  return parseSubmission(
    compact({
      id,
      assignmentId:
        readRecordReference(response.basedOn, IDENTIFIER_SYSTEMS.assignment) ??
        fail(SUBJECT, ['basedOn'], 'must reference the assignment Task'),
      occurrenceId: extensionOf(response.extension, EXTENSIONS.occurrenceId)?.valueString,
      clientId: readPersonReference(response.subject, 'Patient', SUBJECT, ['subject']),
      activity,
      answers: itemsToAnswers(response.item),
      startedAt: extensionOf(response.extension, EXTENSIONS.startedAt)?.valueDateTime ?? response.authored,
      submittedAt: response.authored,
      timeZone: extensionOf(response.extension, EXTENSIONS.timeZone)?.valueCode ?? 'UTC',
      status,
      durationSeconds: extensionOf(response.extension, EXTENSIONS.durationSeconds)?.valueDecimal,
    }),
  );
}
