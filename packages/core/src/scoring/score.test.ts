// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { ValidationError, formatPath, parseScore } from '@interlude/core';

const scored = () => ({
  measure: { id: 'phq-9', version: '1.0.0' },
  total: 14,
  band: 'moderate',
  prorated: false,
  unscorableReason: null,
  missingItemIds: [],
  riskItemIds: ['phq9-9'],
  unansweredRiskItemIds: [],
  flags: {},
});

const unscorable = () => ({
  ...scored(),
  total: null,
  band: null,
  unscorableReason: 'too-many-missing-items',
  missingItemIds: ['phq9-1', 'phq9-2', 'phq9-3'],
});

function paths(input: unknown): string[] {
  try {
    parseScore(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => formatPath(issue.path));
  }
  expect.fail('accepted');
}

describe('parseScore', () => {
  it('accepts a scored and an unscorable score', () => {
    expect(parseScore(scored())).to.deep.equal(scored());
    expect(parseScore(unscorable())).to.deep.equal(unscorable());
    expect(parseScore({ ...scored(), percentage: 56 })).to.include({ percentage: 56 });
  });

  it('rejects a band without a total and a total without a band', () => {
    expect(paths({ ...scored(), band: null })).to.include('band');
    expect(paths({ ...unscorable(), band: 'mild' })).to.include('band');
  });

  it('requires a reason exactly when unscorable', () => {
    expect(paths({ ...unscorable(), unscorableReason: null })).to.include('unscorableReason');
    expect(paths({ ...scored(), unscorableReason: 'too-many-missing-items' })).to.include('unscorableReason');
  });

  it('rejects a prorated unscorable score and a percentage without a total', () => {
    expect(paths({ ...unscorable(), prorated: true })).to.include('prorated');
    expect(paths({ ...unscorable(), percentage: 40 })).to.include('percentage');
  });

  it('rejects a malformed measure reference', () => {
    expect(paths({ ...scored(), measure: { id: 'PHQ 9', version: '1' } })).to.deep.equal([
      'measure.id',
      'measure.version',
    ]);
  });
});
