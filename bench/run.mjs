// `npm run bench`: runs every bench/*.bench.mjs one after another (never in parallel: they
// would measure each other) against the built packages, and prints what each reports.
// Benchmarks compare within one run on one machine; numbers from different machines are
// not comparable. Timing never goes into a test.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filter = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.mjs') && (!filter || file.includes(filter)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}`);
  const { status } = spawnSync('node', ['--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
