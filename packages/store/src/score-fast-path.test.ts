import { expect } from '@open-wc/testing';
import { safeParse } from '@interlude/core';
import { ODD_VALUES, compareWithSchema, mutate, schemaFingerprint } from './fast-path.test-suite.js';
import { StoredScoreSchema, scoreId, type StoredScore } from './repository.js';
import { acceptStoredScore } from './score-fast-path.js';
import { seededRandom as prng } from './sync/memory-transport.js';

/**
 * `StoredScoreSchema` as the shortcut was written against. When this fails, the schema changed:
 * check every test in score-fast-path.ts against it (the shortcut must accept only what the
 * schema accepts, with the same output), then put the new fingerprint here.
 */
const SCHEMA_FINGERPRINT = '42660133c67db56a76042e8b0df8aef4300c0e778f778974a1f5387ba5e2ec9b';

/** A valid stored score: scored or unscorable, with or without a percentage and flags. */
function base(random: () => number, index: number): Record<string, unknown> {
  const submissionId = `0000000${index % 10}-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const unscorable = random() < 0.2;
  const score: Record<string, unknown> = {
    id: scoreId(submissionId),
    submissionId,
    measure: { id: random() < 0.5 ? 'phq-9' : 'who-5', version: '1.0.0' },
    total: unscorable ? null : Math.floor(random() * 27) + (random() < 0.2 ? 0.5 : 0),
    band: unscorable ? null : random() < 0.5 ? 'mild' : 'moderately-severe',
    prorated: !unscorable && random() < 0.3,
    unscorableReason: unscorable ? 'too-many-missing-items' : null,
    missingItemIds: random() < 0.3 ? ['phq9-2', 'phq9-5'] : [],
    riskItemIds: random() < 0.2 ? ['phq9-9'] : [],
    unansweredRiskItemIds: random() < 0.1 ? ['phq9-9'] : [],
    flags: random() < 0.4 ? { likelyDepression: random() < 0.5, anyItemAnsweredZeroOrOne: false } : {},
  };
  if (random() < 0.3) {
    // Placed where a stored record has it: before `flags`.
    const { flags, ...rest } = score;
    return { ...rest, percentage: unscorable ? null : Math.floor(random() * 100), flags };
  }
  if (random() < 0.2) return Object.fromEntries(Object.entries(score).reverse());
  return score;
}

const sparse: string[] = [];
sparse[1] = 'phq9-9';
/** Values only a score's fields would take, besides the shared odd ones. */
const SCORE_VALUES: readonly unknown[] = [
  { id: 'phq-9', version: '1.0.0' },
  { id: 'phq-9', version: '1.0.0', extra: 1 },
  { id: 'PHQ-9', version: '1.0.0' },
  { id: 'phq-9' },
  ['phq9-9'],
  ['phq9-9', 1],
  [null],
  sparse,
  { likelyDepression: true },
  { likelyDepression: 1 },
  'too-many-missing-items',
  'mild',
  'score:',
  'score:00000001-0000-4000-8000-000000000001',
  12,
  -0,
  0.5,
  false,
];

const FIELDS = [
  'id',
  'submissionId',
  'measure',
  'total',
  'band',
  'prorated',
  'unscorableReason',
  'missingItemIds',
  'riskItemIds',
  'unansweredRiskItemIds',
  'percentage',
  'flags',
  'extra',
];

describe('acceptStoredScore (the stored score shortcut)', () => {
  it('was written against the schema as it is (look at it again when this fails)', async () => {
    expect(await schemaFingerprint(StoredScoreSchema)).to.equal(SCHEMA_FINGERPRINT);
  });

  it('gives exactly the schema output for the usual shapes, fields in the same order', () => {
    const random = prng(7);
    for (let index = 0; index < 500; index += 1) {
      const value = base(random, index);
      const parsed = safeParse(StoredScoreSchema, value, 'stored score');
      expect(parsed.ok, `case ${index}`).to.equal(true);
      const fast = acceptStoredScore(value);
      expect(fast, `case ${index}`).to.not.equal(undefined);
      expect(JSON.stringify(fast)).to.equal(JSON.stringify(parsed.ok ? parsed.value : undefined));
      expect(fast).to.deep.equal(parsed.ok ? parsed.value : undefined);
      expect(fast).to.not.equal(value);
      expect((fast as StoredScore).riskItemIds).to.not.equal(value['riskItemIds']);
      expect((fast as StoredScore).flags).to.not.equal(value['flags']);
    }
  });

  it('accepts only what the schema accepts, with its output, on thousands of odd values', () => {
    const random = prng(42);
    const odd = [...ODD_VALUES, ...SCORE_VALUES];
    const { accepted, rejected } = compareWithSchema(
      StoredScoreSchema,
      acceptStoredScore,
      (index) => mutate(base(random, index), FIELDS, random, odd),
      6000,
    );
    // Both sides were exercised: many values taken by the shortcut, many refused by the schema.
    expect(accepted).to.be.greaterThan(120);
    expect(rejected).to.be.greaterThan(2000);
  });

  it('leaves every inconsistent score to the schema, which refuses it', () => {
    const scored = base(prng(1), 1);
    const inconsistent = [
      { ...scored, total: null },
      { ...scored, band: null },
      { ...scored, unscorableReason: 'too-many-missing-items' },
      { ...scored, total: null, band: null, unscorableReason: 'too-many-missing-items', prorated: true },
      { ...scored, total: null, band: null, unscorableReason: 'too-many-missing-items', percentage: 3 },
      { ...scored, id: 'score:another' },
    ];
    for (const value of inconsistent) {
      expect(acceptStoredScore(value)).to.equal(undefined);
      expect(safeParse(StoredScoreSchema, value, 'stored score').ok).to.equal(false);
    }
  });
});
