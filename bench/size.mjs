// `npm run size`: what each entry point costs a vendor's page, minified + gzip/brotli, through
// Rollup, esbuild and webpack, next to peers bundled the same way, against the budgets in
// bench/size-budgets.json (every bundler must hold the budget). Bundles the built packages
// (run `npm run build` first) with every dependency inlined. Writes bench/results/size.json.
// Exits 1 when an entry is over budget or a bundler warns about one of ours.
//
//   node bench/size.mjs [name-filter]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBudgets } from './size/budgets.mjs';
import { measureSizes } from './size/measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2];
const { budgetOf } = readBudgets(root);
const rows = await measureSizes(root, { only });

// One line per entry: the gzip size under each bundler, the budget, and which bundler is worst.
const byName = new Map();
for (const row of rows) {
  const line = byName.get(row.name) ?? { name: row.name, kind: row.kind, element: row.element, sizes: {} };
  line.sizes[row.bundler] = row;
  byName.set(row.name, line);
}
const kB = (bytes) => (bytes / 1000).toFixed(1);
const columns = ['rollup', 'esbuild', 'webpack', 'as built'];
console.log(
  `${'entry (gzip kB; brotli of the largest)'.padEnd(64)} ${columns.map((c) => c.padStart(8)).join(' ')} ${'brotli'.padStart(7)} ${'budget'.padStart(7)}`,
);
const over = [];
for (const line of byName.values()) {
  const budget = budgetOf(line);
  const measured = Object.values(line.sizes);
  const largest = measured.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const cells = columns.map((c) => (line.sizes[c] ? kB(line.sizes[c].gzip) : '').padStart(8));
  const failing = measured.filter((row) => budget !== undefined && row.gzip > budget);
  for (const row of failing)
    over.push(`${row.name} through ${row.bundler}: ${row.gzip} B gzip > ${budget} B`);
  console.log(
    `${line.name.padEnd(64)} ${cells.join(' ')} ${kB(largest.brotli).padStart(7)} ${(budget === undefined ? '—' : kB(budget)).padStart(7)}${failing.length ? '  OVER BUDGET' : ''}`,
  );
}

const warned = rows.filter((row) => row.warnings.length > 0);
if (warned.length > 0) {
  console.log('\nBundler warnings:');
  for (const row of warned)
    for (const warning of row.warnings) console.log(`  ${row.bundler}, ${row.name}: ${warning}`);
}

// A warning on our own entries is a packaging bug (e.g. esbuild's ignored-bare-import for a
// side-effect import left in dist/): fail, as for a budget. Peers' warnings are theirs.
for (const row of warned) {
  if (row.kind !== 'peer')
    over.push(`${row.name} through ${row.bundler}: ${row.warnings.length} bundler warning(s)`);
}

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'size.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (over.length > 0) {
  console.error(`\nOver the gzip budget (bench/size-budgets.json) or warned about:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
