// The one way a bench file hands its numbers to `npm run bench`: call `report(rows)` with rows
// `{ name, unit, value, peer?, peerValue? }`. bench/run.mjs collects them into
// bench/results/latest.json and latest.md. Run on its own, a bench file just prints them.
//
//   import { report } from './lib/results.mjs';
//   report([{ name: 'il-mood-chart: first render, 730 points', unit: 'ms', value: 4.1, peer: 'uPlot', peerValue: 6.3 }]);
import { appendFileSync } from 'node:fs';

/** Units a row may use. */
export const UNITS = ['ms', 's', 'µs', 'B'];

/**
 * @typedef {object} BenchRow
 * @property {string} name     what was measured, on what work (unique across the bench)
 * @property {'ms' | 's' | 'µs' | 'B'} unit
 * @property {number} value    Interlude's figure (a median where the bench repeats)
 * @property {string} [peer]   the library measured on the same work in the same run
 * @property {number} [peerValue]
 */

/** Throws unless `row` is a well-formed {@link BenchRow}; returns it with only the known fields. */
export function checkRow(row) {
  const where = `bench row ${JSON.stringify(row?.name ?? '?')}`;
  if (typeof row?.name !== 'string' || row.name === '')
    throw new Error(`${where}: name must be a non-empty string`);
  if (!UNITS.includes(row.unit)) throw new Error(`${where}: unit must be one of ${UNITS.join(', ')}`);
  if (typeof row.value !== 'number' || !Number.isFinite(row.value))
    throw new Error(`${where}: value must be a finite number`);
  if ((row.peer === undefined) !== (row.peerValue === undefined))
    throw new Error(`${where}: peer and peerValue come together`);
  if (row.peer !== undefined && (typeof row.peer !== 'string' || !Number.isFinite(row.peerValue)))
    throw new Error(`${where}: peer must be a string and peerValue a finite number`);
  const clean = { name: row.name, unit: row.unit, value: row.value };
  if (row.peer !== undefined) Object.assign(clean, { peer: row.peer, peerValue: row.peerValue });
  return clean;
}

/** Hands rows to bench/run.mjs (one JSON line each), and prints them. */
export function report(rows) {
  const checked = rows.map(checkRow);
  const target = process.env.INTERLUDE_BENCH_ROWS;
  if (target) appendFileSync(target, checked.map((row) => `${JSON.stringify(row)}\n`).join(''));
  for (const row of checked) console.log(`  row: ${formatRow(row)}`);
}

/** `name: 12.3 ms (peer 45.6 ms, 3.7× less)`. */
export function formatRow(row) {
  const peer =
    row.peer === undefined ? '' : ` (${row.peer} ${formatValue(row.peerValue, row.unit)}, ${ratio(row)})`;
  return `${row.name}: ${formatValue(row.value, row.unit)}${peer}`;
}

export function formatValue(value, unit) {
  if (unit === 'B') return `${Math.round(value).toLocaleString('en-US')} B`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/** Peer ÷ Interlude: every unit here is "less is better" (time, bytes). */
export function ratio(row) {
  if (row.peer === undefined) return '';
  if (row.value === 0) return '—';
  const factor = row.peerValue / row.value;
  return factor >= 1 ? `${factor.toFixed(1)}× less` : `${(1 / factor).toFixed(1)}× more`;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
