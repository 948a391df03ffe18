// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  canSnooze,
  flagState,
  reviewQueue,
  type Flag,
  type FlagKind,
  type FlagSeverity,
} from '@interlude/core';

let counter = 0;
function flag(kind: FlagKind, severity: FlagSeverity, clientId: string, extra: Partial<Flag> = {}): Flag {
  counter += 1;
  return {
    id: `${kind}:${clientId}:${counter}`,
    kind,
    severity,
    reason: 'completed',
    clientId,
    raisedAt: `2026-05-${String(10 + (counter % 5)).padStart(2, '0')}T09:00:00+02:00`,
    metrics: {},
    evidence: [],
    ...extra,
  };
}

describe('reviewQueue', () => {
  const risk = flag('risk', 'urgent', 'c-1');
  const lapse = flag('non-engagement', 'attention', 'c-2');
  const snoozed = flag('mood-shift', 'attention', 'c-1', { snoozedUntil: '2026-05-20T00:00:00+02:00' });
  const done = flag('completion', 'info', 'c-3', { acknowledgedAt: '2026-05-14T10:00:00+02:00' });
  const other = flag('completion', 'info', 'c-3');
  const flags = [risk, lapse, snoozed, done, other];
  const assignments = [
    { clientId: 'c-1', clinicianId: 't-1' },
    { clientId: 'c-2', clinicianId: 't-2' },
    { clientId: 'c-3', clinicianId: 't-1' },
    { clientId: 'c-3', clinicianId: 't-1' },
  ];

  it('lists open flags in the given order, and counts per kind and state', () => {
    const queue = reviewQueue(flags);
    expect(queue.flags.map((f) => f.id)).to.deep.equal([risk.id, lapse.id, other.id]);
    expect(queue.kindCounts).to.deep.include({
      risk: 1,
      'non-engagement': 1,
      completion: 1,
      'mood-shift': 0,
    });
    expect(queue.stateCounts).to.deep.equal({ open: 3, snoozed: 1, acknowledged: 1 });
  });

  it('filters by kind (counts per kind stay for the filter bar) and by state', () => {
    const queue = reviewQueue(flags, { kinds: ['completion'] });
    expect(queue.flags).to.deep.equal([other]);
    expect(queue.kindCounts.risk).to.equal(1);
    expect(queue.stateCounts).to.deep.equal({ open: 1, snoozed: 0, acknowledged: 1 });
    expect(reviewQueue(flags, { state: 'snoozed' }).flags).to.deep.equal([snoozed]);
    expect(reviewQueue(flags, { state: 'acknowledged' }).flags).to.deep.equal([done]);
    expect(reviewQueue(flags, { kinds: [] }).flags).to.have.length(3);
  });

  it("filters by clinician through the caseload's assignments and lists the clinicians", () => {
    const queue = reviewQueue(flags, { clinicianId: 't-1', assignments });
    expect(queue.flags.map((f) => f.clientId)).to.deep.equal(['c-1', 'c-3']);
    expect(queue.clinicianIds).to.deep.equal(['t-1', 't-2']);
    expect(reviewQueue(flags, { clinicianId: 't-9', assignments }).flags).to.deep.equal([]);
  });

  it('says where a flag stands and whether it may be snoozed', () => {
    expect([risk, snoozed, done].map(flagState)).to.deep.equal(['open', 'snoozed', 'acknowledged']);
    expect(canSnooze(risk)).to.equal(false);
    expect(canSnooze(lapse)).to.equal(true);
    expect(canSnooze(done)).to.equal(false);
  });
});
