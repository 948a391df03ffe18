import { expect } from '@open-wc/testing';
import { SubmissionSchema, safeParse, type Submission } from '@interlude/core';
import { compareWithSchema, mutate, schemaFingerprint } from './fast-path.test-suite.js';
import { acceptSubmission, rememberAccepted } from './submission-fast-path.js';
import { seededRandom as prng } from './sync/memory-transport.js';

/**
 * `SubmissionSchema` as the shortcut was written against. When this fails, the schema changed:
 * check every test in submission-fast-path.ts against it (the shortcut must accept only what
 * the schema accepts, with the same output), then put the new fingerprint here.
 */
const SCHEMA_FINGERPRINT = '5c834205c176c9380c7d642be1363b577c84b311802d456121079e215e19f1e0';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];

function base(random: () => number, index: number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const submission: Record<string, unknown> = {
    id: `0000000${index % 10}-0000-4000-8000-${String(index).padStart(12, '0')}`,
    assignmentId: `a-${index % 7}`,
    occurrenceId: `a-${index % 7}@2026-03-02T09:00`,
    clientId: `c-${index % 5}`,
    activity: { kind: pick(['check-in', 'measure', 'exercise']), id: 'daily-mood', version: '1.2.0' },
    answers: { mood: index % 5, note: 'Slept well', done: index % 2 === 0, skipped: null },
    startedAt: pick(['2026-03-02T09:00:00+01:00', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00.5+01:00']),
    submittedAt: pick(['2026-03-02T09:02:00.000+01:00', '2026-03-02T08:02:00Z']),
    timeZone: pick(ZONES),
    status: pick(['completed', 'abandoned']),
  };
  if (random() < 0.3) delete submission['occurrenceId'];
  if (random() < 0.3) submission['durationSeconds'] = Math.floor(random() * 200);
  if (random() < 0.2) {
    // Keys in another order than the schema's.
    const { answers, ...rest } = submission;
    return { answers, ...Object.fromEntries(Object.entries(rest).reverse()) };
  }
  return submission;
}

const FIELDS = [
  'id',
  'assignmentId',
  'occurrenceId',
  'clientId',
  'activity',
  'answers',
  'startedAt',
  'submittedAt',
  'timeZone',
  'status',
  'durationSeconds',
  'extra',
];

/** A valid submission with one to three fields removed or replaced by something odd. */
function mutated(random: () => number, index: number): unknown {
  return mutate(base(random, index), FIELDS, random);
}

describe('acceptSubmission (the stored submission shortcut)', () => {
  before(() => {
    for (const zone of ZONES) {
      const accepted = safeParse(SubmissionSchema, { ...base(prng(1), 1), timeZone: zone }, 'submission');
      if (accepted.ok) rememberAccepted(accepted.value);
    }
  });

  it('was written against the schema as it is (look at it again when this fails)', async () => {
    expect(await schemaFingerprint(SubmissionSchema)).to.equal(SCHEMA_FINGERPRINT);
  });

  it('gives exactly the schema output for the usual shapes, fields in the same order', () => {
    const random = prng(7);
    for (let index = 0; index < 500; index += 1) {
      const value = base(random, index);
      const parsed = safeParse(SubmissionSchema, value, 'submission');
      expect(parsed.ok, `case ${index}`).to.equal(true);
      const fast = acceptSubmission(value);
      expect(fast, `case ${index}`).to.not.equal(undefined);
      expect(JSON.stringify(fast)).to.equal(JSON.stringify(parsed.ok ? parsed.value : undefined));
      expect(fast).to.deep.equal(parsed.ok ? parsed.value : undefined);
      expect(fast).to.not.equal(value);
      expect((fast as Submission).answers).to.not.equal(value['answers']);
    }
  });

  it('accepts only what the schema accepts, with its output, on thousands of odd values', () => {
    const random = prng(42);
    const { accepted, rejected } = compareWithSchema(
      SubmissionSchema,
      acceptSubmission,
      (index) => mutated(random, index),
      6000,
    );
    // Both sides were exercised: many values taken by the shortcut, many refused by the schema.
    expect(accepted).to.be.greaterThan(250);
    expect(rejected).to.be.greaterThan(2000);
  });

  it('leaves a time zone to the schema until the schema accepted it', () => {
    const value = { ...base(prng(3), 3), timeZone: 'Pacific/Chatham' };
    expect(acceptSubmission(value)).to.equal(undefined);
    const parsed = safeParse(SubmissionSchema, value, 'submission');
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) rememberAccepted(parsed.value);
    expect(acceptSubmission(value)).to.deep.equal(parsed.ok ? parsed.value : undefined);
  });
});
