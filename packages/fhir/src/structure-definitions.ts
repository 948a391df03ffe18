/**
 * A StructureDefinition for every Interlude extension, so a FHIR server (or an EHR's validator)
 * can validate what Interlude writes: load {@link interludeStructureDefinitions} into it (HAPI:
 * upload the Bundle; Medplum: `indexStructureDefinitionBundle`). The test server loads them.
 *
 * Each is a simple extension (one `value[x]` of one type) on the elements Interlude puts it on.
 * Structured values FHIR has no datatype for (scoring rules, licence terms, step details) are
 * JSON in a `valueString`, as `mapping/common.ts` explains.
 *
 * @module
 */
import { EXTENSIONS } from './mapping/common.js';

/** The FHIR datatype of an extension's value. */
type ValueType =
  'boolean' | 'code' | 'decimal' | 'integer' | 'string' | 'dateTime' | 'Coding' | 'Reference' | 'Timing';

const ITEM = ['Questionnaire.item', 'Questionnaire.item.item'];
const RESPONSE_ITEM = ['QuestionnaireResponse.item', 'QuestionnaireResponse.item.item'];
const RESPONSE_ANSWER = ['QuestionnaireResponse.item.answer', 'QuestionnaireResponse.item.item.answer'];
const ASSIGNMENT = ['ServiceRequest', 'Task'];

/** What each extension says, where it goes, and its value type. */
const DEFINITIONS: Readonly<
  Record<keyof typeof EXTENSIONS, readonly [string, readonly string[], ValueType]>
> = {
  activityKind: [
    'The kind of Interlude definition: check-in, measure or exercise',
    ['Questionnaire'],
    'code',
  ],
  modality: ['The therapy modality: act, ifs, cbt or general', ['Questionnaire'], 'code'],
  estimatedMinutes: ['Estimated minutes to complete', ['Questionnaire'], 'decimal'],
  itemKind: ['The check-in item kind or exercise step kind', ITEM, 'code'],
  itemDetails: ['The fields of the item or step FHIR has no element for, as JSON', ITEM, 'string'],
  measureItemScored: ['Whether the item counts towards the total', ITEM, 'boolean'],
  measureItemReverseMax: ['Reverse scoring: the item counts max minus the value', ITEM, 'integer'],
  measureItemSupplementary: ['Recorded but never scored', ITEM, 'boolean'],
  measureInstructions: ['This display item is the measure instructions', ITEM, 'boolean'],
  measureScoring: [
    'The measure scoring rules (bands, missing items, risk items, reliable change), as JSON',
    ['Questionnaire'],
    'string',
  ],
  measureTotalCode: ['The code of the measure total', ['Questionnaire'], 'Coding'],
  measureSource: ['Where the instrument and its scoring are published, as JSON', ['Questionnaire'], 'string'],
  measureLicence: ['The licence terms of the instrument, as JSON', ['Questionnaire'], 'string'],
  checkInFeedback: ['The check-in micro-feedback rules, as JSON', ['Questionnaire'], 'string'],
  checkInAttribution: ['Who a check-in template is adapted from, as JSON', ['Questionnaire'], 'string'],
  exerciseAttribution: ['Who an exercise is adapted from, as JSON', ['Questionnaire'], 'string'],
  answerShape: [
    'The answer shape where FHIR answers alone are ambiguous: list, record or null',
    RESPONSE_ITEM,
    'code',
  ],
  answerJson: ['The answer as JSON where FHIR cannot carry it natively', RESPONSE_ANSWER, 'string'],
  answerKey: ['The answer key as JSON where it is not a valid FHIR string', RESPONSE_ITEM, 'string'],
  startedAt: ['When the client started the run', ['QuestionnaireResponse'], 'dateTime'],
  timeZone: ['The IANA time zone of the run or schedule', ['QuestionnaireResponse', 'Timing'], 'code'],
  durationSeconds: ['Active time the run took, in seconds', ['QuestionnaireResponse'], 'decimal'],
  occurrenceId: ['The occurrence of the assignment the run fulfils', ['QuestionnaireResponse'], 'string'],
  activity: [
    'The Interlude definition a resource is about, kind:id@version',
    ['QuestionnaireResponse', 'Observation'],
    'string',
  ],
  schedule: ['The assignment schedule (Tasks written before 0.1)', ['Task'], 'Timing'],
  scheduleKind: ['The schedule kind: once or repeat', ['Timing'], 'code'],
  windowMinutes: [
    'How long after the due time an occurrence counts as on time, in minutes',
    ['Timing'],
    'integer',
  ],
  expireAfterMinutes: ['After how many minutes an occurrence counts as missed', ['Timing'], 'integer'],
  suggestedOrder: ['The clinician suggested order among assignments', ASSIGNMENT, 'integer'],
  statusChangedAt: ['When the assignment status last changed', ASSIGNMENT, 'dateTime'],
  noteJson: ['A clinician note that is not valid FHIR markdown (e.g. blank), as JSON', ASSIGNMENT, 'string'],
  scoreProrated: ['Whether the total was prorated for missing items', ['Observation'], 'boolean'],
  flagMetrics: ['The numbers the flag rule computed, as JSON', ['DetectedIssue'], 'string'],
  flagItemId: ['The measure item the flag is about', ['DetectedIssue'], 'string'],
  flagEvidence: ['The evidence time, value and item, as JSON', ['DetectedIssue.evidence'], 'string'],
  acknowledgedAt: ['When the flag was acknowledged (Basic written before 0.1)', ['Basic'], 'dateTime'],
  acknowledgedFlag: ['The acknowledged flag (Basic written before 0.1)', ['Basic'], 'Reference'],
  checkInItem: ['The check-in item a rating Observation is about', ['Observation'], 'string'],
  measureTotalItem: ['This item holds the calculated total, not an answer', ITEM, 'boolean'],
};

/** A minimal R4 StructureDefinition of a simple extension, with snapshot and differential. */
export interface ExtensionStructureDefinition {
  readonly resourceType: 'StructureDefinition';
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'active';
  readonly fhirVersion: '4.0.1';
  readonly kind: 'complex-type';
  readonly abstract: false;
  readonly context: readonly { readonly type: 'element'; readonly expression: string }[];
  readonly type: 'Extension';
  readonly baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension';
  readonly derivation: 'constraint';
  readonly description: string;
  readonly snapshot: { readonly element: readonly Record<string, unknown>[] };
  readonly differential: { readonly element: readonly Record<string, unknown>[] };
}

function definition(
  url: string,
  description: string,
  context: readonly string[],
  type: ValueType,
): ExtensionStructureDefinition {
  const id = url.slice(url.lastIndexOf('/') + 1);
  const name = id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
  const valueType =
    type === 'Reference'
      ? [{ code: 'Reference', targetProfile: ['http://hl7.org/fhir/StructureDefinition/DetectedIssue'] }]
      : [{ code: type }];
  const root = {
    id: 'Extension',
    path: 'Extension',
    short: description,
    definition: description,
    min: 0,
    max: '1',
    base: { path: 'Extension', min: 0, max: '*' },
  };
  const urlElement = {
    id: 'Extension.url',
    path: 'Extension.url',
    short: 'identifies the meaning of the extension',
    definition: 'Source of the definition for the extension code - a logical name or a URL.',
    min: 1,
    max: '1',
    base: { path: 'Extension.url', min: 1, max: '1' },
    type: [
      {
        code: 'http://hl7.org/fhirpath/System.String',
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type', valueUrl: 'uri' },
        ],
      },
    ],
    fixedUri: url,
  };
  const value = {
    id: 'Extension.value[x]',
    path: 'Extension.value[x]',
    short: 'Value of extension',
    definition: description,
    min: 1,
    max: '1',
    base: { path: 'Extension.value[x]', min: 0, max: '1' },
    type: valueType,
  };
  const nested = {
    id: 'Extension.extension',
    path: 'Extension.extension',
    short: 'No nested extensions',
    definition: 'A simple extension: no nested extensions.',
    min: 0,
    max: '0',
    base: { path: 'Extension.extension', min: 0, max: '*' },
    type: [{ code: 'Extension' }],
  };
  return {
    resourceType: 'StructureDefinition',
    id: `interlude-${id}`,
    url,
    name,
    title: `Interlude ${id}`,
    status: 'active',
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: context.map((expression) => ({ type: 'element', expression })),
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    description,
    snapshot: { element: [root, nested, urlElement, value] },
    differential: {
      element: [
        root,
        nested,
        { id: 'Extension.url', path: 'Extension.url', fixedUri: url },
        { id: 'Extension.value[x]', path: 'Extension.value[x]', min: 1, type: valueType },
      ],
    },
  };
}

/**
 * Every Interlude extension's StructureDefinition, one per URL in `EXTENSIONS`.
 *
 * @example
 * ```ts
 * import { interludeStructureDefinitions } from '@interlude/fhir';
 * await fetch(`${base}`, { method: 'POST', body: JSON.stringify({
 *   resourceType: 'Bundle', type: 'batch',
 *   entry: interludeStructureDefinitions().map((resource) => ({ resource, request: { method: 'PUT', url: `StructureDefinition/${resource.id}` } })),
 * }) });
 * ```
 */
export function interludeStructureDefinitions(): ExtensionStructureDefinition[] {
  return (Object.keys(DEFINITIONS) as (keyof typeof EXTENSIONS)[]).map((key) => {
    const [description, context, type] = DEFINITIONS[key];
    return definition(EXTENSIONS[key], description, context, type);
  });
}

/** The same, as a `collection` Bundle (what `indexStructureDefinitionBundle` and IG tooling take). */
export function interludeStructureDefinitionBundle(): {
  resourceType: 'Bundle';
  type: 'collection';
  entry: { fullUrl: string; resource: ExtensionStructureDefinition }[];
} {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: interludeStructureDefinitions().map((resource) => ({ fullUrl: resource.url, resource })),
  };
}
