// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import { PRE_CALIBRATION_FLAG_OPTIONS } from '@interlude/core/testing';
import {
  DEFAULT_FLAG_OPTIONS,
  ValidationError,
  computeFlags,
  describeFlag,
  parseCheckInTemplate,
  parseExerciseDefinition,
  parseFlag,
  parseMeasureDefinition,
  scoreMeasure,
  type ActivityRef,
  type Assignment,
  type Caseload,
  type Flag,
  type FlagKind,
  type Submission,
} from '@interlude/core';

const TZ = 'Europe/Berlin';
const NOW = '2026-05-15T12:00:00+02:00'; // a Friday

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const MOOD: ActivityRef = { kind: 'check-in', id: 'mood', version: '1.0.0' };
const QUIZ: ActivityRef = { kind: 'measure', id: 'quiz', version: '1.0.0' };
const VALUES: ActivityRef = { kind: 'exercise', id: 'values', version: '1.0.0' };
const WIDE: ActivityRef = { kind: 'measure', id: 'wide', version: '1.0.0' };

const moodTemplate = parseCheckInTemplate({
  kind: 'check-in',
  id: 'mood',
  version: '1.0.0',
  title: { en: 'Daily check-in' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    {
      id: 'distress',
      kind: 'slider',
      prompt: { en: 'Distress right now?' },
      required: false,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'None' }, high: { en: 'Extreme' } },
      tracked: { direction: 'higher-is-worse', label: { en: 'Distress' } },
    },
    {
      id: 'mood',
      kind: 'mood',
      prompt: { en: 'Mood?' },
      required: false,
      points: 5,
      labels: [1, 2, 3, 4, 5].map((n) => ({ en: `Mood ${n}` })),
      tracked: { direction: 'higher-is-better', label: { en: 'Mood' } },
    },
  ],
  feedback: { rules: [], default: { en: 'Thanks' } },
});

/** Three items 0–3 (total 0–9); q3 is a risk item at ≥ 1; reliable change 3 points. */
const quiz = parseMeasureDefinition({
  kind: 'measure',
  id: 'quiz',
  version: '1.0.0',
  title: { en: 'Quiz' },
  modality: 'general',
  estimatedMinutes: 1,
  items: ['q1', 'q2', 'q3'].map((id) => ({
    id,
    text: { en: id },
    options: [0, 1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'low', min: 0, max: 4, label: { en: 'Low' } },
      { id: 'high', min: 5, max: 9, label: { en: 'High' } },
    ],
    missingItems: { kind: 'unscorable' },
    riskItems: [{ itemId: 'q3', threshold: 1 }],
    reliableChange: { threshold: 3, source: 'Test' },
    caseness: { threshold: 5, caseWhen: 'at-or-above', source: 'Test' },
  },
  source: { citation: 'Test' },
  licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
});

const values = parseExerciseDefinition({
  kind: 'exercise',
  id: 'values',
  version: '1.0.0',
  title: { en: 'Values compass' },
  modality: 'act',
  estimatedMinutes: 10,
  steps: [{ id: 'why', kind: 'prompt', prompt: { en: 'What matters?' } }],
});

/** Nine items 0–3 (total 0–27), reliable change 6: shaped like the PHQ-9, without its risk item. */
const wide = parseMeasureDefinition({
  ...quiz,
  id: 'wide',
  title: { en: 'Wide' },
  items: Array.from({ length: 9 }, (_, index) => ({
    id: `w${index + 1}`,
    text: { en: `w${index + 1}` },
    options: [0, 1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
    scored: true,
  })),
  scoring: {
    ...quiz.scoring,
    bands: [
      { id: 'low', min: 0, max: 9, label: { en: 'Low' } },
      { id: 'high', min: 10, max: 27, label: { en: 'High' } },
    ],
    riskItems: [],
    reliableChange: { threshold: 6, source: 'Test' },
    caseness: { threshold: 10, caseWhen: 'at-or-above', source: 'Test' },
  },
});

const definitions = [moodTemplate, quiz, values, wide];

function assignment(
  id: string,
  activity: ActivityRef,
  createdAt: string,
  overrides: Partial<Assignment> = {},
): Assignment {
  return {
    id,
    clientId: 'c-1',
    clinicianId: 't-1',
    activity,
    schedule: {
      kind: 'repeat',
      timeZone: TZ,
      repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: createdAt.slice(0, 10) } },
    },
    status: 'active',
    createdAt,
    ...overrides,
  };
}

let next = 1;
function submission(
  assignmentId: string,
  activity: ActivityRef,
  submittedAt: string,
  answers: Submission['answers'],
  overrides: Partial<Submission> = {},
): Submission {
  const id = uuid(next++);
  return {
    id,
    assignmentId,
    clientId: 'c-1',
    activity,
    answers,
    startedAt: submittedAt,
    submittedAt,
    timeZone: TZ,
    status: 'completed',
    ...overrides,
  };
}

const at = (day: number, time = '09:05') => `2026-05-${String(day).padStart(2, '0')}T${time}:00+02:00`;
const caseload = (parts: Partial<Caseload>): Caseload => ({
  assignments: [],
  submissions: [],
  scores: [],
  definitions,
  ...parts,
});
const ofKind = (flags: readonly Flag[], kind: FlagKind) => flags.filter((flag) => flag.kind === kind);
// Keeps the tests of one rule quiet about the others.
const quiet = { nonEngagementDays: 10_000, nonEngagementMissedInARow: 10_000, completionKinds: [] };

describe('computeFlags', () => {
  describe('risk', () => {
    const quizAssignment = assignment('a-quiz', QUIZ, at(1, '08:00'), {
      schedule: { kind: 'once', due: '2026-05-01T09:00', timeZone: TZ },
    });

    it('raises an urgent flag for an endorsed risk item, with a stable id and the answer as evidence', () => {
      const taken = submission('a-quiz', QUIZ, at(12), { q1: 1, q2: 1, q3: 2 });
      const [flag, ...rest] = ofKind(
        computeFlags(caseload({ assignments: [quizAssignment], submissions: [taken] }), NOW, quiet),
        'risk',
      );
      expect(rest).to.have.length(0);
      expect(flag).to.deep.include({
        id: `risk:c-1:${taken.id}:q3`,
        severity: 'urgent',
        reason: 'risk-endorsed',
        raisedAt: taken.submittedAt,
        itemId: 'q3',
      });
      expect(flag?.evidence).to.deep.equal([
        {
          role: 'risk-answer',
          at: taken.submittedAt,
          value: 2,
          submissionId: taken.id,
          assignmentId: 'a-quiz',
          activity: QUIZ,
          itemId: 'q3',
        },
      ]);
      expect(() => parseFlag(flag)).not.to.throw();
    });

    it('flags an answer exactly at the threshold and not one below it', () => {
      const atThreshold = submission('a-quiz', QUIZ, at(12), { q1: 0, q2: 0, q3: 1 });
      const below = submission('a-quiz', QUIZ, at(13), { q1: 3, q2: 3, q3: 0 });
      const flags = ofKind(
        computeFlags(
          caseload({ assignments: [quizAssignment], submissions: [atThreshold, below] }),
          NOW,
          quiet,
        ),
        'risk',
      );
      expect(flags.map((flag) => flag.id)).to.deep.equal([`risk:c-1:${atThreshold.id}:q3`]);
    });

    it('never reads an unanswered risk item as "no risk": attention, even when the total is unscorable', () => {
      const skipped = submission('a-quiz', QUIZ, at(12), { q1: 1, q2: 1, q3: null });
      const [flag] = ofKind(
        computeFlags(caseload({ assignments: [quizAssignment], submissions: [skipped] }), NOW, quiet),
        'risk',
      );
      expect(flag).to.deep.include({
        id: `risk:c-1:${skipped.id}:q3:unanswered`,
        severity: 'attention',
        reason: 'risk-unanswered',
      });
      expect(flag?.evidence[0]?.value).to.equal(null);
    });

    it('uses a stored score when there is no definition to score with', () => {
      const taken = submission('a-quiz', QUIZ, at(12), { q1: 1, q2: 1, q3: 2 });
      const flags = computeFlags(
        caseload({
          assignments: [quizAssignment],
          submissions: [taken],
          scores: [{ submissionId: taken.id, score: scoreMeasure(quiz, { q1: 1, q2: 1, q3: 2 }) }],
          definitions: [],
        }),
        NOW,
        quiet,
      );
      expect(ofKind(flags, 'risk').map((flag) => flag.severity)).to.deep.equal(['urgent']);
    });

    it('ignores abandoned runs and submissions after now', () => {
      const abandoned = submission('a-quiz', QUIZ, at(12), { q3: 3 }, { status: 'abandoned' });
      const later = submission('a-quiz', QUIZ, at(16), { q1: 0, q2: 0, q3: 3 });
      const flags = computeFlags(
        caseload({ assignments: [quizAssignment], submissions: [abandoned, later] }),
        NOW,
        quiet,
      );
      expect(ofKind(flags, 'risk')).to.deep.equal([]);
    });
  });

  describe('deterioration', () => {
    const quizAssignment = assignment('a-quiz', QUIZ, at(1, '08:00'), {
      schedule: { kind: 'once', due: '2026-05-01T09:00', timeZone: TZ },
    });
    const wideAssignment = assignment('a-wide', WIDE, at(1, '08:00'), {
      schedule: { kind: 'once', due: '2026-05-01T09:00', timeZone: TZ },
    });
    const taken = (day: number, total: number) =>
      submission('a-quiz', QUIZ, at(day), { q1: Math.min(3, total), q2: Math.max(0, total - 3), q3: 0 });
    // The wide measure: 9 items 0–3, RCI 6 (like the PHQ-9); the total is filled item by item.
    const scored = (day: number, total: number) =>
      submission(
        'a-wide',
        WIDE,
        at(day),
        Object.fromEntries(
          wide.items.map((item, index) => [item.id, Math.max(0, Math.min(3, total - 3 * index))]),
        ),
      );
    const run = (submissions: Submission[], options = {}) =>
      ofKind(
        computeFlags(caseload({ assignments: [quizAssignment, wideAssignment], submissions }), NOW, {
          ...quiet,
          ...options,
        }),
        'deterioration',
      );
    // Jacobson–Truax for a baseline mean of 3 against one score: RCI × √((1/3 + 1) / 2).
    const againstMeanOfThree = 6 * Math.sqrt(2 / 3);

    it('compares with the mean of the first three scores, at the RCI scaled for that mean', () => {
      const baseline = [scored(1, 5), scored(2, 7), scored(3, 6)];
      const latest = scored(8, 11);
      const [flag, ...rest] = run([...baseline, latest]);
      expect(rest).to.have.length(0);
      expect(flag).to.deep.include({
        id: `deterioration:c-1:wide:${baseline[0]?.id}:${latest.id}`,
        severity: 'attention',
        reason: 'worse-than-baseline',
        raisedAt: latest.submittedAt,
      });
      expect(flag?.metrics).to.deep.equal({
        before: 6,
        after: 11,
        difference: 5,
        threshold: againstMeanOfThree,
        published: 6,
        meaningful: 0,
        referenceScores: 3,
      });
      expect(flag?.evidence.map((entry) => [entry.role, entry.value])).to.deep.equal([
        ['score-before', 5],
        ['score-before', 7],
        ['score-before', 6],
        ['score-after', 11],
      ]);
      expect(run([...baseline, scored(8, 10)])).to.deep.equal([]);
    });

    it('is not blinded by one unlucky first score', () => {
      // True level 6, first score 12: against the first score alone 13 is no rise at all.
      const series = [scored(1, 12), scored(2, 6), scored(3, 6), scored(8, 13)];
      expect(run(series).map((flag) => flag.reason)).to.deep.equal(['worse-than-baseline']);
      expect(run(series, { deteriorationBaselineSize: 1 })).to.deep.equal([]);
    });

    it('with one score before, compares with it at the published RCI', () => {
      const first = taken(1, 2);
      const latest = taken(8, 5);
      const [flag] = run([first, latest]);
      expect(flag).to.deep.include({ id: `deterioration:c-1:quiz:${first.id}:${latest.id}` });
      expect(flag?.metrics).to.deep.include({ before: 2, after: 5, threshold: 3, referenceScores: 1 });
      expect(run([taken(1, 2), taken(8, 4)])).to.deep.equal([]);
    });

    it('keeps its id while the client stays reliably worse, and lets go once they are back near baseline', () => {
      const baseline = [scored(1, 6), scored(2, 6), scored(3, 6)];
      const worse = scored(4, 12);
      const ids = (series: Submission[]) => run(series).map((flag) => flag.id);
      const expected = [`deterioration:c-1:wide:${baseline[0]?.id}:${worse.id}`];
      // 10 is only 4 above baseline, but the previous score was reliably worse, and then the
      // last two average 10 (reliably worse for a two-score mean: 3.87).
      const eased = [...baseline, worse, scored(5, 10), scored(6, 10)];
      for (let length = 4; length <= eased.length; length += 1)
        expect(ids(eased.slice(0, length))).to.deep.equal(expected);
      expect(run(eased)[0]?.metrics['after']).to.equal(10);
      expect(ids([...eased, scored(7, 7)])).to.deep.equal([]);
    });

    it('flags a confirmed relapse after a reliable improvement (worse-than-previous)', () => {
      const improved = scored(4, 8);
      const rise = scored(5, 14);
      const confirmed = scored(6, 14);
      const series = [scored(1, 15), scored(2, 15), scored(3, 15), improved, rise];
      expect(run(series)).to.deep.equal([]);
      const [flag] = run([...series, confirmed]);
      expect(flag).to.deep.include({
        id: `deterioration:c-1:wide:${improved.id}:${rise.id}`,
        reason: 'worse-than-previous',
        raisedAt: confirmed.submittedAt,
      });
      expect(flag?.metrics).to.deep.include({ before: 8, after: 14, threshold: 6 });
      expect(run(series, { deteriorationConfirmPrevious: false })[0]?.reason).to.equal('worse-than-previous');
      expect(run([...series, confirmed], { deteriorationReferences: ['baseline'] })).to.deep.equal([]);
    });

    it('does not call a rise of the RCI from one noisy low week a deterioration', () => {
      // 5 is not reliably better than the baseline of 8; 11 and 11 are 6 above it, 3 above baseline.
      const series = [scored(1, 8), scored(2, 8), scored(3, 8), scored(4, 5), scored(5, 11), scored(6, 11)];
      expect(run(series)).to.deep.equal([]);
      expect(
        run(series.slice(0, 5), { deteriorationConfirmPrevious: false }).map((flag) => flag.reason),
      ).to.deep.equal(['worse-than-previous']);
    });

    it('flags a clinically meaningful deterioration when that is the only threshold published (WHO-5)', () => {
      const meaningfulQuiz = parseMeasureDefinition({
        ...quiz,
        scoring: {
          ...quiz.scoring,
          reliableChange: undefined,
          meaningfulChange: { threshold: 3, source: 'Test' },
        },
      });
      const first = taken(1, 2);
      const latest = taken(8, 5);
      const flags = ofKind(
        computeFlags(
          caseload({
            assignments: [quizAssignment],
            submissions: [first, latest],
            definitions: [meaningfulQuiz],
          }),
          NOW,
          quiet,
        ),
        'deterioration',
      );
      // A meaningful change is a size, not an error that averaging shrinks: not scaled.
      expect(flags.map((flag) => flag.metrics)).to.deep.equal([
        { before: 2, after: 5, difference: 3, threshold: 3, published: 3, meaningful: 1, referenceScores: 1 },
      ]);
      expect(describeFlag(flags[0] as Flag, { locale: 'en', timeZone: TZ })).to.match(
        /up from a baseline of 2 \(the first score\); a change of 3 or more is clinically meaningful\.$/,
      );
    });

    it('says nothing without the measure definition (no threshold to test against)', () => {
      const first = taken(1, 1);
      const latest = taken(8, 6);
      const flags = computeFlags(
        caseload({
          assignments: [quizAssignment],
          submissions: [first, latest],
          scores: [first, latest].map((s) => ({
            submissionId: s.id,
            score: scoreMeasure(quiz, s.answers as Record<string, number>),
          })),
          definitions: [],
        }),
        NOW,
        quiet,
      );
      expect(ofKind(flags, 'deterioration')).to.deep.equal([]);
    });
  });

  describe('mood-shift', () => {
    const moodAssignment = assignment('a-mood', MOOD, at(1, '08:00'));
    const series = (distress: readonly number[], firstDay = 1, mood = 3) =>
      distress.map((value, index) =>
        submission('a-mood', MOOD, at(firstDay + index), { distress: value, mood }),
      );
    const run = (submissions: Submission[], options = {}, now = NOW) =>
      ofKind(
        computeFlags(caseload({ assignments: [moodAssignment], submissions }), now, { ...quiet, ...options }),
        'mood-shift',
      );
    // Days 1–10 (Fri 1 to Sun 10 May): distress around 3 (mean 3, SD 0.67); the personal threshold
    // is 1.6 × 0.67, below the floor of a quarter of the scale (2.5 points).
    const steady = [3, 2, 3, 4, 3, 2, 3, 4, 3, 3];
    const labile = [1, 5, 2, 6, 3, 7, 1, 5, 2, 6];

    it("flags a shift that lasts: the mean of the last 4 check-ins, against the client's own baseline", () => {
      const checkIns = series([...steady, 7, 6, 7, 7]);
      const flags = run(checkIns);
      expect(flags).to.have.length(1);
      // The window of day 13 (Sun–Wed: 3, 7, 6, 7) is the first whose mean is 2.5 above baseline.
      const start = checkIns[12] as Submission;
      expect(flags[0]).to.deep.include({
        id: `mood-shift:c-1:${start.id}:distress`,
        severity: 'attention',
        reason: 'shift-worse',
        raisedAt: start.submittedAt,
        itemId: 'distress',
      });
      expect(flags[0]?.metrics).to.deep.include({
        value: 7,
        baseline: 3,
        threshold: 2.5,
        usualLow: 2,
        usualHigh: 4,
        severe: 0,
      });
      const roles = flags[0]?.evidence.map((entry) => [entry.role, entry.value]);
      expect(roles?.filter(([role]) => role === 'baseline-value')).to.have.length(9);
      expect(roles?.filter(([role]) => role === 'shifted-value')).to.deep.equal([
        ['shifted-value', 7],
        ['shifted-value', 6],
        ['shifted-value', 7],
        ['shifted-value', 7],
      ]);
    });

    it('does not flag one bad day, which a single-value rule would', () => {
      const checkIns = series([...steady, 3, 3, 3, 7]);
      expect(run(checkIns)).to.deep.equal([]);
      expect(run(checkIns, PRE_CALIBRATION_FLAG_OPTIONS)).to.have.length(1);
    });

    it("scales to the client's own variability: the same days are a shift for a steady client, not a labile one", () => {
      expect(run(series([...steady, 7, 6, 7, 7]))).to.have.length(1);
      expect(run(series([...labile, 7, 6, 7, 7]))).to.deep.equal([]);
    });

    it("flags a single severe value at once when it is far outside the client's range", () => {
      const checkIns = series([...steady, 3, 3, 3, 9]);
      const [flag, ...rest] = run(checkIns);
      expect(rest).to.have.length(0);
      expect(flag).to.deep.include({ raisedAt: checkIns[13]?.submittedAt, severity: 'attention' });
      expect(flag?.metrics['severe']).to.equal(1);
      expect(
        flag?.evidence.filter((entry) => entry.role === 'shifted-value').map((entry) => entry.value),
      ).to.deep.equal([9]);
      // For a client whose distress is often 8 or 9, one 9 is an ordinary bad day.
      expect(run(series([5, 8, 4, 8, 5, 9, 4, 8, 5, 6, 5, 6, 5, 9]))).to.deep.equal([]);
      expect(run(checkIns, { moodShiftSevere: null })).to.deep.equal([]);
    });

    it('with no personal baseline yet, only a severe value is flagged', () => {
      const [flag] = run(series([3, 3, 9], 12));
      expect(flag?.metrics).to.deep.include({ severe: 1, baseline: null, usualLow: null });
      expect(run(series([3, 3, 7], 12))).to.deep.equal([]);
    });

    it('respects the direction: a falling mood is worse (attention), calmer days are better (info)', () => {
      const moods = [3, 4, 3, 3, 4, 3, 3, 4, 3, 3, 1, 2, 1, 2];
      const low = moods.map((mood, index) =>
        submission('a-mood', MOOD, at(1 + index), { distress: 3, mood }),
      );
      expect(run(low)[0]).to.deep.include({ reason: 'shift-worse', severity: 'attention', itemId: 'mood' });
      expect(run(series([...steady, 0, 0, 0, 0]))[0]).to.deep.include({
        reason: 'shift-better',
        severity: 'info',
      });
    });

    it('keeps the id while the shift goes on', () => {
      const checkIns = series([...steady, 7, 6, 7, 7]);
      const [before] = run(checkIns);
      const [after] = run([...checkIns, ...series([8, 7], 15)], {}, '2026-05-17T12:00:00+02:00');
      expect(after?.id).to.equal(before?.id);
      expect(after?.metrics['value']).to.equal(7);
    });

    it('only looks at values within the lookback', () => {
      expect(run(series([...steady, 7, 6, 7, 7]), { moodShiftLookbackDays: 1 })).to.deep.equal([]);
    });

    it('needs the template to know which items are tracked', () => {
      const flags = computeFlags(
        caseload({
          assignments: [moodAssignment],
          submissions: series([...steady, 7, 6, 7, 9]),
          definitions: [],
        }),
        NOW,
        quiet,
      );
      expect(ofKind(flags, 'mood-shift')).to.deep.equal([]);
    });
  });

  describe('non-engagement', () => {
    const daily = assignment('a-mood', MOOD, at(1, '08:00'));
    const doneOn = (days: number[]) =>
      days.map((day) =>
        submission(
          'a-mood',
          MOOD,
          at(day),
          { distress: 3 },
          { occurrenceId: `a-mood@2026-05-${String(day).padStart(2, '0')}T09:00` },
        ),
      );
    const run = (submissions: Submission[], options = {}, now = NOW) =>
      ofKind(
        computeFlags(caseload({ assignments: [daily], submissions }), now, { ...options }),
        'non-engagement',
      );

    it('flags three missed occurrences in a row, not two', () => {
      // Due 11, 12, 13 May have expired by now; 14 and 15 are still pending.
      const done = doneOn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const [flag, ...rest] = run(done);
      expect(rest).to.have.length(0);
      expect(flag).to.deep.include({
        id: `non-engagement:c-1:${done[9]?.id}`,
        severity: 'attention',
        reason: 'missed-in-a-row',
        raisedAt: '2026-05-15T00:00:00+02:00',
      });
      expect(flag?.metrics['missedInARow']).to.equal(3);
      expect(flag?.evidence.map((entry) => entry.occurrenceId ?? entry.role)).to.deep.equal([
        'last-completion',
        'a-mood@2026-05-11T09:00',
        'a-mood@2026-05-12T09:00',
        'a-mood@2026-05-13T09:00',
      ]);
      expect(run(doneOn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).to.deep.equal([]);
    });

    it('flags exactly N local days without a completion, not a second less', () => {
      const last = submission('a-mood', MOOD, '2026-05-08T12:00:00+02:00', { distress: 3 });
      const options = { nonEngagementMissedInARow: 1000 };
      const [flag] = run([last], options);
      expect(flag).to.deep.include({ reason: 'no-recent-completion', raisedAt: NOW });
      expect(flag?.metrics['daysWithoutCompletion']).to.equal(7);
      expect(run([last], options, '2026-05-15T11:59:59+02:00')).to.deep.equal([]);
    });

    it('expects nothing from a client without active assignments', () => {
      const paused = { ...daily, status: 'paused' as const };
      const flags = computeFlags(caseload({ assignments: [paused] }), NOW);
      expect(ofKind(flags, 'non-engagement')).to.deep.equal([]);
    });

    it('keeps the same id (and its acknowledgement) while the lapse goes on', () => {
      const done = doneOn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const [first] = run(done);
      const acknowledgements = [{ flagId: first?.id ?? '', acknowledgedAt: NOW }];
      const later = computeFlags(
        caseload({ assignments: [daily], submissions: done, acknowledgements }),
        '2026-05-18T12:00:00+02:00',
      );
      const [again] = ofKind(later, 'non-engagement');
      expect(again?.id).to.equal(first?.id);
      expect(again?.acknowledgedAt).to.equal(NOW);
      expect(again?.reason).to.equal('no-recent-completion');
      // Raised when the first limit was crossed, so it does not move either.
      expect(again?.raisedAt).to.equal(first?.raisedAt);
    });
  });

  describe('completion', () => {
    const exercise = assignment('a-values', VALUES, at(1, '08:00'), {
      schedule: { kind: 'once', due: '2026-05-10T09:00', timeZone: TZ },
    });

    it('raises one info flag per assignment for completions in the last 7 days', () => {
      const done = submission('a-values', VALUES, at(13), { why: 'family' });
      const [flag, ...rest] = ofKind(
        computeFlags(caseload({ assignments: [exercise], submissions: [done] }), NOW),
        'completion',
      );
      expect(rest).to.have.length(0);
      expect(flag).to.deep.include({
        id: `completion:c-1:a-values:${done.id}`,
        severity: 'info',
        reason: 'completed',
      });
      expect(flag?.metrics).to.deep.equal({ completions: 1 });
    });

    it('stays quiet about older completions and, by default, about check-ins', () => {
      const old = submission('a-values', VALUES, '2026-05-08T12:00:00+02:00', { why: 'x' });
      const checkIn = submission('a-mood', MOOD, at(14), { distress: 2 });
      const flags = computeFlags(
        caseload({ assignments: [exercise, assignment('a-mood', MOOD, at(1))], submissions: [old, checkIn] }),
        NOW,
      );
      expect(ofKind(flags, 'completion')).to.deep.equal([]);
      const boundary = submission('a-values', VALUES, '2026-05-08T12:00:01+02:00', { why: 'x' });
      expect(
        ofKind(
          computeFlags(caseload({ assignments: [exercise], submissions: [boundary] }), NOW),
          'completion',
        ),
      ).to.have.length(1);
    });
  });

  describe('overload', () => {
    const exerciseOn = (id: string, createdAt: string) =>
      assignment(id, VALUES, createdAt, {
        schedule: { kind: 'once', due: '2026-05-20T09:00', timeZone: TZ },
      });
    const run = (assignments: Assignment[]) =>
      ofKind(computeFlags(caseload({ assignments }), NOW, quiet), 'overload');

    it('flags a third new exercise within 7 days (limit 2), but not a second', () => {
      const three = [exerciseOn('x-1', at(12)), exerciseOn('x-2', at(13)), exerciseOn('x-3', at(14))];
      const [flag] = run(three);
      expect(flag).to.deep.include({
        id: 'overload:c-1:x-3',
        severity: 'attention',
        reason: 'too-many-new-exercises',
        raisedAt: at(14),
      });
      expect(flag?.metrics).to.deep.equal({ newExercises: 3, limit: 2 });
      expect(run(three.slice(0, 2))).to.deep.equal([]);
    });

    it('counts a rolling week: the first drops out exactly 7 days later', () => {
      const early = [exerciseOn('x-1', at(6)), exerciseOn('x-2', at(10))];
      expect(run([...early, exerciseOn('x-3', at(13))])).to.deep.equal([]);
      expect(run([...early, exerciseOn('x-3', at(13, '09:04'))])).to.have.length(1);
    });

    it('keeps its id when more exercises pile on, and ignores cancelled ones and check-ins', () => {
      const three = [exerciseOn('x-1', at(12)), exerciseOn('x-2', at(13)), exerciseOn('x-3', at(14))];
      expect(run([...three, exerciseOn('x-4', at(15, '08:00'))]).map((flag) => flag.id)).to.deep.equal([
        'overload:c-1:x-3',
      ]);
      expect(
        run([...three.slice(0, 2), { ...exerciseOn('x-3', at(14)), status: 'cancelled' }]),
      ).to.deep.equal([]);
      expect(run([...three.slice(0, 2), assignment('m-1', MOOD, at(14))])).to.deep.equal([]);
    });

    it('lets an overload older than a week rest', () => {
      expect(
        run([exerciseOn('x-1', at(1)), exerciseOn('x-2', at(2)), exerciseOn('x-3', at(3))]),
      ).to.deep.equal([]);
    });
  });

  describe('ids, acknowledgement and order', () => {
    const quizAssignment = assignment('a-quiz', QUIZ, at(1, '08:00'), {
      schedule: { kind: 'once', due: '2026-05-01T09:00', timeZone: TZ },
    });
    const moodAssignment = assignment('a-mood', MOOD, at(1, '08:00'));
    const submissions = [
      submission('a-quiz', QUIZ, at(2), { q1: 0, q2: 0, q3: 0 }),
      submission('a-quiz', QUIZ, at(12), { q1: 3, q2: 2, q3: 2 }),
      ...[3, 3, 3, 3, 8].map((distress, index) =>
        submission('a-mood', MOOD, at(9 + index), { distress, mood: 3 }),
      ),
      submission('a-mood', MOOD, at(13), { distress: 2 }, { clientId: 'c-2', assignmentId: 'b-mood' }),
    ];
    const input = caseload({
      assignments: [quizAssignment, moodAssignment, { ...moodAssignment, id: 'b-mood', clientId: 'c-2' }],
      submissions,
    });

    it('sorts by severity, then most recent first', () => {
      const flags = computeFlags(input, NOW);
      const order = flags.map((flag) => flag.severity);
      expect(order).to.deep.equal([...order].sort((a, b) => rank(a) - rank(b)));
      expect(flags[0]?.kind).to.equal('risk');
      for (let index = 1; index < flags.length; index += 1) {
        const [a, b] = [flags[index - 1] as Flag, flags[index] as Flag];
        if (a.severity === b.severity) expect(Date.parse(a.raisedAt)).to.be.at.least(Date.parse(b.raisedAt));
      }
      expect(new Set(flags.map((flag) => flag.id)).size).to.equal(flags.length);
    });

    it('gives the same ids when recomputed later, and carries acknowledgements made by now', () => {
      const first = computeFlags(input, NOW);
      const riskId = first.find((flag) => flag.kind === 'risk')?.id ?? '';
      const acknowledgements = [
        { flagId: riskId, acknowledgedAt: '2026-05-15T12:30:00+02:00' },
        { flagId: 'nothing:here', acknowledgedAt: '2026-05-15T12:30:00+02:00' },
      ];
      const later = computeFlags({ ...input, acknowledgements }, '2026-05-15T13:00:00+02:00');
      expect(later.map((flag) => flag.id)).to.include.members(
        first.filter((f) => f.kind !== 'completion').map((f) => f.id),
      );
      expect(later.find((flag) => flag.id === riskId)?.acknowledgedAt).to.equal('2026-05-15T12:30:00+02:00');
      expect(later.filter((flag) => flag.acknowledgedAt !== undefined)).to.have.length(1);
      // An acknowledgement from after `now` has not happened yet.
      const before = computeFlags({ ...input, acknowledgements }, NOW);
      expect(before.find((flag) => flag.id === riskId)?.acknowledgedAt).to.equal(undefined);
    });

    it('hides a snoozed flag until the snooze ends, never an urgent one, and an acknowledgement wins', () => {
      const first = computeFlags(input, NOW);
      const risk = first.find((flag) => flag.severity === 'urgent') as Flag;
      const shift = first.find((flag) => flag.kind === 'mood-shift') as Flag;
      expect(shift, 'a mood-shift flag to snooze').to.not.equal(undefined);
      const snooze = (flagId: string, acknowledgedAt: string, snoozedUntil: string) => ({
        flagId,
        acknowledgedAt,
        snoozedUntil,
      });
      const acknowledgements = [
        snooze(shift.id, '2026-05-15T12:10:00+02:00', '2026-05-18T00:00:00+02:00'),
        snooze(risk.id, '2026-05-15T12:10:00+02:00', '2026-05-18T00:00:00+02:00'),
      ];
      const during = computeFlags({ ...input, acknowledgements }, '2026-05-15T13:00:00+02:00');
      const find = (flags: Flag[], id: string) => flags.find((flag) => flag.id === id) as Flag;
      expect(find(during, shift.id).snoozedUntil).to.equal('2026-05-18T00:00:00+02:00');
      expect(find(during, shift.id).acknowledgedAt).to.equal(undefined);
      expect(find(during, risk.id).snoozedUntil, 'risk is never snoozed').to.equal(undefined);
      // Once the date comes, the flag is open again by itself.
      const after = computeFlags({ ...input, acknowledgements }, '2026-05-18T00:00:00+02:00');
      expect(find(after, shift.id).snoozedUntil).to.equal(undefined);
      // A later snooze replaces an earlier one; an acknowledgement, before or after, is final.
      const resnoozed = [
        ...acknowledgements,
        snooze(shift.id, '2026-05-15T12:20:00+02:00', '2026-05-16T00:00:00+02:00'),
      ];
      const sooner = computeFlags({ ...input, acknowledgements: resnoozed }, '2026-05-15T13:00:00+02:00');
      expect(find(sooner, shift.id).snoozedUntil).to.equal('2026-05-16T00:00:00+02:00');
      const acknowledged = computeFlags(
        {
          ...input,
          acknowledgements: [{ flagId: shift.id, acknowledgedAt: '2026-05-15T12:05:00+02:00' }, ...resnoozed],
        },
        '2026-05-15T13:00:00+02:00',
      );
      expect(find(acknowledged, shift.id).acknowledgedAt).to.equal('2026-05-15T12:05:00+02:00');
      expect(find(acknowledged, shift.id).snoozedUntil).to.equal(undefined);
      // A snooze made after `now` has not happened yet.
      expect(find(computeFlags({ ...input, acknowledgements }, NOW), shift.id).snoozedUntil).to.equal(
        undefined,
      );
      expect(parseFlag(find(during, shift.id)).snoozedUntil).to.equal('2026-05-18T00:00:00+02:00');
    });

    it('returns the same flags whatever the order of the input (property)', () => {
      const expected = computeFlags(input, NOW);
      fc.assert(
        fc.property(
          fc.shuffledSubarray(input.assignments as Assignment[], { minLength: input.assignments.length }),
          fc.shuffledSubarray(submissions, { minLength: submissions.length }),
          fc.shuffledSubarray(definitions, { minLength: definitions.length }),
          (assignments, shuffled, defs) => {
            expect(
              computeFlags({ ...input, assignments, submissions: shuffled, definitions: defs }, NOW),
            ).to.deep.equal(expected);
          },
        ),
        { numRuns: 50 },
      );
    });

    it('rejects a malformed now or an out-of-range option with a typed error', () => {
      expect(() => computeFlags(input, 'yesterday')).to.throw(ValidationError, 'now');
      expect(() => computeFlags(input, NOW, { nonEngagementDays: 0 })).to.throw(
        ValidationError,
        'nonEngagementDays',
      );
      expect(() => computeFlags(input, NOW, { moodShiftThreshold: 2 })).to.throw(ValidationError);
    });

    it('documents its defaults', () => {
      expect(DEFAULT_FLAG_OPTIONS).to.deep.include({
        moodShiftWindow: 4,
        moodShiftSpread: 1.6,
        moodShiftThreshold: 0.25,
        deteriorationBaselineSize: 3,
        nonEngagementDays: 7,
        nonEngagementMissedInARow: 3,
        overloadMaxNewExercises: 2,
      });
    });
  });
});

function rank(severity: string): number {
  return ['urgent', 'attention', 'info'].indexOf(severity);
}
