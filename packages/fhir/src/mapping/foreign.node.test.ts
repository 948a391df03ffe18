// Node only: real Questionnaires and responses written by other public projects
// (packages/fhir/test-data/foreign/, sources in its README), read as Interlude measures and
// submissions, scored with core's engine.
import { ValidationError, scoreMeasure, type Submission } from '@interlude/core';
import { getMeasure, listMeasures } from '@interlude/content';
import {
  formOfInstrument,
  questionnaireResponseToSubmission,
  questionnaireToCheckIn,
  questionnaireToExercise,
  questionnaireToMeasure,
  readQuestionnaireAsMeasure,
  readQuestionnaireResponse,
  readResource,
  resourceToRecord,
  stableUuid,
  type SkippedResource,
} from '@interlude/fhir';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const foreign = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'packages/fhir/test-data/foreign', name), 'utf8')) as Record<
    string,
    unknown
  >;

const instruments = listMeasures();
const phq9 = getMeasure('phq-9')!;
const gad7 = getMeasure('gad-7')!;

describe('LHC-Forms PHQ-9 (LOINC 44249-1)', () => {
  const questionnaire = foreign('lhc-forms-phq-9.questionnaire.json');

  it('binds to the shipped PHQ-9 by its panel code, items by LOINC code, the difficulty item by position', () => {
    const { definition, binding, unsupported } = readQuestionnaireAsMeasure(questionnaire, { instruments });
    expect(definition).to.deep.equal(phq9);
    expect(binding.kind).to.equal('instrument');
    if (binding.kind !== 'instrument') return;
    expect(binding.matchedBy).to.equal('panel');
    expect(binding.items.map((item) => `${item.linkId}→${item.itemId}:${item.matchedBy}`)).to.deep.equal([
      ...phq9.items.map((item) => `/${phq9.loinc!.items![item.id]}→${item.id}:loinc`),
      '/69722-7→phq9-difficulty:position',
    ]);
    // The form's own total item is reported, never silently dropped.
    expect(unsupported).to.deep.equal([
      { linkId: '/44261-6', reason: 'the form’s total item: the total is computed from the answers instead' },
    ]);
  });

  it('keeps its items when read as an exercise or check-in: any linkId becomes an item id', () => {
    const exercise = questionnaireToExercise(questionnaire);
    expect(exercise.definition.steps.map((step) => step.id)).to.deep.equal([
      ...phq9.items.map((item) => `i-${phq9.loinc!.items![item.id]}`),
      'i-69722-7',
    ]);
    expect(exercise.unsupported.find((entry) => entry.linkId === '/44250-9')?.reason).to.equal(
      'read as step id "i-44250-9"',
    );
    const checkIn = questionnaireToCheckIn(questionnaire);
    expect(checkIn.definition.items).to.have.length(5);
    expect(checkIn.definition.items[0]?.id).to.equal('i-44250-9');
  });

  it('is refused for lacking Interlude extensions no more: questionnaireToMeasure reads it', () => {
    expect(questionnaireToMeasure(questionnaire, { instruments })).to.deep.equal(phq9);
  });

  it('without known instruments becomes a derived measure, marked as not validated, scored by ordinal values', () => {
    const { definition, binding, unsupported } = readQuestionnaireAsMeasure(questionnaire);
    expect(binding.kind).to.equal('derived');
    expect(definition.items.map((item) => item.id)).to.deep.equal(
      phq9.items.map((item) => phq9.loinc!.items![item.id]),
    );
    expect(definition.licence.note).to.include('Not a validated instrument');
    expect(definition.scoring.riskItems).to.equal(undefined);
    expect(definition.scoring.reliableChange).to.equal(undefined);
    expect(definition.loinc?.panel).to.equal('44249-1');
    // The difficulty item has no values: reported, as is the total item.
    expect(unsupported.map((entry) => entry.linkId)).to.deep.equal(['/44261-6', '/69722-7']);
    const score = scoreMeasure(definition, Object.fromEntries(definition.items.map((item) => [item.id, 2])));
    expect(score.total).to.equal(18);
  });
});

describe('HL7 SDC PHQ-9 example (contained answer ValueSet, nested group, no panel code)', () => {
  const questionnaire = foreign('sdc-phq-9.questionnaire.json');
  const response = foreign('sdc-phq-9.questionnaire-response.json');

  it('binds to PHQ-9 through the LOINC code of its total item, items in form order', () => {
    const { binding, unsupported } = readQuestionnaireAsMeasure(questionnaire, { instruments });
    expect(binding.kind === 'instrument' && binding.matchedBy).to.equal('total');
    expect(binding.kind === 'instrument' && binding.items.map((item) => item.itemId)).to.deep.equal(
      phq9.items.map((item) => item.id),
    );
    expect(unsupported.map((entry) => entry.linkId)).to.deep.equal(['H1/TS']);
  });

  it('reads the response as a PHQ-9 submission, scored from its answers (10), not from its stored total', () => {
    const { submission, unsupported, binding } = readQuestionnaireResponse(response, {
      questionnaire,
      instruments,
      source: 'https://fhir.example.org/R4',
    });
    expect(binding?.kind).to.equal('instrument');
    expect(submission.activity).to.deep.equal({ kind: 'measure', id: 'phq-9', version: phq9.version });
    expect(submission.clientId).to.equal('proband');
    expect(submission.answers).to.deep.equal({
      'phq9-1': 0,
      'phq9-2': 0,
      'phq9-3': 0,
      'phq9-4': 1,
      'phq9-5': 2,
      'phq9-6': 1,
      'phq9-7': 3,
      'phq9-8': 2,
      'phq9-9': 1,
    });
    // The example stores a total of 13, which its own answers do not add up to: Interlude scores
    // the answers with the instrument's rules and leaves the stored total out (reported below).
    expect(scoreMeasure(phq9, submission.answers as Record<string, number>).total).to.equal(10);
    // Item 9 answered "Several days": the risk rule of the shipped instrument applies.
    expect(scoreMeasure(phq9, submission.answers as Record<string, number>).riskItemIds).to.deep.equal([
      'phq9-9',
    ]);
    expect(unsupported).to.deep.equal([{ linkId: 'H1/TS', reason: 'no item of the measure answers to it' }]);
    // A stable id: the same on every read, different for another source.
    expect(submission.id).to.equal(
      stableUuid(
        'https://fhir.example.org/R4|QuestionnaireResponse/questionnaireresponse-sdc-profile-example-PHQ9',
      ),
    );
    expect(
      questionnaireResponseToSubmission(response, {
        questionnaire,
        instruments,
        source: 'https://other.example',
      }).id,
    ).not.to.equal(submission.id);
    expect(submission.submittedAt).to.equal('2019-08-21T20:36:57.544Z');
    expect(submission.assignmentId).to.equal('fhir:unassigned');
  });
});

describe('HL7 PHR IG GAD-7 (LOINC answer codes, no ordinal values, a data-absent option)', () => {
  const questionnaire = foreign('phr-gad-7.questionnaire.json');
  const response = foreign('phr-gad-7.questionnaire-response.json');

  it('binds to the shipped GAD-7, values from the answer texts, and reports the declined option', () => {
    const { definition, binding, unsupported } = readQuestionnaireAsMeasure(questionnaire, { instruments });
    expect(definition).to.deep.equal(gad7);
    // Items match by their LOINC codes (the shipped GAD-7 carries them).
    expect(
      binding.kind === 'instrument' &&
        binding.items.map((item) => `${item.linkId}→${item.itemId}:${item.matchedBy}`),
    ).to.deep.equal(gad7.items.map((item) => `${gad7.loinc!.items![item.id]}→${item.id}:loinc`));
    expect(unsupported).to.have.length(7);
    expect(unsupported[0]?.reason).to.match(/answer option 5 has no value/);
  });

  it('reads the response and scores it as GAD-7', () => {
    const submission: Submission = questionnaireResponseToSubmission(response, {
      questionnaire,
      instruments,
    });
    expect(Object.values(submission.answers)).to.deep.equal([0, 0, 1, 1, 0, 1, 0]);
    expect(scoreMeasure(gad7, submission.answers as Record<string, number>).total).to.equal(3);
    expect(submission.submittedAt).to.equal('2024-12-01T12:00:00+09:00');
    expect(submission.clientId).to.equal('PGHDPatientExample');
  });

  it('is read without its Questionnaire too: its linkIds are the instrument’s LOINC item codes', () => {
    const submission = questionnaireResponseToSubmission(response, { instruments });
    expect(submission.activity.id).to.equal('gad-7');
    expect(Object.values(submission.answers)).to.deep.equal([0, 0, 1, 1, 0, 1, 0]);
  });
});

describe('a response whose form is not at hand and whose linkIds name nothing known', () => {
  const response = foreign('sdc-phq-9.questionnaire-response.json');

  it('says what it needs instead of guessing', () => {
    expect(() => questionnaireResponseToSubmission(response, { instruments })).to.throw(
      ValidationError,
      /questionnaire/,
    );
    const read = readResource(response, { instruments });
    expect(read.kind).to.equal('skipped');
    expect(read.kind === 'skipped' && read.skipped.reason).to.equal('unreadable');
    const skipped: SkippedResource[] = [];
    expect(resourceToRecord(response, { instruments, onSkip: (each) => skipped.push(each) })).to.equal(
      undefined,
    );
    expect(skipped[0]?.detail).to.include('questionnaire');
  });
});

describe('responses that name LOINC items in their linkIds', () => {
  it('read against the instrument alone (LHC-Forms linkIds `/44250-9`, LOINC answer codes)', () => {
    const form = formOfInstrument(phq9);
    expect(form.items.get('/44250-9')?.itemId).to.equal('phq9-1');
    const response = {
      resourceType: 'QuestionnaireResponse',
      id: 'lhc-1',
      status: 'completed',
      subject: { reference: 'Patient/p-1' },
      authored: '2026-03-01T10:00:00Z',
      item: phq9.items.map((item, index) => ({
        linkId: `/${phq9.loinc!.items![item.id]}`,
        answer: [{ valueCoding: { code: ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'][index % 4] } }],
      })),
    };
    const submission = questionnaireResponseToSubmission(response, { instruments });
    expect(submission.activity.id).to.equal('phq-9');
    expect(Object.values(submission.answers)).to.deep.equal([0, 1, 2, 3, 0, 1, 2, 3, 0]);
  });
});
