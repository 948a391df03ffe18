// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// The simulator is checked against its own promises, then the flag engine's defaults are held
// to the calibration targets on it (issue 13).
import { expect } from 'chai';
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import { parseSubmission, scoreMeasure } from '@interlude/core';
import {
  PLANTED_KINDS,
  PRE_CALIBRATION_FLAG_OPTIONS,
  measureFlagCalibration,
  seededRandom,
  simulateCaseload,
  type CaseloadSimulation,
  type FlagCalibration,
} from '@interlude/core/testing';

/** mocha (Chromium) stops a test after 10 s unless told otherwise; node:test has no limit and no `timeout`. */
function allowMinutes(context: unknown, minutes: number): void {
  (context as { timeout?: (ms: number) => void }).timeout?.(minutes * 60_000);
}

const checkIn = getCheckInTemplate('daily-mood');
const phq9 = getMeasure('phq-9');
const gad7 = getMeasure('gad-7');
if (checkIn === undefined || phq9 === undefined || gad7 === undefined) throw new Error('content is missing');

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return [random.next(), random.normal(), random.integer(1, 6)];
    };
    expect(draw(7)).to.deep.equal(draw(7));
    expect(draw(7)).not.to.deep.equal(draw(8));
  });

  it('draws normals with mean about 0 and SD about 1', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).to.be.below(0.03);
    expect(Math.abs(sd - 1)).to.be.below(0.03);
  });
});

describe('simulateCaseload', () => {
  const small = (seed = 5) =>
    simulateCaseload({ checkIn, phq9, gad7, seed, stableClients: 6, eventsPerKind: 3 });

  it('is deterministic for a seed', () => {
    expect(small(5)).to.deep.equal(small(5));
    expect(small(6).caseload.submissions).not.to.deep.equal(small(5).caseload.submissions);
  });

  it('writes valid submissions whose stored scores are the official ones', () => {
    const { caseload } = small();
    for (const submission of caseload.submissions) expect(() => parseSubmission(submission)).not.to.throw();
    const byId = new Map(caseload.submissions.map((submission) => [submission.id, submission]));
    expect(byId.size).to.equal(caseload.submissions.length);
    for (const { submissionId, score } of caseload.scores) {
      const submission = byId.get(submissionId);
      const definition = submission?.activity.id === phq9.id ? phq9 : gad7;
      expect(scoreMeasure(definition, submission?.answers as Record<string, number>)).to.deep.equal(score);
    }
  });

  it('plants each event on its known date', () => {
    const simulation = small();
    const ofClient = (clientId: string) =>
      simulation.caseload.submissions.filter((submission) => submission.clientId === clientId);
    const onsetMs = (client: (typeof simulation.clients)[number]) => Date.parse(client.event?.onset ?? '');
    expect(simulation.clients.filter((client) => client.event === undefined)).to.have.length(6);
    for (const kind of PLANTED_KINDS) {
      const planted = simulation.clients.filter((client) => client.event?.kind === kind);
      expect(planted).to.have.length(3);
      for (const client of planted) {
        const own = ofClient(client.clientId);
        const after = own.filter((submission) => Date.parse(submission.submittedAt) >= onsetMs(client));
        if (kind === 'risk') {
          const endorsed = own.filter((submission) => submission.answers['phq9-9'] === 1);
          expect(endorsed.map((submission) => submission.occurrenceId)).to.deep.equal([
            `${client.clientId}-phq-9@${client.event?.localDate}T09:00`,
          ]);
        } else if (kind === 'non-engagement') {
          const silence = after.filter(
            (submission) => Date.parse(submission.submittedAt) < onsetMs(client) + 14 * 86_400_000,
          );
          expect(silence).to.deep.equal([]);
        } else if (kind === 'deterioration') {
          const firstAfter = after.find((submission) => submission.activity.id === phq9.id);
          expect(firstAfter?.occurrenceId).to.equal(
            `${client.clientId}-phq-9@${client.event?.localDate}T09:00`,
          );
        }
      }
    }
    // Nobody but a planted risk client answers item 9 above 0.
    const endorsing = new Set(
      simulation.caseload.submissions.filter((s) => (s.answers['phq9-9'] ?? 0) !== 0).map((s) => s.clientId),
    );
    expect([...endorsing].every((clientId) => clientId.startsWith('risk-'))).to.equal(true);
  });

  it('gives stable clients the noise the issue describes (mood SD ≈ 0.75, distress SD ≈ 1.5)', () => {
    const { caseload, clients } = simulateCaseload({
      checkIn,
      phq9,
      gad7,
      stableClients: 40,
      eventsPerKind: 0,
    });
    const sds = { mood: [] as number[], distress: [] as number[] };
    for (const { clientId } of clients) {
      for (const item of ['mood', 'distress'] as const) {
        const values = caseload.submissions
          .filter((submission) => submission.clientId === clientId && submission.activity.id === checkIn.id)
          .map((submission) => submission.answers[item] as number);
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        sds[item].push(
          Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1)),
        );
      }
    }
    const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(average(sds.mood)).to.be.within(0.6, 0.9);
    expect(average(sds.distress)).to.be.within(1.25, 1.75);
  });
});

describe('flag calibration on the simulated caseload (default options)', () => {
  let simulation: CaseloadSimulation;
  let calibrated: FlagCalibration;

  before(function () {
    // 400 clients × 13 weeks through the engine at every weekly review: seconds, not milliseconds.
    allowMinutes(this, 3);
    simulation = simulateCaseload({ checkIn, phq9, gad7 });
    calibrated = measureFlagCalibration(simulation);
  });

  it('catches every planted risk answer', () => {
    expect(calibrated.sensitivity.risk).to.deep.equal({ planted: 50, caught: 50, rate: 1 });
  });

  it('catches at least 95 % of every other planted kind within 7 days', () => {
    for (const kind of ['deterioration', 'mood-shift', 'non-engagement'] as const) {
      expect(calibrated.sensitivity[kind].planted, kind).to.equal(50);
      expect(calibrated.sensitivity[kind].rate, kind).to.be.at.least(0.95);
    }
  });

  it('raises at most 0.1 attention flags per stable client-week at weekly reviews', () => {
    expect(calibrated.noise.clientWeeks).to.equal(200 * 11);
    expect(calibrated.noise.perClientWeek).to.be.at.most(0.1);
  });

  it('is a real improvement: the pre-calibration rules flag stable clients about once a week', function () {
    allowMinutes(this, 3);
    const before = measureFlagCalibration(simulation, PRE_CALIBRATION_FLAG_OPTIONS);
    expect(before.noise.perClientWeek).to.be.above(1);
    expect(before.noise.perClientWeek).to.be.above(10 * calibrated.noise.perClientWeek);
  });
});
