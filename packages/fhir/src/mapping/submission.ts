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
  type MeasureDefinition,
  type MeasureItem,
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
  HL7,
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
  linkedReference,
  type MappingOptions,
} from './common.js';
import { measureAnswerCoding } from './measure.js';
import {
  answerValue,
  formOfInstrument,
  readQuestionnaireAsMeasure,
  type MeasureBinding,
  type MeasureForm,
  type MeasureReadOptions,
} from './foreign-measure.js';
import type { UnsupportedItem } from './questionnaire-common.js';

const SUBJECT = 'QuestionnaireResponse';

export type { ActivityDefinition } from '@interlude/core';

type Hint =
  | { readonly kind: 'measure'; readonly definition: MeasureDefinition; readonly item: MeasureItem }
  | 'option'
  | 'card-sort'
  | undefined;

/** How each answer key should be coded, from the definition (answers of unknown keys are coded generically). */
function hints(definition: ActivityDefinition | undefined): Map<string, Hint> {
  const map = new Map<string, Hint>();
  if (!definition) return map;
  if (definition.kind === 'measure') {
    for (const item of [...definition.items, ...(definition.supplementaryItems ?? [])])
      map.set(item.id, { kind: 'measure', definition, item });
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
  if (typeof hint === 'object' && isFhirInteger(value)) {
    // The option's own coding (a LOINC answer code where there is one, with its ordinal value), as in the Questionnaire.
    const option = hint.item.options.find((candidate) => candidate.value === value);
    return {
      valueCoding: option
        ? measureAnswerCoding(hint.definition, option)
        : { system: CODE_SYSTEMS.measureAnswer, code: String(value) },
    };
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
  if (coding) {
    if (coding.system === CODE_SYSTEMS.measureAnswer) return Number(coding.code);
    const ordinal = extensionOf(coding.extension, HL7.ordinalValue)?.valueDecimal;
    if (coding.system === HL7.loinc && ordinal !== undefined) return ordinal;
    return coding.code ?? coding.display;
  }
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
    // R4 allows basedOn only a CarePlan or ServiceRequest: the assignment's ServiceRequest.
    basedOn: isUnassigned(submission.assignmentId)
      ? undefined
      : [
          linkedReference(
            'ServiceRequest',
            IDENTIFIER_SYSTEMS.assignment,
            submission.assignmentId,
            'assignments',
            options,
          ),
        ],
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

/** The `assignmentId` of a response no Interlude assignment asked for (entered in an EHR, another app). */
export const UNASSIGNED = 'fhir:unassigned';

function isUnassigned(assignmentId: string): boolean {
  return assignmentId === UNASSIGNED;
}

/** Options of {@link questionnaireResponseToSubmission} for responses Interlude did not write. */
export interface ResponseReadOptions extends MeasureReadOptions {
  /** The Questionnaire the response answers (resolved from `QuestionnaireResponse.questionnaire`), to map its linkIds and answer codes. */
  readonly questionnaire?: unknown;
  /**
   * Where the response comes from (e.g. the FHIR base), so the submission id derived from the
   * resource id is unique across servers. Default: the resource's `meta.source`, else none.
   */
  readonly source?: string;
}

/** What reading a QuestionnaireResponse gives: the submission and what was left out. */
export interface ResponseReadResult {
  readonly submission: Submission;
  /** Answers that were left out, and why (by linkId). Always empty for a response Interlude wrote. */
  readonly unsupported: readonly UnsupportedItem[];
  /** How the response's form was read, for a response Interlude did not write. */
  readonly binding?: MeasureBinding;
}

/**
 * Reads a submission from any QuestionnaireResponse: losslessly when
 * {@link submissionToQuestionnaireResponse} wrote it; otherwise (an EHR's, LHC-Forms', another
 * app's response to a measure) as a submission of the measure its form is read as (see
 * `foreign-measure.ts`), with answers as the measure's option values, the id derived stably from
 * the resource id and source (a UUID, the same on every device and every pull), the assignment
 * from `basedOn` when it names an Interlude assignment (else {@link UNASSIGNED}), started and
 * submitted at `authored`, in UTC.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it does not make a valid
 * submission (no subject, no time, a form that is not a measure); paths and linkIds only, never answers.
 * @example
 * ```ts
 * const { submission, unsupported } = readQuestionnaireResponse(response, { questionnaire, instruments: listMeasures() });
 * ```
 */
export function readQuestionnaireResponse(input: unknown, options?: ResponseReadOptions): ResponseReadResult {
  const response = parseResource(QuestionnaireResponseSchema, input, SUBJECT);
  const status =
    SUBMISSION_STATUS[response.status] ?? fail(SUBJECT, ['status'], 'must be a status a submission can have');
  if (response.identifier?.system === IDENTIFIER_SYSTEMS.submission && response.identifier.value) {
    return {
      submission: readInterludeResponse(response, response.identifier.value, status),
      unsupported: [],
    };
  }
  return readForeignResponse(response, status, options);
}

/**
 * Reads a submission from a QuestionnaireResponse (see {@link readQuestionnaireResponse}, which
 * also reports what was left out).
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it does not make a valid submission.
 * @example
 * ```ts
 * const submission = questionnaireResponseToSubmission(resource);
 * ```
 */
export function questionnaireResponseToSubmission(input: unknown, options?: ResponseReadOptions): Submission {
  return readQuestionnaireResponse(input, options).submission;
}

function readInterludeResponse(
  response: QuestionnaireResponse,
  id: string,
  status: Submission['status'],
): Submission {
  const activity =
    readActivityExtension(response.extension, SUBJECT, []) ??
    fail(SUBJECT, ['extension'], 'must carry the Interlude activity extension');
  return parseSubmission(
    compact({
      id,
      assignmentId: readRecordReference(response.basedOn, IDENTIFIER_SYSTEMS.assignment) ?? UNASSIGNED,
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

function readForeignResponse(
  response: QuestionnaireResponse,
  status: Submission['status'],
  options: ResponseReadOptions | undefined,
): ResponseReadResult {
  const unsupported: UnsupportedItem[] = [];
  let form: MeasureForm | undefined;
  let binding: MeasureBinding | undefined;
  if (options?.questionnaire !== undefined) {
    const read = readQuestionnaireAsMeasure(options.questionnaire, options);
    form = read.form ?? (read.binding.kind === 'interlude' ? formOfInstrument(read.definition) : undefined);
    binding = read.binding;
  } else {
    const instrument = instrumentOfResponse(response, options?.instruments ?? []);
    if (instrument) {
      form = formOfInstrument(instrument);
      binding = { kind: 'instrument', measure: form.measure, matchedBy: 'panel', items: [] };
    }
  }
  if (!form)
    fail(
      SUBJECT,
      ['questionnaire'],
      'must be a response to a measure Interlude can read (pass its Questionnaire)',
    );
  const answers = new Map<string, AnswerValue>();
  collectAnswers(response.item ?? [], form, answers, unsupported);
  const authored = response.authored ?? response.meta?.lastUpdated;
  if (authored === undefined || !/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(authored)) {
    fail(SUBJECT, ['authored'], 'must be a date-time with a time zone');
  }
  const source = options?.source ?? response.meta?.source ?? '';
  const submission = parseSubmission(
    compact({
      id: stableUuid(`${source}|QuestionnaireResponse/${response.id ?? canonicalJson(response)}`),
      assignmentId: foreignAssignment(response),
      clientId: readPersonReference(response.subject, 'Patient', SUBJECT, ['subject']),
      activity: { kind: 'measure' as const, ...form.measure },
      answers: Object.fromEntries(answers),
      startedAt: authored,
      submittedAt: authored,
      timeZone: 'UTC',
      status,
    }),
  );
  return { submission, unsupported, ...(binding ? { binding } : {}) };
}

/** The instrument whose item ids or LOINC item codes the response's linkIds are (for a response without its form). */
function instrumentOfResponse(
  response: QuestionnaireResponse,
  instruments: readonly MeasureDefinition[],
): MeasureDefinition | undefined {
  const linkIds = new Set<string>();
  const walk = (items: readonly QuestionnaireResponseItem[]) =>
    items.forEach((item) => {
      linkIds.add(item.linkId);
      walk(item.item ?? []);
    });
  walk(response.item ?? []);
  return instruments.find((instrument) => {
    const form = formOfInstrument(instrument);
    const known = instrument.items.filter((item) =>
      [...linkIds].some((linkId) => form.items.get(linkId)?.itemId === item.id),
    );
    return known.length === instrument.items.length;
  });
}

function collectAnswers(
  items: readonly QuestionnaireResponseItem[],
  form: MeasureForm,
  into: Map<string, AnswerValue>,
  unsupported: UnsupportedItem[],
): void {
  for (const item of items) {
    const target = form.items.get(item.linkId);
    const answers = item.answer ?? [];
    if (!target) {
      if (answers.length > 0)
        unsupported.push({ linkId: item.linkId, reason: 'no item of the measure answers to it' });
    } else if (answers.length > 0) {
      const [answer] = answers;
      const value = answerValue(target.answers, {
        coding: answer?.valueCoding,
        number: answer?.valueInteger ?? answer?.valueDecimal,
        text: answer?.valueString,
      });
      if (value === undefined)
        unsupported.push({ linkId: item.linkId, reason: 'its answer is not one of the item’s options' });
      else into.set(target.itemId, value);
      if (answers.length > 1)
        unsupported.push({ linkId: item.linkId, reason: 'only the first of several answers is kept' });
    }
    collectAnswers(item.item ?? [], form, into, unsupported);
    for (const answer of answers) collectAnswers(answer.item ?? [], form, into, unsupported);
  }
}

function foreignAssignment(response: QuestionnaireResponse): string {
  const interlude = readRecordReference(response.basedOn, IDENTIFIER_SYSTEMS.assignment);
  if (interlude) return interlude;
  const literal = response.basedOn?.find((reference) => reference.reference)?.reference;
  return literal ? `fhir:${literal}` : UNASSIGNED;
}

/**
 * A UUID (RFC 9562 version 8, "custom") from a string: two FNV-1a 64-bit hashes. Stable across
 * devices and runs, so pulling the same foreign response twice gives the same submission.
 */
export function stableUuid(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const hash = (seed: bigint) => {
    let value = 0xcbf29ce484222325n ^ seed;
    for (const byte of bytes) value = BigInt.asUintN(64, (value ^ BigInt(byte)) * 0x100000001b3n);
    return value.toString(16).padStart(16, '0');
  };
  const hex = `${hash(0n)}${hash(0x9e3779b97f4a7c15n)}`.split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
