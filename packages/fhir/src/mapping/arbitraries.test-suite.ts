// fast-check generators of valid Interlude records, shared by the round-trip and validation tests.
import {
  ACTIVITY_KINDS,
  AssignmentSchema,
  EVIDENCE_ROLES,
  FLAG_KINDS,
  FLAG_REASONS,
  FLAG_SEVERITIES,
  FlagSchema,
  ScoreSchema,
  SubmissionSchema,
  safeParse,
  type Assignment,
  type Flag,
  type Score,
  type Submission,
} from '@interlude/core';
import fc from 'fast-check';

export const recordId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/);
export const itemId = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/);
export const flagRuleId = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/);
const timeZone = fc.constantFrom(
  'Europe/Berlin',
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
);
const epoch = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
export const instant = epoch.map((ms) => new Date(ms).toISOString());
const localDate = epoch.map((ms) => new Date(ms).toISOString().slice(0, 10));
const localTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Finite numbers without -0 (JSON cannot carry it). */
export const finite = fc.oneof(
  fc.integer(),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value)),
);
const definitionId = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-.][a-z0-9]{1,5}){0,2}$/);
const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join('.'));
export const activityRef = fc.record({ kind: fc.constantFrom(...ACTIVITY_KINDS), id: definitionId, version });

const windowShape = {
  timeZone,
  windowMinutes: fc.integer({ min: 1, max: 600 }),
  expireAfterMinutes: fc.integer({ min: 600, max: 5000 }),
};
const once = fc.record(
  {
    kind: fc.constant('once'),
    due: fc.tuple(localDate, localTime).map(([d, t]) => `${d}T${t}`),
    ...windowShape,
  },
  { requiredKeys: ['kind', 'due', 'timeZone'] },
);
const repeat = fc.record(
  {
    kind: fc.constant('repeat'),
    ...windowShape,
    repeat: fc.record(
      {
        period: fc.integer({ min: 1, max: 4 }),
        periodUnit: fc.constantFrom('d', 'wk'),
        dayOfWeek: fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), {
          minLength: 1,
          maxLength: 7,
        }),
        timeOfDay: fc.uniqueArray(localTime, { minLength: 1, maxLength: 3 }),
        boundsPeriod: fc
          .tuple(localDate, fc.option(localDate, { nil: undefined }))
          .map(([start, end]) =>
            end === undefined ? { start } : start <= end ? { start, end } : { start: end, end: start },
          ),
        count: fc.integer({ min: 1, max: 500 }),
      },
      { requiredKeys: ['periodUnit', 'boundsPeriod'] },
    ),
  },
  { requiredKeys: ['kind', 'timeZone', 'repeat'] },
);

export const assignment: fc.Arbitrary<Assignment> = fc
  .record(
    {
      id: recordId,
      clientId: recordId,
      clinicianId: recordId,
      activity: activityRef,
      schedule: fc.oneof(once, repeat),
      note: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('', '  ', 'Line one\nline two')),
      status: fc.constantFrom('active', 'paused', 'completed', 'cancelled'),
      suggestedOrder: fc.nat(20),
      createdAt: instant,
      statusChangedAt: instant,
    },
    { requiredKeys: ['id', 'clientId', 'clinicianId', 'activity', 'schedule', 'status', 'createdAt'] },
  )
  .filter((candidate) => safeParse(AssignmentSchema, candidate, 'assignment').ok) as fc.Arbitrary<Assignment>;

const answerKey = fc.oneof(
  itemId,
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom(' ', 'a/b', '\u0001'),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', '\t', 'tab\there', 'nul\u0000', 'ünïcödé ✓'),
);
const primitive = fc.oneof(finite, text, fc.boolean(), fc.constant(null));
const list = fc.array(text, { maxLength: 4 });
const answerValue = fc.oneof(
  primitive,
  list,
  fc.dictionary(answerKey, fc.oneof(primitive, list), { maxKeys: 3 }),
);

export const submission: fc.Arbitrary<Submission> = fc
  .record(
    {
      id: fc.uuid({ version: 4 }),
      assignmentId: recordId,
      occurrenceId: recordId.map((id) => `${id}@2026-03-29T09:00`),
      clientId: recordId,
      activity: activityRef,
      answers: fc.dictionary(answerKey, answerValue, { maxKeys: 6 }),
      startedAt: epoch,
      elapsed: fc.integer({ min: 0, max: 3_600_000 }),
      timeZone,
      status: fc.constantFrom('completed', 'abandoned'),
      durationSeconds: fc.oneof(fc.nat(3600), fc.double({ min: 0, max: 3600, noNaN: true })),
    },
    {
      requiredKeys: [
        'id',
        'assignmentId',
        'clientId',
        'activity',
        'answers',
        'startedAt',
        'elapsed',
        'timeZone',
        'status',
      ],
    },
  )
  .map(({ startedAt, elapsed, ...rest }) => ({
    ...rest,
    startedAt: new Date(startedAt).toISOString(),
    submittedAt: new Date(startedAt + elapsed).toISOString(),
  }))
  .filter((candidate) => safeParse(SubmissionSchema, candidate, 'submission').ok) as fc.Arbitrary<Submission>;

export const score: fc.Arbitrary<Score> = fc
  .record(
    {
      measure: fc.record({ id: definitionId, version }),
      unscorable: fc.boolean(),
      total: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
      band: itemId,
      prorated: fc.boolean(),
      missingItemIds: fc.array(itemId, { maxLength: 3 }),
      riskItemIds: fc.array(itemId, { maxLength: 2 }),
      unansweredRiskItemIds: fc.array(itemId, { maxLength: 2 }),
      percentage: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      flags: fc.dictionary(flagRuleId, fc.boolean(), { maxKeys: 3 }),
    },
    {
      requiredKeys: [
        'measure',
        'unscorable',
        'total',
        'band',
        'prorated',
        'missingItemIds',
        'riskItemIds',
        'unansweredRiskItemIds',
        'flags',
      ],
    },
  )
  .map(({ unscorable, percentage, ...rest }) => {
    const base = unscorable
      ? { ...rest, total: null, band: null, prorated: false, unscorableReason: 'too-many-missing-items' }
      : { ...rest, unscorableReason: null };
    return percentage === undefined ? base : { ...base, percentage: unscorable ? null : percentage };
  })
  .filter((candidate) => safeParse(ScoreSchema, candidate, 'score').ok) as fc.Arbitrary<Score>;

const evidence = fc.record(
  {
    role: fc.constantFrom(...EVIDENCE_ROLES),
    at: instant,
    value: fc.option(finite, { nil: null }),
    submissionId: fc.uuid({ version: 4 }),
    assignmentId: recordId,
    occurrenceId: recordId,
    activity: activityRef,
    itemId,
  },
  { requiredKeys: ['role', 'at'] },
);

export const flag: fc.Arbitrary<Flag> = fc
  .record(
    {
      id: recordId,
      kind: fc.constantFrom(...FLAG_KINDS),
      severity: fc.constantFrom(...FLAG_SEVERITIES),
      reason: fc.constantFrom(...FLAG_REASONS),
      clientId: recordId,
      raisedAt: instant,
      acknowledgedAt: instant,
      activity: activityRef,
      itemId,
      metrics: fc.dictionary(flagRuleId, fc.option(finite, { nil: null }), { maxKeys: 3 }),
      evidence: fc.array(evidence, { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'kind', 'severity', 'reason', 'clientId', 'raisedAt', 'metrics', 'evidence'] },
  )
  .filter((candidate) => safeParse(FlagSchema, candidate, 'flag').ok) as fc.Arbitrary<Flag>;
