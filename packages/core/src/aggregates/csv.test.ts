// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  CLINIC_CSV_COLUMNS,
  clinicAggregatesToCsv,
  type ClinicAggregates,
  type GroupAggregate,
} from '@interlude/core';

const share = (count: number, of: number) => ({ count, of, share: of === 0 ? null : count / of });

function group(
  key: string,
  kind: GroupAggregate['kind'],
  measures: GroupAggregate['measures'],
): GroupAggregate {
  return {
    kind,
    key,
    suppressed: false,
    clientCount: 12,
    activeClients: 10,
    completion: { assigned: 100, completed: 70, missed: 20, pending: 10, completionRate: 70 / 90 },
    measures,
  };
}

const phq = {
  measureId: 'phq-9',
  direction: 'higher-is-worse' as const,
  clientsScored: 10,
  clientsWithChange: 8,
  medianChange: -4.5,
  medianImprovement: 4.5,
  reliableImprovement: share(3, 8),
  reliableDeterioration: share(1, 8),
  meaningfulImprovement: share(0, 0),
  meaningfulDeterioration: share(0, 0),
  recovered: share(2, 5),
  completionVsImprovement: { rho: 0.41, n: 8, reason: null },
};

const report: ClinicAggregates = {
  from: '2026-03-01T00:00:00+01:00',
  to: '2026-06-01T00:00:00+02:00',
  now: '2026-06-01T00:00:00+02:00',
  measureId: null,
  minGroupSize: 5,
  overall: group('overall', 'overall', [phq]),
  clinicians: [
    group('=HYPERLINK("x")', 'clinician', []),
    { kind: 'clinician', key: 't-small', suppressed: true, clientCount: 3 },
  ],
  cohorts: [],
  unknownMeasureIds: [],
};

function parseCsv(csv: string): string[][] {
  // Enough of RFC 4180 for these rows: quoted fields with doubled quotes.
  return csv
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, -1)
        .map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')),
    );
}

describe('clinicAggregatesToCsv', () => {
  const rows = parseCsv(clinicAggregatesToCsv(report));
  const column = (row: string[], name: (typeof CLINIC_CSV_COLUMNS)[number]) =>
    row[CLINIC_CSV_COLUMNS.indexOf(name)];

  it('writes a header and one row per group and measure, CRLF-terminated', () => {
    expect(clinicAggregatesToCsv(report).endsWith('\r\n')).to.equal(true);
    expect(rows[0]).to.deep.equal([...CLINIC_CSV_COLUMNS]);
    expect(rows).to.have.length(4);
    for (const row of rows) expect(row).to.have.length(CLINIC_CSV_COLUMNS.length);
    const overall = rows[1] as string[];
    expect(column(overall, 'group')).to.equal('overall');
    expect(column(overall, 'completion_rate')).to.equal('0.777778');
    expect(column(overall, 'measure')).to.equal('phq-9');
    expect(column(overall, 'median_improvement')).to.equal('4.5');
    expect(column(overall, 'reliable_improvement_share')).to.equal('0.375');
    expect(column(overall, 'meaningful_improvement_share')).to.equal('');
    expect(column(overall, 'completion_vs_improvement_rho')).to.equal('0.41');
    expect(column(overall, 'from')).to.equal(report.from);
  });

  it('keeps a formula out of a key and quotes what needs it', () => {
    const row = rows[2] as string[];
    expect(column(row, 'key')).to.equal(`'=HYPERLINK("x")`);
    expect(column(row, 'measure')).to.equal('');
    expect(column(row, 'completed')).to.equal('70');
  });

  it('writes nothing of a suppressed group but its size', () => {
    const row = rows[3] as string[];
    expect(column(row, 'suppressed')).to.equal('true');
    expect(column(row, 'clients')).to.equal('3');
    for (const name of [
      'active_clients',
      'completed',
      'completion_rate',
      'measure',
      'median_change',
    ] as const) {
      expect(column(row, name), name).to.equal('');
    }
  });
});
