/**
 * The FHIR R4 resources Interlude reads, as minimal zod/mini schemas: only the elements the
 * mappers use are described, everything else is kept as it came (`looseObject`), so a resource
 * from any server parses, and reading one that lacks what Interlude needs fails with core's
 * path-carrying {@link @interlude/core!ValidationError | ValidationError} (paths and codes only, never values: resources hold PHI).
 *
 * Deliberately not `@medplum/fhirtypes` or a full R4 model: the shipped package stays small and
 * dependency-free; the tests validate every produced resource against the official R4
 * StructureDefinitions instead.
 *
 * @module
 */
import { parse } from '@interlude/core';
import * as z from 'zod/mini';

const str = z.string();
const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);

/** Schema for {@link Extension} (recursive: complex extensions nest). */
export const ExtensionSchema = z.looseObject({
  url: str,
  valueString: opt(str),
  valueCode: opt(str),
  valueBoolean: opt(z.boolean()),
  valueInteger: opt(z.number()),
  valueDecimal: opt(z.number()),
  valueDateTime: opt(str),
  valueCanonical: opt(str),
  valueUri: opt(str),
  get valueCoding() {
    return z.optional(CodingSchema);
  },
  get valueCodeableConcept() {
    return z.optional(CodeableConceptSchema);
  },
  get valueReference() {
    return z.optional(ReferenceSchema);
  },
  get valueTiming() {
    return z.optional(TimingSchema);
  },
  get valueExpression() {
    return z.optional(ExpressionSchema);
  },
  get extension(): z.ZodMiniOptional<z.ZodMiniArray<typeof ExtensionSchema>> {
    return z.optional(z.array(ExtensionSchema));
  },
});

/** A FHIR `Extension`, with the value types Interlude uses. */
export type Extension = z.output<typeof ExtensionSchema>;

/** The `_element` companion of a primitive (only its extensions matter here). */
export const PrimitiveElementSchema = z.looseObject({ extension: opt(z.array(ExtensionSchema)) });

/** Extensions on a primitive value, e.g. `_text` with translations. */
export type PrimitiveElement = z.output<typeof PrimitiveElementSchema>;

/** Schema for {@link Coding}. */
export const CodingSchema = z.looseObject({
  system: opt(str),
  version: opt(str),
  code: opt(str),
  display: opt(str),
  _display: opt(PrimitiveElementSchema),
  extension: opt(z.array(ExtensionSchema)),
});

/** A FHIR `Coding`. */
export type Coding = z.output<typeof CodingSchema>;

/** Schema for {@link CodeableConcept}. */
export const CodeableConceptSchema = z.looseObject({ coding: opt(z.array(CodingSchema)), text: opt(str) });

/** A FHIR `CodeableConcept`. */
export type CodeableConcept = z.output<typeof CodeableConceptSchema>;

/** Schema for {@link Identifier}. */
export const IdentifierSchema = z.looseObject({ system: opt(str), value: opt(str) });

/** A FHIR `Identifier`. */
export type Identifier = z.output<typeof IdentifierSchema>;

/** Schema for {@link Reference}. */
export const ReferenceSchema = z.looseObject({
  reference: opt(str),
  type: opt(str),
  identifier: opt(IdentifierSchema),
  display: opt(str),
});

/** A FHIR `Reference` (literal, logical by identifier, or both). */
export type Reference = z.output<typeof ReferenceSchema>;

/** Schema for {@link Period}. */
export const PeriodSchema = z.looseObject({ start: opt(str), end: opt(str) });

/** A FHIR `Period`. */
export type Period = z.output<typeof PeriodSchema>;

/** Schema for {@link Annotation}. */
export const AnnotationSchema = z.looseObject({ text: str });

/** A FHIR `Annotation`. */
export type Annotation = z.output<typeof AnnotationSchema>;

/** Schema for {@link Quantity}. */
export const QuantitySchema = z.looseObject({
  value: opt(z.number()),
  unit: opt(str),
  system: opt(str),
  code: opt(str),
});

/** A FHIR `Quantity`. */
export type Quantity = z.output<typeof QuantitySchema>;

/** Schema for {@link Expression} (an SDC `calculatedExpression`, a `variable`). */
export const ExpressionSchema = z.looseObject({
  name: opt(str),
  language: opt(str),
  expression: opt(str),
  description: opt(str),
});

/** A FHIR `Expression`. */
export type Expression = z.output<typeof ExpressionSchema>;

/** Schema for {@link Timing}. */
export const TimingSchema = z.looseObject({
  extension: opt(z.array(ExtensionSchema)),
  event: opt(z.array(str)),
  repeat: opt(
    z.looseObject({
      boundsPeriod: opt(PeriodSchema),
      count: opt(z.number()),
      frequency: opt(z.number()),
      period: opt(z.number()),
      periodUnit: opt(str),
      dayOfWeek: opt(z.array(str)),
      timeOfDay: opt(z.array(str)),
    }),
  ),
});

/** A FHIR `Timing`. */
export type Timing = z.output<typeof TimingSchema>;

const domainShape = {
  id: opt(str),
  meta: opt(z.looseObject({ versionId: opt(str), lastUpdated: opt(str), source: opt(str) })),
  extension: opt(z.array(ExtensionSchema)),
};

/** Schema for {@link QuestionnaireAnswerOption}. */
export const QuestionnaireAnswerOptionSchema = z.looseObject({
  valueCoding: opt(CodingSchema),
  valueString: opt(str),
  valueInteger: opt(z.number()),
  extension: opt(z.array(ExtensionSchema)),
});

/** One `Questionnaire.item.answerOption`. */
export type QuestionnaireAnswerOption = z.output<typeof QuestionnaireAnswerOptionSchema>;

/** Schema for {@link QuestionnaireEnableWhen}. */
export const QuestionnaireEnableWhenSchema = z.looseObject({
  question: str,
  operator: str,
  answerBoolean: opt(z.boolean()),
  answerInteger: opt(z.number()),
  answerDecimal: opt(z.number()),
  answerString: opt(str),
  answerCoding: opt(CodingSchema),
});

/** One `Questionnaire.item.enableWhen`. */
export type QuestionnaireEnableWhen = z.output<typeof QuestionnaireEnableWhenSchema>;

/** Schema for {@link QuestionnaireItem} (recursive: groups nest). */
export const QuestionnaireItemSchema = z.looseObject({
  linkId: str,
  type: str,
  text: opt(str),
  _text: opt(PrimitiveElementSchema),
  code: opt(z.array(CodingSchema)),
  required: opt(z.boolean()),
  repeats: opt(z.boolean()),
  maxLength: opt(z.number()),
  extension: opt(z.array(ExtensionSchema)),
  readOnly: opt(z.boolean()),
  answerOption: opt(z.array(QuestionnaireAnswerOptionSchema)),
  answerValueSet: opt(str),
  enableWhen: opt(z.array(QuestionnaireEnableWhenSchema)),
  enableBehavior: opt(str),
  get item(): z.ZodMiniOptional<z.ZodMiniArray<typeof QuestionnaireItemSchema>> {
    return z.optional(z.array(QuestionnaireItemSchema));
  },
});

/** One `Questionnaire.item`. */
export type QuestionnaireItem = z.output<typeof QuestionnaireItemSchema>;

/** Schema for {@link Questionnaire}. */
export const QuestionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  ...domainShape,
  url: opt(str),
  identifier: opt(z.array(IdentifierSchema)),
  version: opt(str),
  name: opt(str),
  title: opt(str),
  _title: opt(PrimitiveElementSchema),
  status: str,
  description: opt(str),
  _description: opt(PrimitiveElementSchema),
  purpose: opt(str),
  _purpose: opt(PrimitiveElementSchema),
  copyright: opt(str),
  code: opt(z.array(CodingSchema)),
  item: opt(z.array(QuestionnaireItemSchema)),
  /** Contained resources; only `ValueSet`s (answer lists by `#id`) are read. */
  contained: opt(z.array(z.looseObject({ resourceType: str, id: opt(str) }))),
});

/** A FHIR R4 `Questionnaire`. */
export type Questionnaire = z.output<typeof QuestionnaireSchema>;

/** Schema for {@link ValueSetConcept}: a concept of a contained answer list. */
export const ValueSetConceptSchema = z.looseObject({
  system: opt(str),
  code: opt(str),
  display: opt(str),
  extension: opt(z.array(ExtensionSchema)),
});

/** One concept of a `ValueSet` (in `compose.include.concept` or `expansion.contains`). */
export type ValueSetConcept = z.output<typeof ValueSetConceptSchema>;

/** Schema for {@link ValueSet}: only what answer lists need. */
export const ValueSetSchema = z.looseObject({
  resourceType: z.literal('ValueSet'),
  id: opt(str),
  url: opt(str),
  compose: opt(
    z.looseObject({
      include: opt(
        z.array(z.looseObject({ system: opt(str), concept: opt(z.array(ValueSetConceptSchema)) })),
      ),
    }),
  ),
  expansion: opt(z.looseObject({ contains: opt(z.array(ValueSetConceptSchema)) })),
});

/** A FHIR R4 `ValueSet`, as a contained answer list. */
export type ValueSet = z.output<typeof ValueSetSchema>;

/** Schema for {@link QuestionnaireResponseAnswer}. */
export const QuestionnaireResponseAnswerSchema = z.looseObject({
  extension: opt(z.array(ExtensionSchema)),
  valueBoolean: opt(z.boolean()),
  valueDecimal: opt(z.number()),
  valueInteger: opt(z.number()),
  valueString: opt(str),
  valueCoding: opt(CodingSchema),
  valueQuantity: opt(QuantitySchema),
  get item(): z.ZodMiniOptional<z.ZodMiniArray<typeof QuestionnaireResponseItemSchema>> {
    return z.optional(z.array(QuestionnaireResponseItemSchema));
  },
});

/** One `QuestionnaireResponse.item.answer`. */
export type QuestionnaireResponseAnswer = z.output<typeof QuestionnaireResponseAnswerSchema>;

/** Schema for {@link QuestionnaireResponseItem} (recursive). */
export const QuestionnaireResponseItemSchema = z.looseObject({
  linkId: str,
  extension: opt(z.array(ExtensionSchema)),
  answer: opt(z.array(QuestionnaireResponseAnswerSchema)),
  get item(): z.ZodMiniOptional<z.ZodMiniArray<typeof QuestionnaireResponseItemSchema>> {
    return z.optional(z.array(QuestionnaireResponseItemSchema));
  },
});

/** One `QuestionnaireResponse.item`. */
export type QuestionnaireResponseItem = z.output<typeof QuestionnaireResponseItemSchema>;

/** Schema for {@link QuestionnaireResponse}. */
export const QuestionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  ...domainShape,
  identifier: opt(IdentifierSchema),
  basedOn: opt(z.array(ReferenceSchema)),
  questionnaire: opt(str),
  status: str,
  subject: opt(ReferenceSchema),
  authored: opt(str),
  author: opt(ReferenceSchema),
  source: opt(ReferenceSchema),
  item: opt(z.array(QuestionnaireResponseItemSchema)),
});

/** A FHIR R4 `QuestionnaireResponse`. */
export type QuestionnaireResponse = z.output<typeof QuestionnaireResponseSchema>;

/** Schema for {@link Task}. */
export const TaskSchema = z.looseObject({
  resourceType: z.literal('Task'),
  ...domainShape,
  identifier: opt(z.array(IdentifierSchema)),
  status: str,
  businessStatus: opt(CodeableConceptSchema),
  intent: str,
  basedOn: opt(z.array(ReferenceSchema)),
  code: opt(CodeableConceptSchema),
  focus: opt(ReferenceSchema),
  for: opt(ReferenceSchema),
  executionPeriod: opt(PeriodSchema),
  authoredOn: opt(str),
  requester: opt(ReferenceSchema),
  owner: opt(ReferenceSchema),
  note: opt(z.array(AnnotationSchema)),
  restriction: opt(z.looseObject({ period: opt(PeriodSchema) })),
});

/** A FHIR R4 `Task`: a legacy assignment, or a flag acknowledgement. */
export type Task = z.output<typeof TaskSchema>;

/** Schema for {@link ServiceRequest}. */
export const ServiceRequestSchema = z.looseObject({
  resourceType: z.literal('ServiceRequest'),
  ...domainShape,
  identifier: opt(z.array(IdentifierSchema)),
  status: str,
  intent: str,
  code: opt(CodeableConceptSchema),
  subject: opt(ReferenceSchema),
  occurrenceTiming: opt(TimingSchema),
  authoredOn: opt(str),
  requester: opt(ReferenceSchema),
  performer: opt(z.array(ReferenceSchema)),
  note: opt(z.array(AnnotationSchema)),
});

/** A FHIR R4 `ServiceRequest`: an assignment. */
export type ServiceRequest = z.output<typeof ServiceRequestSchema>;

/** Schema for {@link ObservationComponent}. */
export const ObservationComponentSchema = z.looseObject({
  code: CodeableConceptSchema,
  valueQuantity: opt(QuantitySchema),
  valueInteger: opt(z.number()),
  valueBoolean: opt(z.boolean()),
  valueString: opt(str),
  dataAbsentReason: opt(CodeableConceptSchema),
  interpretation: opt(z.array(CodeableConceptSchema)),
});

/** One `Observation.component`. */
export type ObservationComponent = z.output<typeof ObservationComponentSchema>;

/** Schema for {@link Observation}. */
export const ObservationSchema = z.looseObject({
  resourceType: z.literal('Observation'),
  ...domainShape,
  identifier: opt(z.array(IdentifierSchema)),
  status: str,
  category: opt(z.array(CodeableConceptSchema)),
  code: CodeableConceptSchema,
  subject: opt(ReferenceSchema),
  effectiveDateTime: opt(str),
  valueQuantity: opt(QuantitySchema),
  valueInteger: opt(z.number()),
  valueString: opt(str),
  dataAbsentReason: opt(CodeableConceptSchema),
  interpretation: opt(z.array(CodeableConceptSchema)),
  derivedFrom: opt(z.array(ReferenceSchema)),
  component: opt(z.array(ObservationComponentSchema)),
});

/** A FHIR R4 `Observation`. */
export type Observation = z.output<typeof ObservationSchema>;

/** Schema for {@link DetectedIssue}. */
export const DetectedIssueSchema = z.looseObject({
  resourceType: z.literal('DetectedIssue'),
  ...domainShape,
  identifier: opt(z.array(IdentifierSchema)),
  status: str,
  code: opt(CodeableConceptSchema),
  severity: opt(str),
  patient: opt(ReferenceSchema),
  identifiedDateTime: opt(str),
  implicated: opt(z.array(ReferenceSchema)),
  evidence: opt(
    z.array(
      z.looseObject({
        extension: opt(z.array(ExtensionSchema)),
        code: opt(z.array(CodeableConceptSchema)),
        detail: opt(z.array(ReferenceSchema)),
      }),
    ),
  ),
  mitigation: opt(z.array(z.looseObject({ action: CodeableConceptSchema, date: opt(str) }))),
});

/** A FHIR R4 `DetectedIssue`. */
export type DetectedIssue = z.output<typeof DetectedIssueSchema>;

/** Schema for {@link Basic}. */
export const BasicSchema = z.looseObject({
  resourceType: z.literal('Basic'),
  ...domainShape,
  identifier: opt(z.array(IdentifierSchema)),
  code: CodeableConceptSchema,
  subject: opt(ReferenceSchema),
});

/** A FHIR R4 `Basic`: a flag acknowledgement as Interlude wrote it before 0.1 (read, no longer written). */
export type Basic = z.output<typeof BasicSchema>;

/** Every resource type the mappers produce or read. */
export type FhirResource =
  Questionnaire | QuestionnaireResponse | ServiceRequest | Task | Observation | DetectedIssue | Basic;

/** Schema for {@link FhirResource}, discriminated by `resourceType`. */
export const FhirResourceSchema = z.discriminatedUnion('resourceType', [
  QuestionnaireSchema,
  QuestionnaireResponseSchema,
  ServiceRequestSchema,
  TaskSchema,
  ObservationSchema,
  DetectedIssueSchema,
  BasicSchema,
]);

/** The resource types in {@link FhirResource}. */
export const RESOURCE_TYPES = [
  'Questionnaire',
  'QuestionnaireResponse',
  'ServiceRequest',
  'Task',
  'Observation',
  'DetectedIssue',
  'Basic',
] as const;

/**
 * Validates a resource from a server as one of the types Interlude reads.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} with the path of every problem (never a value).
 * @example
 * ```ts
 * const resource = parseFhirResource(await response.json());
 * if (resource.resourceType === 'Task') taskToAssignment(resource);
 * ```
 */
export function parseFhirResource(input: unknown): FhirResource {
  return parse(FhirResourceSchema, input, 'FHIR resource');
}

/**
 * Validates input as a resource of one type, e.g. `parseResource(QuestionnaireSchema, json, 'Questionnaire')`.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} naming `subject`, with the path of every problem.
 */
export function parseResource<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject: string,
): z.output<S> {
  return parse(schema, input, subject);
}
