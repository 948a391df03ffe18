// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// flagHistoryWindow + clientsNeedingHistory: the flags over what a store reads that way equal
// computeFlags over the whole history, on simulated caseloads with short series, clients who
// stopped long ago, other time zones and other options.
import { expect } from 'chai';
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import {
  DEFAULT_FLAG_OPTIONS,
  clientsNeedingHistory,
  computeFlags,
  flagHistoryWindow,
  ValidationError,
  type Caseload,
  parseCheckInTemplate,
  type Assignment,
  type FlagOptions,
  type Submission,
} from '@interlude/core';
import { seededRandom, simulateCaseload } from '@interlude/core/testing';

const checkIn = getCheckInTemplate('daily-mood');
const phq9 = getMeasure('phq-9');
const gad7 = getMeasure('gad-7');
if (checkIn === undefined || phq9 === undefined || gad7 === undefined) throw new Error('content is missing');

/** What a store reads: the window's part, plus (at random) some older submissions: more do no harm. */
function windowPart(
  submissions: readonly Submission[],
  now: string,
  options: FlagOptions | undefined,
  extra: () => boolean,
): Submission[] {
  const { wholeKinds, since } = flagHistoryWindow(now, options);
  const sinceMs = Date.parse(since);
  return submissions.filter(
    (submission) =>
      wholeKinds.includes(submission.activity.kind) ||
      Date.parse(submission.submittedAt) >= sinceMs ||
      extra(),
  );
}

/** The flags over the window's part with the named clients' whole histories added. */
function flagsFromWindow(caseload: Caseload, now: string, options: FlagOptions | undefined, seed: number) {
  const random = seededRandom(seed);
  const part = windowPart(caseload.submissions, now, options, () => random.next() < 0.05);
  const needing = clientsNeedingHistory(
    { ...caseload, submissions: part },
    flagHistoryWindow(now, options),
    now,
    options,
  );
  const added = new Set(needing);
  const submissions = [
    ...part.filter((submission) => !added.has(submission.clientId)),
    ...caseload.submissions.filter((submission) => added.has(submission.clientId)),
  ];
  return {
    needing,
    part,
    flags: computeFlags({ ...caseload, submissions }, now, options),
  };
}

interface Case {
  seed: number;
  timeZone: string;
  checkInAdherence: readonly [number, number];
  options?: FlagOptions;
}

const CASES: readonly Case[] = [
  { seed: 1, timeZone: 'Europe/Berlin', checkInAdherence: [0.85, 0.98] },
  // every other day or less: many series shorter than the window holds
  { seed: 2, timeZone: 'America/New_York', checkInAdherence: [0.2, 0.6] },
  { seed: 3, timeZone: 'Pacific/Kiritimati', checkInAdherence: [0.3, 0.9] },
  { seed: 4, timeZone: 'Pacific/Pago_Pago', checkInAdherence: [0.4, 0.95] },
  {
    seed: 5,
    timeZone: 'Australia/Lord_Howe',
    checkInAdherence: [0.5, 0.9],
    options: { moodShiftBaselineSize: 60 },
  },
  // Almost every value qualifies: episodes start far back, and baselines reach the whole count.
  {
    seed: 7,
    timeZone: 'Europe/Berlin',
    checkInAdherence: [0.5, 1],
    options: { moodShiftSpread: 0, moodShiftThreshold: 0.05, moodShiftWindow: 1 },
  },
  {
    seed: 6,
    timeZone: 'Asia/Kathmandu',
    checkInAdherence: [0.6, 1],
    options: {
      moodShiftBaselineSize: 7,
      moodShiftWindow: 2,
      nonEngagementLookbackDays: 90,
      completionLookbackDays: 30,
    },
  },
];

describe('flagHistoryWindow and clientsNeedingHistory', () => {
  it('give the same flags as the whole history', function () {
    (this as { timeout?: (ms: number) => void }).timeout?.(120_000);
    let named = 0;
    let notNamed = 0;
    let differedWithout = 0;
    let smaller = 0;
    for (const { seed, timeZone, checkInAdherence, options } of CASES) {
      const simulation = simulateCaseload({
        checkIn,
        phq9,
        gad7,
        seed,
        timeZone,
        checkInAdherence,
        stableClients: 8,
        eventsPerKind: 2,
        days: 240,
      });
      const random = seededRandom(seed * 7);
      // Some clients stopped long ago (only old data), some stopped checking in but do measures.
      const stoppedAt = simulation.reviews[4] as string;
      const stopped = new Set(
        simulation.clients.filter(() => random.next() < 0.25).map((client) => client.clientId),
      );
      const quietCheckIns = new Set(
        simulation.clients.filter(() => random.next() < 0.2).map((client) => client.clientId),
      );
      const submissions = simulation.caseload.submissions.filter(
        (submission) =>
          !(stopped.has(submission.clientId) && submission.submittedAt > stoppedAt) &&
          !(
            quietCheckIns.has(submission.clientId) &&
            submission.activity.kind === 'check-in' &&
            random.next() < 0.8
          ),
      );
      const caseload = { ...simulation.caseload, submissions };
      for (const now of simulation.reviews.slice(-12)) {
        const whole = computeFlags(caseload, now, options);
        const { flags, needing, part } = flagsFromWindow(caseload, now, options, seed);
        expect(JSON.stringify(flags), `${timeZone} at ${now}`).to.equal(JSON.stringify(whole));
        if (part.length < caseload.submissions.length) smaller += 1;
        named += needing.length;
        notNamed +=
          new Set(caseload.assignments.map((assignment) => assignment.clientId)).size - needing.length;
        // The check has teeth: without the named histories the flags are not always the same.
        const without = computeFlags({ ...caseload, submissions: part }, now, options);
        if (JSON.stringify(without) !== JSON.stringify(whole)) differedWithout += 1;
      }
    }
    expect(named).to.be.above(0);
    expect(notNamed).to.be.above(named);
    expect(differedWithout).to.be.above(0);
    // A 60-value baseline reaches back past the simulated span: every other case reads less.
    expect(smaller).to.be.at.least(12 * (CASES.length - 1));
  });

  it('name a client with nothing in the window, and read measures whole', () => {
    const simulation = simulateCaseload({
      checkIn,
      phq9,
      gad7,
      stableClients: 2,
      eventsPerKind: 0,
      days: 240,
    });
    const now = simulation.reviews[simulation.reviews.length - 1] as string;
    const window = flagHistoryWindow(now);
    expect(window.wholeKinds).to.deep.equal(['measure']);
    expect(Date.parse(now) - Date.parse(window.since)).to.equal(126 * 86_400_000);
    const [kept, gone] = simulation.clients.map((client) => client.clientId) as [string, string];
    const submissions = simulation.caseload.submissions.filter(
      (submission) =>
        submission.clientId === kept || Date.parse(submission.submittedAt) < Date.parse(window.since),
    );
    const needing = clientsNeedingHistory({ ...simulation.caseload, submissions }, window, now);
    expect(needing).to.deep.equal([gone]);
  });

  it('name a client whose series holds one value fewer than a baseline may need', () => {
    // A level that rises every day: every value with a baseline is worse than it, so the
    // episode runs back to the oldest value the rule takes, and its id names that value's
    // successor: one value more or less before the lookback changes the flag.
    const template = parseCheckInTemplate({
      kind: 'check-in',
      id: 'level',
      version: '1.0.0',
      title: { en: 'Level' },
      modality: 'general',
      estimatedMinutes: 1,
      items: [
        {
          id: 'level',
          kind: 'slider',
          prompt: { en: 'Level?' },
          required: false,
          min: 0,
          max: 1000,
          step: 1,
          anchors: { low: { en: 'Low' }, high: { en: 'High' } },
          tracked: { direction: 'higher-is-worse', label: { en: 'Level' } },
        },
      ],
      feedback: { rules: [], default: { en: 'Thanks' } },
    });
    const activity = { kind: 'check-in', id: 'level', version: '1.0.0' } as const;
    const now = '2026-09-01T12:00:00Z';
    const day = (offset: number) => new Date(Date.parse(now) + offset * 86_400_000).toISOString();
    const assignment: Assignment = {
      id: 'a-level',
      clientId: 'c-1',
      clinicianId: 't-1',
      activity,
      schedule: {
        kind: 'repeat',
        timeZone: 'UTC',
        repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2025-07-01' } },
      },
      status: 'active',
      createdAt: day(-400),
    };
    // Any rise counts (a floor of 1 % of the scale, no personal spread).
    const options = { moodShiftThreshold: 0.01, moodShiftSpread: 0 };
    const window = flagHistoryWindow(now, options);
    const reach = 2 * DEFAULT_FLAG_OPTIONS.moodShiftBaselineSize + DEFAULT_FLAG_OPTIONS.moodShiftWindow - 1;
    const series = (inWindow: number) => {
      // Daily before the window, `inWindow` values between it and the lookback, daily inside.
      const offsets = [
        ...Array.from({ length: 60 }, (_, index) => -190 + index),
        ...Array.from({ length: inWindow }, (_, index) => -120 + index),
        -5,
        -4,
        -3,
        -2,
        -1,
      ];
      return offsets.map((offset, index): Submission => ({
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        assignmentId: 'a-level',
        clientId: 'c-1',
        activity,
        answers: { level: index * 5 },
        startedAt: day(offset),
        submittedAt: day(offset),
        timeZone: 'UTC',
        status: 'completed',
      }));
    };
    const inWindow = (submissions: readonly Submission[]) =>
      submissions.filter((submission) => submission.submittedAt >= window.since);
    for (const [count, named] of [
      [reach - 1, ['c-1']],
      [reach, []],
    ] as const) {
      const submissions = series(count);
      const caseload = { assignments: [assignment], submissions, scores: [], definitions: [template] };
      const part = { ...caseload, submissions: inWindow(submissions) };
      expect(clientsNeedingHistory(part, window, now, options), `${count} values`).to.deep.equal(named);
      const whole = computeFlags(caseload, now, options);
      expect(whole.some((flag) => flag.kind === 'mood-shift')).to.equal(true);
      if (named.length === 0) expect(computeFlags(part, now, options)).to.deep.equal(whole);
      else expect(computeFlags(part, now, options)).not.to.deep.equal(whole);
    }
  });

  it('validate now, since and options', () => {
    const caseload = { assignments: [], submissions: [], scores: [] };
    expect(() => flagHistoryWindow('yesterday')).to.throw(ValidationError);
    expect(() => flagHistoryWindow('2026-03-30T08:00:00Z', { moodShiftWindow: 0 })).to.throw(ValidationError);
    expect(() =>
      clientsNeedingHistory(caseload, { wholeKinds: [], since: 'then' }, '2026-03-30T08:00:00Z'),
    ).to.throw(ValidationError);
  });
});
