// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  FLAG_MESSAGES_EN,
  computeFlags,
  describeFlag,
  flagNames,
  parseCheckInTemplate,
  parseFlag,
  parseMeasureDefinition,
  type ActivityRef,
  type Flag,
  type Submission,
} from '@interlude/core';

const TZ = 'Europe/Berlin';
const NOW = '2026-05-15T12:00:00+02:00'; // a Friday
const CHECK_IN: ActivityRef = { kind: 'check-in', id: 'daily', version: '1.0.0' };
const SCALE: ActivityRef = { kind: 'measure', id: 'scale', version: '1.0.0' };

const daily = parseCheckInTemplate({
  ...CHECK_IN,
  title: { en: 'Daily check-in' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    {
      id: 'distress',
      kind: 'slider',
      prompt: { en: 'Distress?' },
      required: true,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'None' }, high: { en: 'Extreme' } },
      tracked: { direction: 'higher-is-worse', label: { en: 'Distress', de: 'Belastung' } },
    },
  ],
  feedback: { rules: [], default: { en: 'Thanks' } },
});

/** Nine items 0–3, the last a risk item; reliable change 6. */
const scale = parseMeasureDefinition({
  ...SCALE,
  title: { en: 'SCALE-9 (a test scale)' },
  modality: 'general',
  estimatedMinutes: 2,
  items: Array.from({ length: 9 }, (_, index) => ({
    id: `s${index + 1}`,
    text: { en: `Item ${index + 1}` },
    options: [0, 1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [{ id: 'all', min: 0, max: 27, label: { en: 'All' } }],
    missingItems: { kind: 'unscorable' },
    riskItems: [{ itemId: 's9', threshold: 1 }],
    reliableChange: { threshold: 6, source: 'Test' },
  },
  source: { citation: 'Test' },
  licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
});
const definitions = [daily, scale];

let next = 1;
function submission(activity: ActivityRef, day: number, answers: Submission['answers']): Submission {
  const submittedAt = `2026-05-${String(day).padStart(2, '0')}T09:05:00+02:00`;
  return {
    id: `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`,
    assignmentId: `a-${activity.id}`,
    clientId: 'c-1',
    activity,
    answers,
    startedAt: submittedAt,
    submittedAt,
    timeZone: TZ,
    status: 'completed',
  };
}
const distress = (values: readonly number[], firstDay = 1) =>
  values.map((value, index) => submission(CHECK_IN, firstDay + index, { distress: value }));
const scored = (day: number, total: number, risk = 0) =>
  submission(
    SCALE,
    day,
    Object.fromEntries(
      scale.items.map((item, index) => [
        item.id,
        index === 8 ? risk : Math.max(0, Math.min(3, total - 3 * index)),
      ]),
    ),
  );
const quiet = { nonEngagementDays: 10_000, nonEngagementMissedInARow: 10_000, completionKinds: [] };
const flagsOf = (submissions: Submission[]): Flag[] =>
  computeFlags({ assignments: [], submissions, scores: [], definitions }, NOW, quiet);
const describe_ = (flag: Flag | undefined, locale = 'en') => {
  expect(flag).not.to.equal(undefined);
  return describeFlag(flag as Flag, { locale, timeZone: TZ, definitions });
};
const steady = [3, 2, 3, 4, 3, 2, 3, 4, 3, 3];

describe('describeFlag', () => {
  it('says what moved, on which days, against the usual range', () => {
    const [flag] = flagsOf(distress([...steady, 7, 6, 7, 7]));
    expect(describe_(flag)).to.equal('Distress 7, 6, 7, 7 on Mon–Thu; usual range 2–4.');
  });

  it('names a single severe value, and says when there is no usual range yet', () => {
    expect(describe_(flagsOf(distress([...steady, 3, 3, 3, 9]))[0])).to.equal(
      'Distress 9 on Thu, at the severe end of the scale; usual range 2–4.',
    );
    expect(describe_(flagsOf(distress([3, 3, 9], 12))[0])).to.equal(
      'Distress 9 on Thu, at the severe end of the scale; not enough check-ins yet for a usual range.',
    );
    expect(describe_(flagsOf(distress([...steady, 0, 0, 0, 0]))[0])).to.equal(
      'Distress 0, 0, 0, 0 on Mon–Thu, better than usual; usual range 2–4.',
    );
  });

  it('gives the scores, the baseline and the reliable-change threshold for a deterioration', () => {
    const [flag] = flagsOf([scored(1, 5), scored(2, 7), scored(3, 6), scored(11, 12), scored(12, 13)]);
    expect(describe_(flag)).to.equal(
      'SCALE-9 12 and 13 (Mon, May 11; Tue, May 12), up from a baseline of 6 (mean of the first 3 scores); a change of 4.9 or more is reliable.',
    );
  });

  it('names a risk item by its number', () => {
    const risk = flagsOf([scored(12, 4, 2)]).find((flag) => flag.kind === 'risk');
    expect(describe_(risk)).to.equal(
      'SCALE-9 item 9 answered 2 on Tue, May 12: follow up as your risk protocol says.',
    );
    expect(describeFlag(risk as Flag, { locale: 'en', timeZone: TZ })).to.include('scale item s9 answered 2');
  });

  it('words the other reasons from their metrics', () => {
    const base = {
      id: 'x',
      severity: 'attention',
      clientId: 'c-1',
      raisedAt: '2026-05-12T09:00:00+02:00',
      metrics: {},
      evidence: [],
    };
    const say = (flag: object) =>
      describeFlag(parseFlag({ ...base, ...flag }), { locale: 'en', timeZone: TZ, definitions });
    expect(
      say({
        kind: 'non-engagement',
        reason: 'no-recent-completion',
        metrics: { daysWithoutCompletion: 9 },
        evidence: [{ role: 'last-completion', at: '2026-05-03T09:05:00+02:00', activity: CHECK_IN }],
      }),
    ).to.equal('Nothing completed for 9 days; last: Daily check-in on Sun, May 3.');
    expect(
      say({
        kind: 'non-engagement',
        reason: 'missed-in-a-row',
        metrics: { missedInARow: 3 },
        evidence: [{ role: 'missed-occurrence', at: '2026-05-13T09:00:00+02:00' }],
      }),
    ).to.equal('3 due items missed in a row, the latest on Wed, May 13.');
    expect(
      say({
        kind: 'completion',
        severity: 'info',
        reason: 'completed',
        activity: SCALE,
        metrics: { completions: 2 },
      }),
    ).to.equal('SCALE-9 completed 2 times, the latest on Tue, May 12.');
    expect(
      say({ kind: 'overload', reason: 'too-many-new-exercises', metrics: { newExercises: 4, limit: 2 } }),
    ).to.equal('4 new exercises within 7 days; the suggested limit is 2.');
  });

  it("formats in the reader's locale and takes the caller's messages", () => {
    const [flag] = flagsOf(distress([...steady, 7, 6, 7, 7]));
    const german = {
      ...FLAG_MESSAGES_EN,
      shift: (p: {
        label: string;
        values: readonly string[];
        days: string;
        usual: { low: string; high: string } | null;
      }) =>
        `${p.label} ${p.values.join(', ')} am ${p.days}; üblich ${p.usual?.low ?? '?'}–${p.usual?.high ?? '?'}.`,
    };
    // Short weekday names differ between ICU versions ("Mo" or "Mo."), so ask Intl for them.
    const weekday = (day: number) =>
      new Intl.DateTimeFormat('de', { weekday: 'short', timeZone: TZ }).format(
        Date.parse(`2026-05-${day}T12:00:00Z`),
      );
    expect(
      describeFlag(flag as Flag, { locale: 'de', timeZone: TZ, definitions, messages: german }),
    ).to.equal(`Belastung 7, 6, 7, 7 am ${weekday(11)}–${weekday(14)}; üblich 2–4.`);
    expect(flagNames(flag as Flag, definitions, 'de')).to.deep.equal({
      title: 'Daily check-in',
      itemLabel: 'Belastung',
    });
  });
});
