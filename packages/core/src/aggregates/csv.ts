/**
 * Clinic aggregates as CSV, for a director's spreadsheet: one row per group and measure.
 *
 * @module
 */
import type { ClinicAggregates, ClinicGroup, MeasureAggregate } from './clinic-aggregates.js';

/** The CSV's columns, in order (machine-readable names, the same in every language). */
export const CLINIC_CSV_COLUMNS = [
  'group',
  'key',
  'suppressed',
  'clients',
  'active_clients',
  'assigned',
  'completed',
  'missed',
  'completion_rate',
  'measure',
  'clients_scored',
  'clients_with_change',
  'median_change',
  'median_improvement',
  'reliable_improvement_share',
  'reliable_deterioration_share',
  'meaningful_improvement_share',
  'meaningful_deterioration_share',
  'recovered_share',
  'completion_vs_improvement_rho',
  'completion_vs_improvement_n',
  'from',
  'to',
] as const;

/**
 * Writes {@link ClinicAggregates} as RFC 4180 CSV (CRLF line ends, a header row): per group one
 * row per measure, or one row with the measure columns empty when it has none. A suppressed
 * group keeps only its kind, key, `suppressed = true` and client count: nothing a small group
 * would give away is written. Numbers are plain (`0.75`, not `75 %`), empty when unknown.
 * A field that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR) is
 * prefixed with `'`, so a vendor's clinician id can never become one.
 *
 * @example
 * ```ts
 * const csv = clinicAggregatesToCsv(clinicAggregates(data, { from, to, now }));
 * download(new Blob([csv], { type: 'text/csv' }), 'clinic.csv');
 * ```
 */
export function clinicAggregatesToCsv(report: ClinicAggregates): string {
  const rows: (string | number | boolean | null)[][] = [[...CLINIC_CSV_COLUMNS]];
  const groups: ClinicGroup[] = [report.overall, ...report.clinicians, ...report.cohorts];
  for (const group of groups) {
    const base = [group.kind, group.key, group.suppressed, group.clientCount];
    const range = [report.from, report.to];
    if (group.suppressed) {
      rows.push([
        ...base,
        ...Array<null>(CLINIC_CSV_COLUMNS.length - base.length - range.length).fill(null),
        ...range,
      ]);
      continue;
    }
    const completion = [
      group.activeClients,
      group.completion.assigned,
      group.completion.completed,
      group.completion.missed,
      group.completion.completionRate,
    ];
    const measures: (MeasureAggregate | undefined)[] =
      group.measures.length > 0 ? group.measures : [undefined];
    for (const measure of measures) {
      rows.push([
        ...base,
        ...completion,
        ...(measure === undefined
          ? Array<null>(CLINIC_CSV_COLUMNS.length - base.length - completion.length - range.length).fill(null)
          : [
              measure.measureId,
              measure.clientsScored,
              measure.clientsWithChange,
              measure.medianChange,
              measure.medianImprovement,
              measure.reliableImprovement.share,
              measure.reliableDeterioration.share,
              measure.meaningfulImprovement.share,
              measure.meaningfulDeterioration.share,
              measure.recovered.share,
              measure.completionVsImprovement.rho,
              measure.completionVsImprovement.n,
            ]),
        ...range,
      ]);
    }
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
