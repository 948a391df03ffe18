// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  clinicAggregates,
  parseMeasureDefinition,
  spearmanCorrelation,
  type Assignment,
  type ClinicClient,
  type ClinicData,
  type ClinicGroup,
  type ClinicScore,
  type GroupAggregate,
  type MeasureDefinition,
  type Submission,
} from '@interlude/core';

const options = (max: number) =>
  Array.from({ length: max + 1 }, (_, value) => ({ value, label: { en: `Option ${value}` } }));

/** A test measure shaped like PHQ-9 (higher is worse, RC 6, case ≥ 10) or WHO-5 (higher is better, RC 3, case < 13). */
function measure(id: 'phq' | 'wellbeing'): MeasureDefinition {
  const phq = id === 'phq';
  const items = phq ? 9 : 5;
  const max = phq ? 3 : 5;
  return parseMeasureDefinition({
    kind: 'measure',
    id,
    version: '1.0.0',
    title: { en: id },
    modality: 'general',
    estimatedMinutes: 2,
    items: Array.from({ length: items }, (_, index) => ({
      id: `i${index}`,
      text: { en: 'x' },
      options: options(max),
      scored: true,
    })),
    scoring: {
      method: 'sum',
      direction: phq ? 'higher-is-worse' : 'higher-is-better',
      bands: [{ id: 'all', min: 0, max: items * max, label: { en: 'All' } }],
      missingItems: { kind: 'unscorable' },
      reliableChange: { threshold: phq ? 6 : 3, source: 'Test' },
      caseness: phq
        ? { threshold: 10, caseWhen: 'at-or-above', source: 'Test' }
        : { threshold: 13, caseWhen: 'below', source: 'Test' },
    },
    source: { citation: 'Test' },
    licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
  });
}

const PHQ = measure('phq');
const WELLBEING = measure('wellbeing');

// Ten days, 2–11 March 2026 (Berlin, UTC+1), reported at midnight after: the 11 March
// occurrence is still pending, so each client has 9 decided occurrences.
const RANGE = {
  from: '2026-03-02T00:00:00+01:00',
  to: '2026-03-12T00:00:00+01:00',
  now: '2026-03-12T00:00:00+01:00',
};

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`;

/** A daily 09:00 check-in for `clientId`, on time until 12:00. */
function checkIn(clientId: string, status: Assignment['status'] = 'active'): Assignment {
  return {
    id: `a-${clientId}`,
    clientId,
    clinicianId: 't-any',
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    schedule: {
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      windowMinutes: 180,
      repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-02' } },
    },
    status,
    createdAt: '2026-03-01T12:00:00+01:00',
  };
}

function submission(
  clientId: string,
  assignmentId: string,
  submittedAt: string,
  extra: Partial<Submission> = {},
) {
  return {
    id: uuid(),
    assignmentId,
    clientId,
    activity: { kind: 'check-in' as const, id: 'mood', version: '1.0.0' },
    answers: {},
    startedAt: submittedAt,
    submittedAt,
    timeZone: 'Europe/Berlin',
    status: 'completed' as const,
    ...extra,
  } satisfies Submission;
}

/** Builds one client's data: `completed` on-time check-ins from 2 March on, and measure totals at the given days. */
function clientData(
  clientId: string,
  completed: number,
  totals: [day: number, total: number | null][],
  measureDefinition: MeasureDefinition = PHQ,
  status: Assignment['status'] = 'active',
) {
  const assignment = checkIn(clientId, status);
  const submissions: Submission[] = [];
  const scores: ClinicScore[] = [];
  for (let day = 0; day < completed; day += 1) {
    const date = `2026-03-${String(2 + day).padStart(2, '0')}`;
    submissions.push(
      submission(clientId, assignment.id, `${date}T09:30:00+01:00`, {
        occurrenceId: `${assignment.id}@${date}T09:00`,
      }),
    );
  }
  for (const [day, total] of totals) {
    const scored = submission(
      clientId,
      `m-${clientId}`,
      `2026-03-${String(day).padStart(2, '0')}T10:00:00+01:00`,
      {
        activity: { kind: 'measure', id: measureDefinition.id, version: '1.0.0' },
      },
    );
    submissions.push(scored);
    scores.push({
      submissionId: scored.id,
      score: { measure: { id: measureDefinition.id, version: '1.0.0' }, total },
    });
  }
  return { assignment, submissions, scores };
}

function clinic(clients: (ClinicClient & { data: ReturnType<typeof clientData> })[]): ClinicData {
  return {
    clients: clients.map(({ clientId, clinicianId, cohort }) => ({
      clientId,
      clinicianId,
      ...(cohort ? { cohort } : {}),
    })),
    assignments: clients.map(({ data }) => data.assignment),
    submissions: clients.flatMap(({ data }) => data.submissions),
    scores: clients.flatMap(({ data }) => data.scores),
    measures: [PHQ, WELLBEING],
  };
}

function shown(group: ClinicGroup | undefined): GroupAggregate {
  expect(group?.suppressed, 'group is suppressed').to.equal(false);
  return group as GroupAggregate;
}

describe('clinicAggregates', () => {
  // Clinician t-1 has six clients (c1–c6), t-2 two (c7, c8). Completion out of 9 decided
  // occurrences, and PHQ totals first → last (c1 also has one in between):
  //   c1 9/9  18 → 15 → 8   change −10  reliable improvement, recovered (case → not)
  //   c2 7/9  15 → 10       change −5   no reliable change, still a case
  //   c3 5/9  12 → 12       change 0    still a case
  //   c4 3/9   8 → 14       change +6   reliable deterioration, not a case at start
  //   c5 1/9  20 → 13       change −7   reliable improvement, still a case
  //   c6 0/9   9            one score only (paused assignment: not active)
  //   c7 9/9, c8 0/9        no scores
  const data = clinic([
    {
      clientId: 'c1',
      clinicianId: 't-1',
      cohort: 'pilot',
      data: clientData('c1', 9, [
        [2, 18],
        [6, 15],
        [10, 8],
      ]),
    },
    {
      clientId: 'c2',
      clinicianId: 't-1',
      cohort: 'pilot',
      data: clientData('c2', 7, [
        [2, 15],
        [10, 10],
      ]),
    },
    {
      clientId: 'c3',
      clinicianId: 't-1',
      cohort: 'pilot',
      data: clientData('c3', 5, [
        [2, 12],
        [10, 12],
      ]),
    },
    {
      clientId: 'c4',
      clinicianId: 't-1',
      cohort: 'pilot',
      data: clientData('c4', 3, [
        [2, 8],
        [10, 14],
      ]),
    },
    {
      clientId: 'c5',
      clinicianId: 't-1',
      cohort: 'pilot',
      data: clientData('c5', 1, [
        [2, 20],
        [10, 13],
      ]),
    },
    {
      clientId: 'c6',
      clinicianId: 't-1',
      cohort: 'waitlist',
      data: clientData('c6', 0, [[3, 9]], PHQ, 'paused'),
    },
    { clientId: 'c7', clinicianId: 't-2', cohort: 'waitlist', data: clientData('c7', 9, []) },
    { clientId: 'c8', clinicianId: 't-2', data: clientData('c8', 0, []) },
  ]);

  it('computes a clinician’s figures by hand', () => {
    const report = clinicAggregates(data, RANGE);
    const t1 = shown(report.clinicians[0]);
    expect(t1).to.include({ kind: 'clinician', key: 't-1', clientCount: 6, activeClients: 5 });
    // 9+7+5+3+1+0 = 25 done of 54 decided; one pending occurrence (11 March) each.
    expect(t1.completion).to.deep.equal({
      assigned: 60,
      completed: 25,
      missed: 29,
      pending: 6,
      completionRate: 25 / 54,
    });
    expect(t1.measures).to.have.length(1);
    const phq = t1.measures[0]!;
    expect(phq).to.deep.include({
      measureId: 'phq',
      direction: 'higher-is-worse',
      clientsScored: 6,
      clientsWithChange: 5,
    });
    // Changes −10, −5, 0, +6, −7 → median −5; as improvement 10, 5, 0, −6, 7 → median 5.
    expect(phq.medianChange).to.equal(-5);
    expect(phq.medianImprovement).to.equal(5);
    expect(phq.reliableImprovement).to.deep.equal({ count: 2, of: 5, share: 0.4 });
    expect(phq.reliableDeterioration).to.deep.equal({ count: 1, of: 5, share: 0.2 });
    // Cases at the first score: c1, c2, c3, c5; only c1 is no longer one.
    expect(phq.recovered).to.deep.equal({ count: 1, of: 4, share: 0.25 });
  });

  it('relates completion to improvement with Spearman’s rho, worked by hand', () => {
    // Completion ranks c5 1, c4 2, c3 3, c2 4, c1 5; improvement ranks c4 1, c3 2, c2 3, c5 4, c1 5.
    // d = 0, 1, 1, 1, −3 → Σd² = 12 → ρ = 1 − 6·12 / (5·24) = 0.4.
    const phq = shown(clinicAggregates(data, RANGE).clinicians[0]).measures[0]!;
    expect(phq.completionVsImprovement.n).to.equal(5);
    expect(phq.completionVsImprovement.reason).to.equal(null);
    expect(phq.completionVsImprovement.rho).to.be.closeTo(0.4, 1e-12);
  });

  it('suppresses groups smaller than the minimum, reporting only their size', () => {
    const report = clinicAggregates(data, RANGE);
    expect(report.minGroupSize).to.equal(5);
    expect(report.clinicians[1]).to.deep.equal({
      kind: 'clinician',
      key: 't-2',
      suppressed: true,
      clientCount: 2,
    });
    expect(report.cohorts).to.deep.equal([
      shown(report.cohorts[0]), // pilot: c1–c5
      { kind: 'cohort', key: 'waitlist', suppressed: true, clientCount: 2 },
    ]);
    expect(shown(report.cohorts[0]).key).to.equal('pilot');
    expect(shown(report.overall).clientCount).to.equal(8);
  });

  it('lets the caller set the minimum, and suppresses the whole clinic when it is small', () => {
    const open = clinicAggregates(data, { ...RANGE, minGroupSize: 2 });
    expect(shown(open.clinicians[1]).completion.completionRate).to.equal(9 / 18);
    const strict = clinicAggregates(data, { ...RANGE, minGroupSize: 9 });
    expect(strict.overall).to.deep.equal({
      kind: 'overall',
      key: 'overall',
      suppressed: true,
      clientCount: 8,
    });
    expect(() => clinicAggregates(data, { ...RANGE, minGroupSize: 0 })).to.throw(
      ValidationError,
      'minGroupSize',
    );
  });

  it('says why there is no correlation with fewer than three clients', () => {
    const small = clinicAggregates(data, { ...RANGE, minGroupSize: 1 });
    const c1Only = clinicAggregates(
      { ...data, clients: data.clients.slice(0, 2) },
      { ...RANGE, minGroupSize: 1 },
    );
    expect(shown(c1Only.overall).measures[0]!.completionVsImprovement).to.deep.equal({
      rho: null,
      n: 2,
      reason: 'too-few-pairs',
    });
    expect(shown(small.overall).measures[0]!.completionVsImprovement.n).to.equal(5);
  });

  it('normalises improvement by the measure’s direction (WHO-5-like: higher is better)', () => {
    // w1 8 → 14 (+6: reliable improvement, recovered), w2 20 → 15 (−5: reliable deterioration),
    // w3 10 → 12 (+2: no reliable change, still a case). Completion w1 9/9, w3 5/9, w2 0/9.
    const who = clinic([
      {
        clientId: 'w1',
        clinicianId: 't-1',
        data: clientData(
          'w1',
          9,
          [
            [2, 8],
            [9, 14],
          ],
          WELLBEING,
        ),
      },
      {
        clientId: 'w2',
        clinicianId: 't-1',
        data: clientData(
          'w2',
          0,
          [
            [2, 20],
            [9, 15],
          ],
          WELLBEING,
        ),
      },
      {
        clientId: 'w3',
        clinicianId: 't-1',
        data: clientData(
          'w3',
          5,
          [
            [2, 10],
            [9, 12],
          ],
          WELLBEING,
        ),
      },
    ]);
    const wellbeing = shown(clinicAggregates(who, { ...RANGE, minGroupSize: 3 }).overall).measures[0]!;
    expect(wellbeing.direction).to.equal('higher-is-better');
    expect(wellbeing.medianChange).to.equal(2);
    expect(wellbeing.medianImprovement).to.equal(2);
    expect(wellbeing.reliableImprovement).to.deep.equal({ count: 1, of: 3, share: 1 / 3 });
    expect(wellbeing.reliableDeterioration).to.deep.equal({ count: 1, of: 3, share: 1 / 3 });
    expect(wellbeing.recovered).to.deep.equal({ count: 1, of: 2, share: 0.5 });
    // More completion, more improvement: ρ = +1 (it would read −1 if the sign were flipped as for PHQ).
    expect(wellbeing.completionVsImprovement).to.deep.equal({ rho: 1, n: 3, reason: null });
    // No meaningful-change threshold on this measure: nobody is classified on that basis.
    expect(wellbeing.meaningfulImprovement).to.deep.equal({ count: 0, of: 0, share: null });

    // The real WHO-5 publishes a clinically meaningful change (3 points), not a reliable-change
    // index: the same clients count as meaningful, never as reliable, change.
    const meaningfulOnly = parseMeasureDefinition({
      ...WELLBEING,
      scoring: {
        ...WELLBEING.scoring,
        reliableChange: undefined,
        meaningfulChange: { threshold: 3, source: 'Test' },
      },
    });
    const meaningful = shown(
      clinicAggregates({ ...who, measures: [PHQ, meaningfulOnly] }, { ...RANGE, minGroupSize: 3 }).overall,
    ).measures[0]!;
    expect(meaningful.reliableImprovement).to.deep.equal({ count: 0, of: 0, share: null });
    expect(meaningful.reliableDeterioration).to.deep.equal({ count: 0, of: 0, share: null });
    expect(meaningful.meaningfulImprovement).to.deep.equal({ count: 1, of: 3, share: 1 / 3 });
    expect(meaningful.meaningfulDeterioration).to.deep.equal({ count: 1, of: 3, share: 1 / 3 });

    // The same raw rises on a higher-is-worse scale are deterioration.
    const phqWho = clinic([
      {
        clientId: 'w1',
        clinicianId: 't-1',
        data: clientData('w1', 9, [
          [2, 8],
          [9, 14],
        ]),
      },
      {
        clientId: 'w2',
        clinicianId: 't-1',
        data: clientData('w2', 0, [
          [2, 20],
          [9, 15],
        ]),
      },
      {
        clientId: 'w3',
        clinicianId: 't-1',
        data: clientData('w3', 5, [
          [2, 10],
          [9, 12],
        ]),
      },
    ]);
    const phq = shown(clinicAggregates(phqWho, { ...RANGE, minGroupSize: 3 }).overall).measures[0]!;
    expect(phq.medianImprovement).to.equal(-2);
    expect(phq.completionVsImprovement.rho).to.equal(-1);
  });

  it('counts only completed, scorable scores submitted in the range by now, and names unknown measures', () => {
    const c = clientData('c1', 0, [
      [2, 18],
      [10, 8],
    ]);
    const extra = [
      submission('c1', 'm-c1', '2026-03-01T10:00:00+01:00'), // before the range
      submission('c1', 'm-c1', '2026-03-11T10:00:00+01:00', { status: 'abandoned' }),
      submission('c1', 'm-c1', '2026-03-11T11:00:00+01:00'), // unscorable
      submission('c1', 'm-c1', '2026-03-11T12:00:00+01:00'), // a measure nobody defined
    ];
    const report = clinicAggregates(
      {
        clients: [{ clientId: 'c1', clinicianId: 't-1' }],
        assignments: [c.assignment],
        submissions: [...c.submissions, ...extra],
        scores: [
          ...c.scores,
          { submissionId: extra[0]!.id, score: { measure: { id: 'phq', version: '1.0.0' }, total: 27 } },
          { submissionId: extra[1]!.id, score: { measure: { id: 'phq', version: '1.0.0' }, total: 27 } },
          { submissionId: extra[2]!.id, score: { measure: { id: 'phq', version: '1.0.0' }, total: null } },
          { submissionId: extra[3]!.id, score: { measure: { id: 'mystery', version: '1.0.0' }, total: 3 } },
          {
            submissionId: 'no-such-submission',
            score: { measure: { id: 'phq', version: '1.0.0' }, total: 27 },
          },
        ],
        measures: [PHQ],
      },
      { ...RANGE, now: '2026-03-11T18:00:00+01:00', minGroupSize: 1 },
    );
    const phq = shown(report.overall).measures;
    expect(phq.map((entry) => [entry.measureId, entry.medianChange])).to.deep.equal([['phq', -10]]);
    expect(report.unknownMeasureIds).to.deep.equal(['mystery']);
    const filtered = clinicAggregates(
      { ...clinic([{ clientId: 'c1', clinicianId: 't-1', data: c }]) },
      { ...RANGE, measureId: 'wellbeing', minGroupSize: 1 },
    );
    expect(shown(filtered.overall).measures).to.deep.equal([]);
    expect(filtered.measureId).to.equal('wellbeing');
  });

  it('rejects a client listed twice and a malformed range, naming only paths', () => {
    const twice = { ...data, clients: [...data.clients, { clientId: 'c1', clinicianId: 't-9' }] };
    expect(() => clinicAggregates(twice, RANGE)).to.throw(
      ValidationError,
      'clients[8].clientId: must be unique',
    );
    expect(() => clinicAggregates(data, { ...RANGE, to: '2026-03-01T00:00:00+01:00' })).to.throw(
      ValidationError,
      'to',
    );
  });

  it('gives the same report whatever the order of its inputs', () => {
    const expected = clinicAggregates(data, { ...RANGE, minGroupSize: 2 });
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T>(items: readonly T[]): T[] => {
          let state = seed;
          return items
            .map((item) => {
              state = (state * 1103515245 + 12345) | 0;
              return { item, key: state };
            })
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        };
        const shuffled: ClinicData = {
          clients: shuffle(data.clients),
          assignments: shuffle(data.assignments),
          submissions: shuffle(data.submissions),
          scores: shuffle(data.scores),
          measures: shuffle(data.measures),
        };
        expect(clinicAggregates(shuffled, { ...RANGE, minGroupSize: 2 })).to.deep.equal(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps shares within [0, 1], medians within the possible change, and suppression exact', () => {
    const arbitraryClient = fc.record({
      clinician: fc.constantFrom('t-1', 't-2', 't-3'),
      completed: fc.integer({ min: 0, max: 9 }),
      totals: fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryClient, { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (clients, min) => {
          const built = clinic(
            clients.map((client, index) => ({
              clientId: `p${index}`,
              clinicianId: client.clinician,
              data: clientData(
                `p${index}`,
                client.completed,
                client.totals.map((total, at): [number, number] => [2 + at * 2, total]),
              ),
            })),
          );
          const report = clinicAggregates(built, { ...RANGE, minGroupSize: min });
          for (const group of [report.overall, ...report.clinicians]) {
            expect(group.suppressed).to.equal(group.clientCount < min);
            if (group.suppressed) {
              expect(Object.keys(group)).to.have.members(['kind', 'key', 'suppressed', 'clientCount']);
              continue;
            }
            for (const entry of group.measures) {
              for (const share of [entry.reliableImprovement, entry.reliableDeterioration, entry.recovered]) {
                expect(share.count).to.be.at.most(share.of);
                if (share.share !== null) expect(share.share).to.be.within(0, 1);
              }
              if (entry.medianChange !== null) expect(Math.abs(entry.medianChange)).to.be.at.most(27);
              const { rho, n } = entry.completionVsImprovement;
              expect(n).to.be.at.most(entry.clientsWithChange);
              if (rho !== null) expect(rho).to.be.within(-1, 1);
            }
          }
          expect(report.clinicians.reduce((sum, group) => sum + group.clientCount, 0)).to.equal(
            clients.length,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('spearmanCorrelation', () => {
  it('matches a worked example with ties (average ranks)', () => {
    // x ranks 1, 2, 3, 4; y = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4.
    // Centred: x −1.5, −0.5, 0.5, 1.5; y −1.5, 0, 0, 1.5 → cov 4.5, var x 5, var y 4.5 → ρ = 4.5/√22.5.
    const { rho, n, reason } = spearmanCorrelation([10, 20, 30, 40], [1, 2, 2, 3]);
    expect(n).to.equal(4);
    expect(reason).to.equal(null);
    expect(rho).to.be.closeTo(4.5 / Math.sqrt(22.5), 1e-12);
  });

  it('is ±1 for monotonic relations and null without enough data or variation', () => {
    expect(spearmanCorrelation([1, 2, 3], [1, 10, 100]).rho).to.equal(1);
    expect(spearmanCorrelation([1, 2, 3], [3, 2, 1]).rho).to.equal(-1);
    expect(spearmanCorrelation([1, 2], [1, 2])).to.deep.equal({ rho: null, n: 2, reason: 'too-few-pairs' });
    expect(spearmanCorrelation([1, 1, 1], [1, 2, 3])).to.deep.equal({
      rho: null,
      n: 3,
      reason: 'no-variation',
    });
  });

  it('stays within [−1, 1] and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -3, max: 3 })), {
          maxLength: 20,
        }),
        (pairs) => {
          const xs = pairs.map(([x]) => x);
          const ys = pairs.map(([, y]) => y);
          const forward = spearmanCorrelation(xs, ys);
          const backward = spearmanCorrelation(ys, xs);
          expect(forward.n).to.equal(pairs.length);
          if (forward.rho !== null) expect(forward.rho).to.be.within(-1, 1);
          if (forward.rho === null) expect(backward.rho).to.equal(null);
          else expect(backward.rho).to.be.closeTo(forward.rho, 1e-12);
        },
      ),
    );
  });
});
