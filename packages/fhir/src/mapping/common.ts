/**
 * What every mapper shares: Interlude's FHIR namespace (extension URLs, code systems,
 * identifier systems), localized text as FHIR translations, person references, definition
 * canonicals, and the error every reader throws.
 *
 * Extensions that carry structured data FHIR has no element for (scoring rules, licence terms,
 * step details) hold it as JSON in a `valueString`. FHIR has no JSON datatype; a string keeps
 * the value readable in any server's UI and survives every server untouched.
 *
 * @module
 */
import {
  ValidationError,
  type ActivityKind,
  type ActivityRef,
  type LocalizedText,
  type ValidationIssue,
} from '@interlude/core';
import type { Coding, Extension, Identifier, PrimitiveElement, Reference } from '../resources.js';

/** Root of Interlude's FHIR namespace. Canonicals of definitions default to `<base>/Questionnaire/<id>`. */
export const INTERLUDE_FHIR_BASE = 'https://interlude.dev/fhir';

const sd = (name: string) => `${INTERLUDE_FHIR_BASE}/StructureDefinition/${name}`;
const cs = (name: string) => `${INTERLUDE_FHIR_BASE}/CodeSystem/${name}`;

/** Interlude's extension URLs, one per fact FHIR has no element for. */
export const EXTENSIONS = {
  /** On a Questionnaire: `check-in`, `measure` or `exercise` (valueCode). Marks it as Interlude-authored. */
  activityKind: sd('activity-kind'),
  modality: sd('modality'),
  estimatedMinutes: sd('estimated-minutes'),
  /** On an item: the check-in item kind or exercise step kind (valueCode). */
  itemKind: sd('item-kind'),
  /** On an item: the fields of the item or step that FHIR has no element for, as JSON. */
  itemDetails: sd('item-details'),
  /** On a measure item: whether it counts towards the total (valueBoolean). */
  measureItemScored: sd('measure-item-scored'),
  /** On a measure item: reverse scoring, `max − value` (valueInteger). */
  measureItemReverseMax: sd('measure-item-reverse-max'),
  /** On a measure item: recorded but never scored, `supplementaryItems` (valueBoolean). */
  measureItemSupplementary: sd('measure-item-supplementary'),
  /** On a display item: it is the measure's instructions (valueBoolean). */
  measureInstructions: sd('measure-instructions'),
  measureScoring: sd('measure-scoring'),
  measureTotalCode: sd('measure-total-code'),
  measureSource: sd('measure-source'),
  measureLicence: sd('measure-licence'),
  /** Check-in micro-feedback rules (JSON). */
  checkInFeedback: sd('check-in-feedback'),
  /** Who a check-in template credits (JSON), as `exerciseAttribution` for exercises. */
  checkInAttribution: sd('check-in-attribution'),
  exerciseAttribution: sd('exercise-attribution'),
  /** On a QR item: the answer's shape when FHIR's answers alone are ambiguous (`list`, `record`, `null`). */
  answerShape: sd('answer-shape'),
  /** On a QR answer: the answer as JSON when FHIR cannot carry it natively (a blank string, an integer past 32 bits). */
  answerJson: sd('answer-json'),
  /** On a QR item: the answer key as JSON when it is not a valid FHIR string. */
  answerKey: sd('answer-key'),
  startedAt: sd('started-at'),
  timeZone: sd('time-zone'),
  durationSeconds: sd('duration-seconds'),
  occurrenceId: sd('occurrence-id'),
  /** The activity (kind, id, version) a resource is about, as its definition key (valueString). */
  activity: sd('activity'),
  schedule: sd('schedule'),
  scheduleKind: sd('schedule-kind'),
  windowMinutes: sd('window-minutes'),
  expireAfterMinutes: sd('expire-after-minutes'),
  suggestedOrder: sd('suggested-order'),
  statusChangedAt: sd('status-changed-at'),
  /** A clinician note that is not a valid FHIR markdown value (e.g. blank), as JSON. */
  noteJson: sd('note-json'),
  scoreProrated: sd('score-prorated'),
  flagMetrics: sd('flag-metrics'),
  flagItemId: sd('flag-item-id'),
  flagEvidence: sd('flag-evidence'),
  acknowledgedAt: sd('acknowledged-at'),
  /** On a legacy acknowledgement `Basic`: the flag's DetectedIssue, by identifier (valueReference). */
  acknowledgedFlag: sd('acknowledged-flag'),
  /** On a measure's total item: it holds the calculated total, not an answer (valueBoolean). */
  measureTotalItem: sd('measure-total-item'),
  /** On a check-in rating Observation: the check-in item id (valueString). */
  checkInItem: sd('check-in-item'),
} as const;

/** Interlude's code systems. */
export const CODE_SYSTEMS = {
  /** Answer option of a measure item: code = the option's value as a decimal string. */
  measureAnswer: cs('measure-answer'),
  /** Option of a check-in or exercise choice, or a card of a card sort: code = its id. */
  option: cs('option'),
  /** Measure totals without a LOINC code: code = measure id. */
  measureTotal: cs('measure-total'),
  /** Severity bands: code = band id (unique within the measure named by the Observation's code). */
  band: cs('band'),
  /** Measure item ids, for score components. */
  measureItem: cs('measure-item'),
  /** The role of a score component: `missing`, `risk`, `risk-unanswered`, `percentage`, `flag`. */
  scoreComponent: cs('score-component'),
  unscorableReason: cs('unscorable-reason'),
  /** Measure flag rule ids (e.g. WHO-5 `likelyDepression`). */
  measureFlag: cs('measure-flag'),
  checkInItem: cs('check-in-item'),
  flagKind: cs('flag-kind'),
  flagReason: cs('flag-reason'),
  evidenceRole: cs('evidence-role'),
  flagAction: cs('flag-action'),
  /** What an Interlude `Task` or legacy `Basic` is: `flag-acknowledgement`. */
  recordKind: cs('record-kind'),
  /** An assignment's activity on `ServiceRequest.code`: code = `kind:id@version`. */
  activity: cs('activity'),
} as const;

/** Identifier systems: each Interlude record keeps its id in one, so conditional creates are idempotent. */
export const IDENTIFIER_SYSTEMS = {
  assignment: `${INTERLUDE_FHIR_BASE}/assignment-id`,
  submission: `${INTERLUDE_FHIR_BASE}/submission-id`,
  score: `${INTERLUDE_FHIR_BASE}/score-id`,
  flag: `${INTERLUDE_FHIR_BASE}/flag-id`,
  acknowledgement: `${INTERLUDE_FHIR_BASE}/acknowledgement-id`,
  /** A definition version: `kind:id@version` (the store's `definitionKey`). */
  definition: `${INTERLUDE_FHIR_BASE}/definition-key`,
  /** A check-in rating Observation: `<submission id>#<item id>`. */
  rating: `${INTERLUDE_FHIR_BASE}/check-in-rating-id`,
  client: `${INTERLUDE_FHIR_BASE}/client-id`,
  clinician: `${INTERLUDE_FHIR_BASE}/clinician-id`,
} as const;

/** Standard HL7 URLs the mappers use. */
export const HL7 = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** R5's name for `ordinalValue`, used by SDC 3 forms on R4. */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  questionnaireRequest: 'http://hl7.org/fhir/StructureDefinition/servicerequest-questionnaireRequest',
  calculatedExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
  sliderStepValue: 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue',
  loinc: 'http://loinc.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  ucum: 'http://unitsofmeasure.org',
} as const;

/** Options every writer accepts. */
export interface MappingOptions {
  /** Base of definition canonicals, `<base>/Questionnaire/<id>`. Default {@link INTERLUDE_FHIR_BASE}. */
  readonly canonicalBase?: string;
  /**
   * The server's literal reference (`ServiceRequest/123`) of another record's resource, when it
   * is known (the transport knows it once it pushed or pulled that record). Written beside the
   * identifier, so EHRs can follow the link and nothing is lost when it is unknown.
   */
  readonly reference?: (collection: ReferencedCollection, id: string) => string | undefined;
}

/** Collections whose resources other resources point at. */
export type ReferencedCollection = 'definitions' | 'assignments' | 'submissions' | 'flags';

/** The error every reader throws: the resource lacks or garbles something Interlude needs. */
export function invalidResource(subject: string, issues: readonly ValidationIssue[]): ValidationError {
  return new ValidationError(subject, issues);
}

/** Throws a one-issue {@link @interlude/core!ValidationError | ValidationError}; messages never contain values. */
export function fail(subject: string, path: (string | number)[], message: string, code = 'custom'): never {
  throw invalidResource(subject, [{ path, code, message }]);
}

/**
 * Whether `value` is a valid FHIR `string`: not empty, not blank, no control characters other
 * than tab and line breaks (what R4 and its validators require).
 */
export function isFhirString(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\S/.test(value) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value);
}

/** Whether `value` is a valid FHIR `code`: no leading, trailing or repeated whitespace. */
export function isFhirCode(value: string): boolean {
  return /^[^\s]+( [^\s]+)*$/.test(value);
}

/** Whether `value` is a valid FHIR resource id. */
export function isFhirId(value: string): boolean {
  return /^[A-Za-z0-9\-.]{1,64}$/.test(value);
}

/** FHIR `integer` is 32-bit signed. */
export function isFhirInteger(value: number): boolean {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0);
}

/** All extensions of `extensions` with `url`. */
export function extensionsOf(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  return (extensions ?? []).filter((extension) => extension.url === url);
}

/** The first extension of `extensions` with `url`. */
export function extensionOf(
  extensions: readonly Extension[] | undefined,
  url: string,
): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

/** An extension holding `value` as JSON. */
export function jsonExtension(url: string, value: unknown): Extension {
  return { url, valueString: JSON.stringify(value) };
}

/**
 * The JSON value of extension `url`, or `undefined` if absent.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it is not valid JSON.
 */
export function readJsonExtension(
  extensions: readonly Extension[] | undefined,
  url: string,
  subject: string,
  path: (string | number)[],
): unknown {
  const extension = extensionOf(extensions, url);
  if (extension === undefined) return undefined;
  try {
    return JSON.parse(extension.valueString ?? '') as unknown;
  } catch {
    return fail(subject, [...path, 'extension', url], 'must hold valid JSON in valueString');
  }
}

/** Drops `undefined` entries so produced resources have no empty keys. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** A non-empty array, or `undefined` (FHIR forbids empty arrays). */
export function nonEmpty<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

/**
 * Localized text as FHIR: the `en` text as the value, other languages as standard
 * `translation` extensions on the primitive's `_element`.
 */
export function toFhirText(text: LocalizedText): { value: string; element: PrimitiveElement | undefined } {
  const translations = Object.entries(text)
    .filter(([locale]) => locale !== 'en')
    .map(([locale, content]): Extension => ({
      url: HL7.translation,
      extension: [
        { url: 'lang', valueCode: locale },
        { url: 'content', valueString: content },
      ],
    }));
  return {
    value: text['en'] as string,
    element: translations.length > 0 ? { extension: translations } : undefined,
  };
}

/** Reads localized text back from a primitive and its `_element` translations. */
export function fromFhirText(
  value: string | undefined,
  element: PrimitiveElement | undefined,
): LocalizedText {
  const text: Record<string, string> = {};
  if (value !== undefined) text['en'] = value;
  for (const translation of extensionsOf(element?.extension, HL7.translation)) {
    const lang = extensionOf(translation.extension, 'lang')?.valueCode;
    const content = extensionOf(translation.extension, 'content')?.valueString;
    if (lang !== undefined && content !== undefined && lang !== 'en') text[lang] = content;
  }
  return text;
}

/**
 * A reference to a person by Interlude id: a literal `Patient/<id>` or `Practitioner/<id>`
 * reference when the id is a valid FHIR id (hosts are expected to use their FHIR ids as
 * Interlude ids), and always the id as a logical identifier so nothing is lost otherwise.
 */
export function personReference(type: 'Patient' | 'Practitioner', id: string): Reference {
  return compact({
    reference: isFhirId(id) ? `${type}/${id}` : undefined,
    type,
    identifier: {
      system: type === 'Patient' ? IDENTIFIER_SYSTEMS.client : IDENTIFIER_SYSTEMS.clinician,
      value: id,
    },
  });
}

/** The Interlude id of a person reference: its Interlude identifier, else the id of a literal reference. */
export function readPersonReference(
  reference: Reference | undefined,
  type: 'Patient' | 'Practitioner',
  subject: string,
  path: (string | number)[],
): string {
  const system = type === 'Patient' ? IDENTIFIER_SYSTEMS.client : IDENTIFIER_SYSTEMS.clinician;
  if (reference?.identifier?.system === system && reference.identifier.value)
    return reference.identifier.value;
  const match = reference?.reference
    ? new RegExp(`(?:^|/)${type}/([^/]+)(?:/_history/[^/]+)?$`).exec(reference.reference)
    : null;
  if (match?.[1]) return match[1];
  return fail(subject, path, `must reference a ${type}`);
}

/** A logical reference to another Interlude record's resource by its identifier. */
export function recordReference(type: string, system: string, value: string): Reference {
  return { type, identifier: { system, value } };
}

/**
 * A reference to another record's resource: always by identifier, plus the literal reference
 * when `options.reference` knows it and it is of `type` (never a reference to the wrong type).
 */
export function linkedReference(
  type: string,
  system: string,
  value: string,
  collection: ReferencedCollection,
  options: MappingOptions | undefined,
): Reference {
  const literal = options?.reference?.(collection, value);
  const fits = literal !== undefined && new RegExp(`^${type}/[A-Za-z0-9\\-.]{1,64}$`).test(literal);
  return compact({ reference: fits ? literal : undefined, ...recordReference(type, system, value) });
}

/** The identifier value of a logical reference with `system`, if any. */
export function readRecordReference(
  references: readonly Reference[] | undefined,
  system: string,
): string | undefined {
  return references?.find((reference) => reference.identifier?.system === system)?.identifier?.value;
}

/** The value of the identifier with `system`, if any. */
export function identifierValue(
  identifiers: readonly Identifier[] | undefined,
  system: string,
): string | undefined {
  return identifiers?.find((identifier) => identifier.system === system)?.value;
}

/**
 * The stored key of a definition version, `kind:id@version` (equal to the store's `definitionKey`,
 * repeated here so mapping needs no store import at runtime).
 */
export function definitionKeyOf(ref: Pick<ActivityRef, 'kind' | 'id' | 'version'>): string {
  return `${ref.kind}:${ref.id}@${ref.version}`;
}

/** Parses `kind:id@version` back into an activity ref, or `undefined` if it is not one. */
export function parseDefinitionKey(key: string): ActivityRef | undefined {
  const match = /^(check-in|measure|exercise):([^@]+)@(.+)$/.exec(key);
  if (!match) return undefined;
  return { kind: match[1] as ActivityKind, id: match[2] as string, version: match[3] as string };
}

/** A definition's canonical URL, `<base>/Questionnaire/<id>`. */
export function questionnaireUrl(id: string, options?: MappingOptions): string {
  return `${options?.canonicalBase ?? INTERLUDE_FHIR_BASE}/Questionnaire/${id}`;
}

/** A versioned canonical, `<base>/Questionnaire/<id>|<version>`, as QuestionnaireResponse.questionnaire wants. */
export function questionnaireCanonical(
  ref: Pick<ActivityRef, 'id' | 'version'>,
  options?: MappingOptions,
): string {
  return `${questionnaireUrl(ref.id, options)}|${ref.version}`;
}

/** Reads `…/Questionnaire/<id>|<version>` back, whatever the base. */
export function parseQuestionnaireCanonical(
  canonical: string,
): { id: string; version: string | undefined } | undefined {
  const match = /(?:^|\/)Questionnaire\/([^/|]+)(?:\|(.+))?$/.exec(canonical);
  return match?.[1] ? { id: match[1], version: match[2] } : undefined;
}

/** The activity-ref extension (valueString `kind:id@version`). */
export function activityExtension(ref: ActivityRef): Extension {
  return { url: EXTENSIONS.activity, valueString: definitionKeyOf(ref) };
}

/** Reads the activity-ref extension, if present. */
export function readActivityExtension(
  extensions: readonly Extension[] | undefined,
  subject: string,
  path: (string | number)[],
): ActivityRef | undefined {
  const extension = extensionOf(extensions, EXTENSIONS.activity);
  if (extension === undefined) return undefined;
  return (
    parseDefinitionKey(extension.valueString ?? '') ??
    fail(subject, [...path, 'extension', EXTENSIONS.activity], 'must be kind:id@version')
  );
}

/** The code of the first coding with `system`. */
export function codeOf(codings: readonly Coding[] | undefined, system: string): string | undefined {
  return codings?.find((coding) => coding.system === system)?.code;
}
