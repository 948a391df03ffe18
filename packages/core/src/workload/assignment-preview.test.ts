// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  CHECK_IN_LIMIT_SECONDS,
  DEFAULT_WORKLOAD_LIMITS,
  ValidationError,
  computeFlags,
  parseCheckInTemplate,
  parseExerciseDefinition,
  previewAssignment,
  type ActivityDefinition,
  type Assignment,
} from '@interlude/core';

const TZ = 'Europe/Berlin';
const NOW = '2026-05-13T10:00:00+02:00'; // a Wednesday

const exercise = (id: string, minutes: number) =>
  parseExerciseDefinition({
    kind: 'exercise',
    id,
    version: '1.0.0',
    title: { en: id },
    modality: 'act',
    estimatedMinutes: minutes,
    steps: [{ id: 's1', kind: 'text', body: { en: 'Read this.' } }],
  });

const longCheckIn = parseCheckInTemplate({
  kind: 'check-in',
  id: 'long',
  version: '1.0.0',
  title: { en: 'Long check-in' },
  modality: 'general',
  estimatedMinutes: 3,
  items: Array.from({ length: 5 }, (_, index) => ({
    id: `t${index}`,
    kind: 'short-text',
    prompt: { en: `Write about ${index}` },
    required: false,
    maxLength: 200,
  })),
  feedback: { rules: [], default: { en: 'Thanks' } },
});

const definitions: ActivityDefinition[] = [
  exercise('values', 10),
  exercise('defusion', 15),
  exercise('big', 40),
  longCheckIn,
];

function assign(
  id: string,
  activityId: string,
  createdAt: string,
  extra: Partial<Assignment> = {},
): Assignment {
  const kind = activityId === 'long' ? 'check-in' : 'exercise';
  return {
    id,
    clientId: 'c-1',
    clinicianId: 't-1',
    activity: { kind, id: activityId, version: '1.0.0' },
    schedule: {
      kind: 'repeat',
      timeZone: TZ,
      repeat: {
        periodUnit: 'wk',
        dayOfWeek: ['mon', 'thu'],
        timeOfDay: ['18:00'],
        boundsPeriod: { start: '2026-05-13' },
      },
    },
    status: 'active',
    createdAt,
    ...extra,
  };
}

const overload = (warning: { code: string }) => warning.code === 'too-many-new-exercises';

describe('previewAssignment', () => {
  it('lists the next two weeks of occurrences and the weeks they fall in, with no warning when light', () => {
    const preview = previewAssignment({
      assignment: assign('a-new', 'values', NOW),
      assignments: [],
      definitions,
      now: NOW,
    });
    expect(preview.occurrences.map((o) => o.localDate)).to.deep.equal([
      '2026-05-14',
      '2026-05-18',
      '2026-05-21',
      '2026-05-25',
    ]);
    expect(preview.weeks.map((w) => w.weekStart)).to.deep.equal(['2026-05-11', '2026-05-18', '2026-05-25']);
    expect(preview.weeks[1]).to.deep.equal({ weekStart: '2026-05-18', minutes: 20, newMinutes: 20 });
    expect(preview.warnings).to.deep.equal([]);
    expect(preview.newExercises).to.equal(1);
    expect(preview.limits).to.deep.equal(DEFAULT_WORKLOAD_LIMITS);
  });

  it('warns exactly when saving would raise the overload flag', () => {
    const others = [
      assign('a-1', 'values', '2026-05-11T09:00:00+02:00'),
      assign('a-2', 'defusion', '2026-05-12T09:00:00+02:00'),
    ];
    const third = assign('a-3', 'values', NOW);
    const preview = previewAssignment({ assignment: third, assignments: others, definitions, now: NOW });
    expect(preview.warnings).to.deep.include({ code: 'too-many-new-exercises', count: 3, limit: 2 });
    const flags = computeFlags({ assignments: [...others, third], submissions: [], scores: [] }, NOW, {
      nonEngagementDays: 10_000,
      nonEngagementMissedInARow: 10_000,
    });
    expect(flags.map((flag) => flag.kind)).to.include('overload');
    // Two in the week is fine; a week-old one no longer counts.
    expect(
      previewAssignment({
        assignment: third,
        assignments: others.slice(1),
        definitions,
        now: NOW,
      }).warnings.filter(overload),
    ).to.deep.equal([]);
    const old = [assign('a-0', 'values', '2026-05-01T09:00:00+02:00'), others[1] as Assignment];
    expect(
      previewAssignment({ assignment: third, assignments: old, definitions, now: NOW }).warnings.filter(
        overload,
      ),
    ).to.deep.equal([]);
    // Other clients' and cancelled assignments do not count.
    const theirs = others.map((other) => ({ ...other, clientId: 'c-2' }));
    const cancelled = others.map((other) => ({ ...other, status: 'cancelled' as const }));
    expect(
      previewAssignment({ assignment: third, assignments: theirs, definitions, now: NOW }).warnings.filter(
        overload,
      ),
    ).to.deep.equal([]);
    expect(
      previewAssignment({ assignment: third, assignments: cancelled, definitions, now: NOW }).warnings.filter(
        overload,
      ),
    ).to.deep.equal([]);
    // A configured limit.
    expect(
      previewAssignment({
        assignment: third,
        assignments: [],
        definitions,
        now: NOW,
        limits: { maxNewExercisesPerWeek: 0 },
      }).warnings,
    ).to.deep.include({ code: 'too-many-new-exercises', count: 1, limit: 0 });
  });

  it('warns when a week would hold more minutes than the limit, naming the week', () => {
    const big = assign('a-big', 'big', NOW); // 2 × 40 min a week
    const preview = previewAssignment({ assignment: big, assignments: [], definitions, now: NOW });
    expect(preview.warnings).to.deep.equal([
      { code: 'too-many-minutes', weekStart: '2026-05-18', minutes: 80, limit: 60 },
    ]);
    // The existing load counts too, only active work, and the limit is configurable.
    const paused = assign('a-old', 'big', '2026-05-01T09:00:00+02:00', { status: 'paused' });
    const light = assign('a-light', 'values', NOW);
    expect(
      previewAssignment({ assignment: light, assignments: [paused], definitions, now: NOW }).warnings,
    ).to.deep.equal([]);
    expect(
      previewAssignment({
        assignment: light,
        assignments: [],
        definitions,
        now: NOW,
        limits: { maxMinutesPerWeek: 15 },
      }).warnings,
    ).to.deep.equal([{ code: 'too-many-minutes', weekStart: '2026-05-18', minutes: 20, limit: 15 }]);
  });

  it("warns about a check-in past 90 seconds with the template's estimate", () => {
    const preview = previewAssignment({
      assignment: assign('a-ci', 'long', NOW),
      assignments: [],
      definitions,
      now: NOW,
    });
    const warning = preview.warnings.find((found) => found.code === 'check-in-too-long');
    expect(warning).to.deep.include({ code: 'check-in-too-long', limitSeconds: CHECK_IN_LIMIT_SECONDS });
    expect(warning && 'estimatedSeconds' in warning ? warning.estimatedSeconds : 0).to.be.above(
      CHECK_IN_LIMIT_SECONDS,
    );
  });

  it('rejects a malformed now, days or limit with a typed error', () => {
    const assignment = assign('a-new', 'values', NOW);
    expect(() => previewAssignment({ assignment, assignments: [], definitions, now: 'soon' })).to.throw(
      ValidationError,
      'now',
    );
    expect(() => previewAssignment({ assignment, assignments: [], definitions, now: NOW, days: 0 })).to.throw(
      ValidationError,
    );
    expect(() =>
      previewAssignment({
        assignment,
        assignments: [],
        definitions,
        now: NOW,
        limits: { maxMinutesPerWeek: -1 },
      }),
    ).to.throw(ValidationError, 'maxMinutesPerWeek');
  });
});
