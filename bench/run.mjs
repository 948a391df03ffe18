// `npm run bench`: runs every bench/*.bench.mjs one after another (never in parallel: they
// would measure each other) against the built packages, and collects the rows each one
// hands to `report()` (bench/lib/results.mjs) into bench/results/latest.json (an array of
// `{ name, unit, value, peer?, peerValue? }`) and bench/results/latest.md (the same as a table).
// With a filter (`npm run bench -- store`) only matching files run; rows of the other files
// are kept from the previous latest.json. A new bench file needs no change here.
// Benchmarks compare within one run on one machine; numbers from different machines are
// not comparable. Timing never goes into a test.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRow, formatValue, ratio } from './lib/results.mjs';

const here = new URL('.', import.meta.url).pathname;
const results = join(here, 'results');
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs') && (!filter || file.includes(filter)))
  .sort();
if (files.length === 0) throw new Error(`no bench/*.bench.mjs matches "${filter}"`);

/** Rows by the file that reported them: a partial run replaces only its own files' rows. */
const previous = existsSync(join(results, 'sources.json'))
  ? JSON.parse(readFileSync(join(results, 'sources.json'), 'utf8'))
  : {};
const bySource = { ...previous };
let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}`);
  const rowsFile = join(tmpdir(), `interlude-bench-${process.pid}-${file}.jsonl`);
  rmSync(rowsFile, { force: true });
  const { status } = spawnSync('node', ['--expose-gc', join(here, file)], {
    stdio: 'inherit',
    env: { ...process.env, INTERLUDE_BENCH_ROWS: rowsFile },
  });
  const lines = existsSync(rowsFile) ? readFileSync(rowsFile, 'utf8').split('\n').filter(Boolean) : [];
  rmSync(rowsFile, { force: true });
  if (status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${status}); its previous rows are kept`);
    continue;
  }
  bySource[file] = lines.map((line) => checkRow(JSON.parse(line)));
}
// Files that no longer exist drop out.
for (const source of Object.keys(bySource)) if (!existsSync(join(here, source))) delete bySource[source];

const rows = Object.keys(bySource)
  .sort()
  .flatMap((source) => bySource[source]);
const names = new Set();
for (const row of rows) {
  if (names.has(row.name)) throw new Error(`two bench rows are named "${row.name}"`);
  names.add(row.name);
}
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync(join(results, 'sources.json'), `${JSON.stringify(bySource, null, 2)}\n`);
writeFileSync(join(results, 'latest.md'), markdown(bySource));
console.log(`\n${rows.length} rows → bench/results/latest.json, latest.md`);
process.exit(failed ? 1 : 0);

function markdown(sources) {
  const escape = (text) => String(text).replaceAll('|', '\\|');
  const lines = [
    '# Latest bench results',
    '',
    `\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, one machine (2 cores, shared).`,
    'Every unit is "less is better"; the ratio is the peer\'s figure divided by Interlude\'s.',
    'Numbers from different machines are not comparable. See bench/README.md for what each row measures.',
    '',
  ];
  for (const source of Object.keys(sources).sort()) {
    lines.push(
      `## ${source}`,
      '',
      "| measured | Interlude | peer | peer's | ratio |",
      '| --- | ---: | --- | ---: | ---: |',
    );
    for (const row of sources[source]) {
      lines.push(
        `| ${escape(row.name)} | ${formatValue(row.value, row.unit)} | ${escape(row.peer ?? '')} | ${
          row.peer === undefined ? '' : formatValue(row.peerValue, row.unit)
        } | ${ratio(row)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
