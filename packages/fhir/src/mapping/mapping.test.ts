// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { ValidationError, formatPath, type Submission } from '@interlude/core';
import {
  getCheckInTemplate,
  getExercise,
  getMeasure,
  listCheckInTemplates,
  listExercises,
  listMeasures,
} from '@interlude/content';
import {
  IDENTIFIER_SYSTEMS,
  assignmentToTask,
  checkInRatingsToObservations,
  checkInToQuestionnaire,
  exerciseToQuestionnaire,
  fhirToAcknowledgement,
  acknowledgementToFhir,
  acknowledgementToTask,
  assignmentToServiceRequest,
  readResource,
  serviceRequestToAssignment,
  fhirToFlag,
  flagToFhir,
  identifierOf,
  measureToQuestionnaire,
  observationToCheckInRating,
  observationToScore,
  questionnaireResponseToSubmission,
  questionnaireToCheckIn,
  questionnaireToExercise,
  questionnaireToMeasure,
  recordToResources,
  resourceToRecord,
  scoreToObservation,
  submissionToQuestionnaireResponse,
  taskToAssignment,
} from '@interlude/fhir';
import { expect } from 'chai';
import fc from 'fast-check';
import { assignment, flag, score, submission } from './arbitraries.test-suite.js';

/** What a server hands back: JSON, nothing else. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('definitions ⇄ Questionnaire', () => {
  it('round-trips every shipped measure losslessly, through JSON', () => {
    for (const measure of listMeasures()) {
      const questionnaire = viaJson(measureToQuestionnaire(measure));
      expect(questionnaireToMeasure(questionnaire), measure.id).to.deep.equal(measure);
    }
  });

  it('writes PHQ-9 with LOINC codes, ordinal values and a versioned canonical', () => {
    const phq9 = getMeasure('phq-9')!;
    const questionnaire = measureToQuestionnaire(phq9);
    expect(questionnaire.url).to.equal('https://interlude.dev/fhir/Questionnaire/phq-9');
    expect(questionnaire.version).to.equal(phq9.version);
    expect(questionnaire.code).to.deep.equal([{ system: 'http://loinc.org', code: '44249-1' }]);
    const item = questionnaire.item?.find((candidate) => candidate.linkId === 'phq9-1');
    expect(item?.code?.[0]?.code).to.equal('44250-9');
    expect(item?.answerOption?.[3]?.valueCoding?.extension).to.deep.equal([
      { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 },
    ]);
    expect(identifierOf(questionnaire)).to.deep.equal({
      system: IDENTIFIER_SYSTEMS.definition,
      value: `measure:phq-9@${phq9.version}`,
    });
  });

  it('round-trips every shipped check-in and exercise losslessly, with nothing unsupported', () => {
    for (const template of listCheckInTemplates()) {
      const result = questionnaireToCheckIn(viaJson(checkInToQuestionnaire(template)));
      expect(result.definition, template.id).to.deep.equal(template);
      expect(result.unsupported).to.deep.equal([]);
    }
    for (const exercise of listExercises()) {
      const result = questionnaireToExercise(viaJson(exerciseToQuestionnaire(exercise)));
      expect(result.definition, exercise.id).to.deep.equal(exercise);
      expect(result.unsupported).to.deep.equal([]);
    }
  });

  it('keeps translations as standard translation extensions', () => {
    const template = getCheckInTemplate('daily-mood')!;
    const questionnaire = checkInToQuestionnaire(template);
    expect(questionnaire.title).to.equal(template.title['en']);
    expect(questionnaire._title?.extension?.[0]?.url).to.equal(
      'http://hl7.org/fhir/StructureDefinition/translation',
    );
  });

  it('refuses to read a measure from a Questionnaire without scoring rules', () => {
    expect(() => questionnaireToMeasure({ resourceType: 'Questionnaire', status: 'active' })).to.throw(
      ValidationError,
    );
    expect(() => questionnaireToMeasure({ resourceType: 'Task' })).to.throw(ValidationError);
  });
});

describe('a Questionnaire Interlude did not write', () => {
  const foreign = {
    resourceType: 'Questionnaire',
    id: 'SleepDiary',
    name: 'SleepDiary',
    title: 'Sleep diary',
    version: 'v2',
    status: 'active',
    item: [
      { linkId: 'intro', type: 'display', text: 'About last night.' },
      {
        linkId: 'quality',
        type: 'choice',
        text: 'How well did you sleep?',
        answerOption: [
          { valueCoding: { system: 'http://example.org/q', code: 'poor', display: 'Poorly' } },
          { valueCoding: { system: 'http://example.org/q', code: 'ok', display: 'Okay' } },
          { valueCoding: { system: 'http://example.org/q', code: 'well', display: 'Well' } },
        ],
      },
      {
        linkId: 'section',
        type: 'group',
        item: [
          {
            linkId: 'hours',
            type: 'integer',
            text: 'Hours slept',
            extension: [
              { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
              { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 12 },
            ],
          },
          { linkId: 'woke', type: 'boolean', text: 'Did you wake in the night?' },
          {
            linkId: 'why',
            type: 'text',
            text: 'What woke you?',
            enableWhen: [{ question: 'woke', operator: '=', answerBoolean: true }],
          },
        ],
      },
      { linkId: 'bedtime', type: 'time', text: 'When did you go to bed?' },
      { linkId: 'naps', type: 'integer', text: 'Naps' },
    ],
  };

  it('reads as an exercise and reports what it could not map', () => {
    const { definition, unsupported } = questionnaireToExercise(foreign);
    expect(definition.id).to.equal('sleepdiary');
    expect(definition.version).to.equal('1.0.0');
    expect(definition.steps.map((step) => `${step.id}:${step.kind}`)).to.deep.equal([
      'intro:text',
      'quality:choice',
      'hours:rating',
      'woke:choice',
      'why:prompt',
    ]);
    expect(unsupported.map((entry) => entry.linkId)).to.deep.equal(['why', 'bedtime', 'naps']);
    expect(unsupported[1]?.reason).to.include('time');
  });

  it('reads as a check-in with the items a check-in can hold', () => {
    const { definition, unsupported } = questionnaireToCheckIn(foreign);
    expect(definition.items.map((item) => `${item.id}:${item.kind}`)).to.deep.equal([
      'quality:choice',
      'hours:slider',
      'woke:choice',
      'why:short-text',
    ]);
    expect(unsupported.map((entry) => entry.linkId)).to.have.members(['intro', 'why', 'bedtime', 'naps']);
  });

  it('reports, without content, when nothing is usable', () => {
    try {
      questionnaireToCheckIn({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [{ linkId: 'x', type: 'date', text: 'secret' }],
      });
      expect.fail('accepted');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as Error).message).not.to.include('secret');
      expect((error as ValidationError).issues.map((issue) => formatPath(issue.path))).to.include('items');
    }
  });
});

describe('assignment ⇄ Task', () => {
  it('round-trips generated assignments', () => {
    fc.assert(
      fc.property(assignment, (generated) => {
        expect(taskToAssignment(viaJson(assignmentToTask(generated)))).to.deep.equal(generated);
      }),
      { numRuns: 200 },
    );
  });

  it('maps statuses: active → in-progress, paused → on-hold, completed, cancelled', () => {
    const sample = fc.sample(assignment, 1)[0]!;
    const statuses = (['active', 'paused', 'completed', 'cancelled'] as const).map(
      (status) => assignmentToTask({ ...sample, status }).status,
    );
    expect(statuses).to.deep.equal(['in-progress', 'on-hold', 'completed', 'cancelled']);
    const task = assignmentToTask(sample);
    expect(taskToAssignment({ ...task, status: 'ready' }).status).to.equal('active');
    expect(taskToAssignment({ ...task, status: 'rejected' }).status).to.equal('cancelled');
    expect(() => taskToAssignment({ ...task, status: 'draft' })).to.throw(ValidationError);
  });

  it('writes intent, people, focus and restriction', () => {
    const sample = fc.sample(assignment, 1)[0]!;
    const task = assignmentToTask({ ...sample, clientId: 'c-1', clinicianId: 't-1' });
    expect(task.intent).to.equal('order');
    expect(task.for?.reference).to.equal('Patient/c-1');
    expect(task.requester?.reference).to.equal('Practitioner/t-1');
    expect(task.focus?.identifier?.value).to.equal(
      `${sample.activity.kind}:${sample.activity.id}@${sample.activity.version}`,
    );
    expect(task.restriction?.period?.start).to.be.a('string');
    expect(identifierOf(task)).to.deep.equal({ system: IDENTIFIER_SYSTEMS.assignment, value: sample.id });
  });
});

describe('submission ⇄ QuestionnaireResponse', () => {
  it('round-trips generated submissions with answers of every shape', () => {
    fc.assert(
      fc.property(submission, (generated) => {
        const response = viaJson(submissionToQuestionnaireResponse(generated, undefined));
        expect(questionnaireResponseToSubmission(response)).to.deep.equal(generated);
      }),
      { numRuns: 300 },
    );
  });

  const base: Omit<Submission, 'activity' | 'answers'> = {
    id: '9b2f6c1e-1d4a-4c7e-9f0a-2b3c4d5e6f70',
    assignmentId: 'a-1',
    occurrenceId: 'a-1@2026-03-29T09:00',
    clientId: 'c-1',
    startedAt: '2026-03-29T09:02:00+02:00',
    submittedAt: '2026-03-29T09:03:10+02:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    durationSeconds: 70,
  };

  it('codes measure answers as the chosen option and keeps the versioned canonical', () => {
    const phq9 = getMeasure('phq-9')!;
    const answers = Object.fromEntries(phq9.items.map((item, index) => [item.id, index % 4]));
    const submitted: Submission = {
      ...base,
      activity: { kind: 'measure', id: 'phq-9', version: phq9.version },
      answers,
    };
    const response = submissionToQuestionnaireResponse(submitted, phq9);
    expect(response.questionnaire).to.equal(`https://interlude.dev/fhir/Questionnaire/phq-9|${phq9.version}`);
    expect(response.status).to.equal('completed');
    // The LOINC answer code an EHR expects, with the value as the standard ordinalValue.
    expect(response.item?.[1]?.answer?.[0]?.valueCoding).to.deep.equal({
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }],
      system: 'http://loinc.org',
      code: 'LA6569-3',
      display: 'Several days',
    });
    // basedOn the assignment's ServiceRequest (R4 allows no Task there), by identifier and, when known, literally.
    expect(response.basedOn).to.deep.equal([
      { type: 'ServiceRequest', identifier: { system: IDENTIFIER_SYSTEMS.assignment, value: 'a-1' } },
    ]);
    const linked = submissionToQuestionnaireResponse(submitted, phq9, {
      reference: (collection, id) =>
        collection === 'assignments' && id === 'a-1' ? 'ServiceRequest/77' : undefined,
    });
    expect(linked.basedOn?.[0]?.reference).to.equal('ServiceRequest/77');
    expect(questionnaireResponseToSubmission(viaJson(response))).to.deep.equal(submitted);
    expect(questionnaireResponseToSubmission(viaJson(linked))).to.deep.equal(submitted);
  });

  it('still reads responses written before 0.1 (basedOn a Task, answers in the measure-answer system)', () => {
    const phq9 = getMeasure('phq-9')!;
    const submitted: Submission = {
      ...base,
      activity: { kind: 'measure', id: 'phq-9', version: phq9.version },
      answers: { 'phq9-1': 2 },
    };
    const legacy = {
      ...submissionToQuestionnaireResponse(submitted, undefined),
      basedOn: [{ type: 'Task', identifier: { system: IDENTIFIER_SYSTEMS.assignment, value: 'a-1' } }],
      item: [
        {
          linkId: 'phq9-1',
          answer: [
            { valueCoding: { system: 'https://interlude.dev/fhir/CodeSystem/measure-answer', code: '2' } },
          ],
        },
      ],
    };
    expect(questionnaireResponseToSubmission(legacy)).to.deep.equal(submitted);
  });

  it('writes card-sort piles as nested items matching the Questionnaire group, and abandoned as stopped', () => {
    const exercise = getExercise('act-values-card-sort')!;
    const sortStep = exercise.steps.find((step) => step.kind === 'card-sort')!;
    const submitted: Submission = {
      ...base,
      status: 'abandoned',
      activity: { kind: 'exercise', id: exercise.id, version: exercise.version },
      answers: { [sortStep.id]: { important: ['family', 'health'], less: [] }, notes: ['one'] },
    };
    const response = submissionToQuestionnaireResponse(submitted, exercise);
    expect(response.status).to.equal('stopped');
    const sorted = response.item?.[0];
    expect(sorted?.item?.map((child) => child.linkId)).to.deep.equal([
      `${sortStep.id}/important`,
      `${sortStep.id}/less`,
    ]);
    expect(sorted?.item?.[0]?.answer?.[0]?.valueCoding?.code).to.equal('family');
    expect(questionnaireResponseToSubmission(viaJson(response))).to.deep.equal(submitted);
  });

  it('reads answers of a response from another form by linkId, flattening groups', () => {
    const response = {
      ...submissionToQuestionnaireResponse(
        { ...base, activity: { kind: 'exercise', id: 'x', version: '1.0.0' }, answers: {} },
        undefined,
      ),
      item: [
        { linkId: 'g', item: [{ linkId: 'hours', answer: [{ valueInteger: 7 }] }] },
        { linkId: 'when', answer: [{ valueDate: '2026-03-28' }] },
        { linkId: 'many', answer: [{ valueString: 'a' }, { valueCoding: { code: 'b' } }] },
      ],
    };
    expect(questionnaireResponseToSubmission(response).answers).to.deep.equal({
      hours: 7,
      when: '2026-03-28',
      many: ['a', 'b'],
    });
  });
});

describe('assignment ⇄ ServiceRequest', () => {
  it('round-trips generated assignments', () => {
    fc.assert(
      fc.property(assignment, (generated) => {
        expect(serviceRequestToAssignment(viaJson(assignmentToServiceRequest(generated)))).to.deep.equal(
          generated,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('writes the schedule in occurrenceTiming, the questionnaire and LOINC panel, people and status', () => {
    const sample = fc.sample(assignment, 1)[0]!;
    const phq9 = getMeasure('phq-9')!;
    const activity = { kind: 'measure' as const, id: 'phq-9', version: phq9.version };
    const request = assignmentToServiceRequest(
      { ...sample, activity, clientId: 'c-1', clinicianId: 't-1', status: 'cancelled' },
      {
        definition: phq9,
        reference: (collection) => (collection === 'definitions' ? 'Questionnaire/q1' : undefined),
      },
    );
    expect(request.status).to.equal('revoked');
    expect(request.intent).to.equal('order');
    expect(request.subject?.reference).to.equal('Patient/c-1');
    expect(request.performer?.[0]?.reference).to.equal('Patient/c-1');
    expect(request.requester?.reference).to.equal('Practitioner/t-1');
    expect(request.code?.coding?.[0]).to.deep.equal({ system: 'http://loinc.org', code: '44249-1' });
    expect(request.occurrenceTiming?.repeat).to.be.an('object');
    const questionnaire = request.extension?.find(
      (extension) =>
        extension.url === 'http://hl7.org/fhir/StructureDefinition/servicerequest-questionnaireRequest',
    )?.valueReference;
    expect(questionnaire?.reference).to.equal('Questionnaire/q1');
    expect(questionnaire?.identifier?.value).to.equal(`measure:phq-9@${phq9.version}`);
    expect(identifierOf(request)).to.deep.equal({ system: IDENTIFIER_SYSTEMS.assignment, value: sample.id });
  });
});

describe('score ⇄ Observation', () => {
  it('round-trips generated scores', () => {
    fc.assert(
      fc.property(score, submission, (generated, submitted) => {
        const observation = viaJson(scoreToObservation(generated, submitted));
        expect(observationToScore(observation)).to.deep.equal({
          id: `score:${submitted.id}`,
          submissionId: submitted.id,
          ...generated,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('uses the LOINC total code, valueInteger for whole totals and valueQuantity for prorated fractions', () => {
    const [submitted] = fc.sample(submission, 1);
    const phq9 = getMeasure('phq-9')!;
    const whole = scoreToObservation(
      {
        measure: { id: 'phq-9', version: phq9.version },
        total: 13,
        band: 'moderate',
        prorated: false,
        unscorableReason: null,
        missingItemIds: [],
        riskItemIds: ['phq9-9'],
        unansweredRiskItemIds: [],
        flags: {},
      },
      submitted!,
      phq9,
    );
    expect(whole.code.coding?.[0]).to.deep.equal({ system: 'http://loinc.org', code: '44261-6' });
    expect(whole.valueInteger).to.equal(13);
    expect(whole.category?.[0]?.coding?.[0]?.code).to.equal('survey');
    expect(whole.component?.[0]?.code.coding?.[1]?.code).to.equal('phq9-9');
    const prorated = scoreToObservation(
      { ...observationToScore(whole), total: 12.375, prorated: true },
      submitted!,
      phq9,
    );
    expect(prorated.valueQuantity).to.deep.include({ value: 12.375, code: '{score}' });
  });
});

describe('check-in ratings → Observations', () => {
  it('writes one Observation per numeric answer and reads each back', () => {
    const template = getCheckInTemplate('daily-mood')!;
    const submitted: Submission = {
      id: '9b2f6c1e-1d4a-4c7e-9f0a-2b3c4d5e6f70',
      assignmentId: 'a-1',
      clientId: 'c-1',
      activity: { kind: 'check-in', id: template.id, version: template.version },
      answers: { mood: 4, distress: 6, note: 'ok' },
      startedAt: '2026-03-29T09:02:00+02:00',
      submittedAt: '2026-03-29T09:03:10+02:00',
      timeZone: 'Europe/Berlin',
      status: 'completed',
    };
    const observations = checkInRatingsToObservations(submitted, template);
    expect(observations.map((observation) => observation.valueInteger)).to.deep.equal([4, 6]);
    expect(observationToCheckInRating(viaJson(observations[1]))).to.deep.include({
      itemId: 'distress',
      value: 6,
      submissionId: submitted.id,
    });
    expect(checkInRatingsToObservations({ ...submitted, status: 'abandoned' }, template)).to.deep.equal([]);
    expect(resourceToRecord(observations[0])).to.equal(undefined);
  });
});

describe('flag ⇄ DetectedIssue, acknowledgement ⇄ Task', () => {
  it('round-trips generated flags', () => {
    fc.assert(
      fc.property(flag, (generated) => {
        expect(fhirToFlag(viaJson(flagToFhir(generated)))).to.deep.equal(generated);
      }),
      { numRuns: 200 },
    );
  });

  it('maps severity and shows an acknowledgement as a mitigation', () => {
    const [generated] = fc.sample(flag, 1);
    const issue = flagToFhir({ ...generated!, severity: 'urgent', acknowledgedAt: '2026-03-30T10:00:00Z' });
    expect(issue.severity).to.equal('high');
    expect(issue.mitigation?.[0]?.date).to.equal('2026-03-30T10:00:00Z');
    const acknowledgement = { id: 'f-1', flagId: 'f-1', acknowledgedAt: '2026-03-30T10:00:00Z' };
    // Written before 0.1 as a Basic: still read.
    expect(fhirToAcknowledgement(viaJson(acknowledgementToFhir(acknowledgement)))).to.deep.equal(
      acknowledgement,
    );
  });

  it('writes an acknowledgement as a completed Task about the patient, done by the clinician', () => {
    const flagId = 'risk:c-7:9b2f6c1e-1d4a-4c7e-9f0a-2b3c4d5e6f70:phq9-9';
    const acknowledgement = { id: flagId, flagId, acknowledgedAt: '2026-03-30T10:00:00Z' };
    const task = acknowledgementToTask(acknowledgement, { clinicianId: 't-1' });
    expect(task.status).to.equal('completed');
    expect(task.for?.reference).to.equal('Patient/c-7');
    expect(task.owner?.reference).to.equal('Practitioner/t-1');
    expect(task.focus?.type).to.equal('DetectedIssue');
    expect(task.executionPeriod?.end).to.equal('2026-03-30T10:00:00Z');
    expect(fhirToAcknowledgement(viaJson(task))).to.deep.equal(acknowledgement);
    expect(resourceToRecord(viaJson(task))).to.deep.equal({
      collection: 'acknowledgements',
      record: acknowledgement,
    });
    // A Task written before snoozes (flag only in the identifier, no focus) still reads.
    const { focus: _focus, ...older } = task;
    expect(fhirToAcknowledgement(viaJson(older))).to.deep.equal(acknowledgement);
    // A flag id of another shape: no patient rather than a wrong one.
    expect(acknowledgementToTask({ flagId: 'f-1', acknowledgedAt: '2026-03-30T10:00:00Z' }).for).to.equal(
      undefined,
    );
  });
});

describe('snooze ⇄ Task on hold', () => {
  const flagId = 'mood-shift:c-7:9b2f6c1e-1d4a-4c7e-9f0a-2b3c4d5e6f70:distress';
  const snooze = {
    id: 'snooze-4f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    flagId,
    acknowledgedAt: '2026-03-30T10:00:00Z',
    snoozedUntil: '2026-04-06T00:00:00+02:00',
  };

  it('writes a snooze as a Task on hold until its date, with its own identifier, and reads it back', () => {
    const task = acknowledgementToTask(snooze, { clinicianId: 't-1' });
    expect(task.status).to.equal('on-hold');
    expect(task.businessStatus?.coding?.[0]?.code).to.equal('snoozed');
    expect(task.restriction?.period?.start).to.equal(snooze.snoozedUntil);
    expect(task.executionPeriod).to.deep.equal({ start: snooze.acknowledgedAt });
    expect(task.identifier?.[0]?.value).to.equal(snooze.id);
    expect(task.focus?.identifier?.value).to.equal(flagId);
    expect(task.for?.reference).to.equal('Patient/c-7');
    expect(fhirToAcknowledgement(viaJson(task))).to.deep.equal(snooze);
    expect(resourceToRecord(viaJson(task))).to.deep.equal({ collection: 'acknowledgements', record: snooze });
    expect(recordToResources('acknowledgements', snooze).resources[0]).to.deep.equal(
      acknowledgementToTask(snooze),
    );
  });

  it('rejects a snoozed Task without its date, and an acknowledgement naming another flag', () => {
    const task = viaJson(acknowledgementToTask(snooze)) as Record<string, unknown>;
    delete task['restriction'];
    expect(() => fhirToAcknowledgement(task)).to.throw(ValidationError, 'restriction.period.start');
    const other = viaJson(acknowledgementToTask({ ...snooze, snoozedUntil: undefined }));
    expect(() => fhirToAcknowledgement(other)).to.throw(ValidationError, 'focus');
  });
});

describe('recordToResources / resourceToRecord', () => {
  it('round-trips a record of every mapped collection, and explains preferences', () => {
    const [submitted] = fc.sample(submission, 1);
    const [generatedScore] = fc.sample(score, 1);
    const phq9 = getMeasure('phq-9')!;
    const records = [
      ['definitions', { id: `measure:phq-9@${phq9.version}`, definition: phq9 }],
      ['assignments', fc.sample(assignment, 1)[0]],
      ['submissions', submitted],
      ['scores', { id: `score:${submitted!.id}`, submissionId: submitted!.id, ...generatedScore }],
      ['flags', fc.sample(flag, 1)[0]],
      ['acknowledgements', { id: 'f-1', flagId: 'f-1', acknowledgedAt: '2026-03-30T10:00:00Z' }],
    ] as const;
    for (const [collection, record] of records) {
      const { resources, unmapped } = recordToResources(collection, record as Record<string, unknown>, {
        submission: () => submitted,
      });
      expect(unmapped, collection).to.equal(undefined);
      expect(identifierOf(resources[0])?.value, collection).to.equal((record as { id: string }).id);
      expect(resourceToRecord(viaJson(resources[0])), collection).to.deep.equal({ collection, record });
    }
    const preferences = recordToResources('preferences', { id: 'reminders', timeZone: 'UTC' });
    expect(preferences.resources).to.deep.equal([]);
    expect(preferences.unmapped).to.be.a('string');
    expect(recordToResources('scores', records[3][1] as Record<string, unknown>).unmapped).to.be.a('string');
  });

  it('adds rating Observations for a check-in submission when the template is known', () => {
    const template = getCheckInTemplate('daily-mood')!;
    const [generated] = fc.sample(submission, 1);
    const submitted = {
      ...generated!,
      status: 'completed' as const,
      activity: { kind: 'check-in' as const, id: template.id, version: template.version },
      answers: { mood: 3 },
    };
    const { resources } = recordToResources('submissions', submitted, { definition: () => template });
    expect(resources.map((resource) => resource.resourceType)).to.deep.equal([
      'QuestionnaireResponse',
      'Observation',
    ]);
  });

  it('still reads assignments written before 0.1 as Tasks, and skips one migrated to its ServiceRequest', () => {
    const [generated] = fc.sample(assignment, 1);
    const task = viaJson(assignmentToTask(generated!));
    expect(resourceToRecord(task)).to.deep.equal({ collection: 'assignments', record: generated });
    const migrated = {
      ...task,
      basedOn: [
        {
          type: 'ServiceRequest',
          identifier: { system: IDENTIFIER_SYSTEMS.assignment, value: generated!.id },
        },
      ],
    };
    const read = readResource(migrated);
    expect(read.kind === 'skipped' && read.skipped.reason).to.equal('superseded');
  });

  it('reads entered-in-error as a deletion of the record (status tombstones)', () => {
    const [generated] = fc.sample(assignment, 1);
    const [submitted] = fc.sample(submission, 1);
    const [raised] = fc.sample(flag, 1);
    const cases = [
      [
        'assignments',
        generated!.id,
        { ...assignmentToServiceRequest(generated!), status: 'entered-in-error' },
      ],
      ['assignments', generated!.id, { ...assignmentToTask(generated!), status: 'entered-in-error' }],
      [
        'submissions',
        submitted!.id,
        { ...submissionToQuestionnaireResponse(submitted!, undefined), status: 'entered-in-error' },
      ],
      ['flags', raised!.id, { ...flagToFhir(raised!), status: 'entered-in-error' }],
    ] as const;
    for (const [collection, id, resource] of cases) {
      expect(readResource(viaJson(resource)), collection).to.deep.equal({ kind: 'deleted', collection, id });
    }
  });

  it('says why it skips what it does not read', () => {
    const reasons = [
      { resourceType: 'Patient' },
      { resourceType: 'Observation', status: 'final', code: { text: 'Heart rate' }, valueInteger: 60 },
      { resourceType: 'Task', status: 'ready', intent: 'order' },
      { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'x', type: 'string' }] },
      {
        resourceType: 'Task',
        status: 'bogus',
        intent: 'order',
        identifier: [{ system: IDENTIFIER_SYSTEMS.assignment, value: 'a' }],
      },
    ].map((resource) => {
      const read = readResource(resource);
      return read.kind === 'skipped' ? read.skipped.reason : read.kind;
    });
    expect(reasons).to.deep.equal([
      'not-interlude',
      'not-interlude',
      'not-interlude',
      'not-interlude',
      'unreadable',
    ]);
  });

  it('ignores resources that are not Interlude records', () => {
    expect(resourceToRecord({ resourceType: 'Questionnaire', status: 'active' })).to.equal(undefined);
    expect(resourceToRecord({ resourceType: 'Patient' })).to.equal(undefined);
    expect(resourceToRecord(null)).to.equal(undefined);
    expect(identifierOf({ resourceType: 'Task', identifier: [{ system: 'x', value: 'y' }] })).to.equal(
      undefined,
    );
  });
});
