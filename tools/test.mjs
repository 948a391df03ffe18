// `npm test`: every test in the repository, then one closing line `N passed, N failed`.
//   0. checks that the checked-in React wrappers match the elements' manifest,
//   1. builds everything: Node tests test the built dist/, the portal check loads the CDN bundle,
//   2. runs those tests with Node's test runner (files compiled by esbuild, imports of
//      `@interlude/*` left as they are so they resolve to dist/), then type-checks every code
//      sample in docs/*.md and runs the runnable ones (tools/check-doc-samples.mjs),
//   3. runs every browser test in headless Chromium with @web/test-runner,
//   4. builds the static Storybook and renders every story in Chromium, with axe
//      (tools/check-storybook.mjs), and drives the demo portal end to end
//      (tools/check-portal.mjs), and the React example the same way (tools/check-react-portal.mjs);
//      skip them with INTERLUDE_SKIP_STORIES=1 while iterating.
// Exits non-zero if anything failed or a runner crashed. Arguments are passed to wtr
// (e.g. `npm test -- --files packages/elements/src/provider/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
/** Packages whose every test also runs under Node, against the built package. */
const NODE_PACKAGES = ['core', 'content', 'fhir'];
/** Node 20 has no fs.globSync: list test files under packages/<name>/src by hand. */
function testFiles(packageName, suffix) {
  const dir = join('packages', packageName, 'src');
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(dir, file));
}
const allPackages = readdirSync(join(root, 'packages'));

const totals = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function addCounts(file, runner, status) {
  if (!existsSync(file)) {
    console.error(`\n${runner} wrote no results (exit ${status}).`);
    crashed = true;
    totals.failed += 1;
    return;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  if (status !== 0 && counts.failed === 0) {
    console.error(`\n${runner} exited with ${status} although no test failed.`);
    crashed = true;
  }
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

// 0. The checked-in React wrappers equal fresh ones from the elements' manifest (before the
//    build, which regenerates them): an element without a wrapper fails here.
if (run('node', ['packages/react/scripts/generate.mjs', '--check']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// 1. Build: Node tests import dist/, and examples/cdn loads the CDN bundle.
const buildStatus = run('npm', ['run', '--silent', 'build']);
if (buildStatus !== 0) {
  console.error('\nThe build failed.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// 2. Node.
const nodeSources = [
  ...new Set([
    ...NODE_PACKAGES.flatMap((name) => testFiles(name, '.test.ts')),
    ...allPackages.flatMap((name) => testFiles(name, '.node.test.ts')),
  ]),
].sort();
const compiled = join(tmp, 'node-tests');
await build({
  entryPoints: nodeSources.map((file) => join(root, file)),
  outdir: compiled,
  outbase: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const nodeFiles = nodeSources.map((file) => join(compiled, file.replace(/\.ts$/, '.js')));
const nodeCounts = join(tmp, 'node-counts.json');
console.log(`\nNode: ${nodeFiles.length} test file(s) against the built packages`);
const nodeStatus = run('node', [
  '--test',
  '--import',
  join(root, 'tools/node-test-globals.mjs'),
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${join(root, 'tools/node-count-reporter.mjs')}`,
  `--test-reporter-destination=${nodeCounts}`,
  ...nodeFiles.map((file) => relative(root, file)),
]);
addCounts(nodeCounts, 'Node test runner', nodeStatus);

// 2b. The guides' code samples: type-checked, the runnable ones run against dist/.
const docCounts = join(tmp, 'doc-sample-counts.json');
console.log('\nGuides: every ```ts sample in docs/*.md type-checked, the runnable ones run in Node');
addCounts(
  docCounts,
  'guide sample check',
  run('node', ['tools/check-doc-samples.mjs', '--counts', docCounts]),
);

// 3. Browser.
const browserCounts = join(tmp, 'browser-counts.json');
console.log('\nChromium: every *.test.ts through @web/test-runner');
const wtrStatus = run('npx', ['web-test-runner', ...process.argv.slice(2)], {
  WTR_COUNT_FILE: browserCounts,
});
addCounts(browserCounts, 'web-test-runner', wtrStatus);

// 4. Stories.
if (process.env.INTERLUDE_SKIP_STORIES !== '1') {
  console.log('\nStorybook: static build, then every story rendered in Chromium with axe');
  const storybookStatus = run('npm', ['run', '--silent', 'build-storybook']);
  const storyCounts = join(tmp, 'story-counts.json');
  if (storybookStatus === 0) {
    const checkStatus = run('node', [
      'tools/check-storybook.mjs',
      'storybook-static',
      '--counts',
      storyCounts,
    ]);
    addCounts(storyCounts, 'story check', checkStatus);
  } else {
    console.error('\nStorybook build failed.');
    crashed = true;
    totals.failed += 1;
  }
  console.log('\nDemo portal: built with Vite and used end to end in Chromium');
  const portalCounts = join(tmp, 'portal-counts.json');
  addCounts(portalCounts, 'portal check', run('node', ['tools/check-portal.mjs', '--counts', portalCounts]));
  console.log('\nReact portal (examples/react-portal): built with Vite and used end to end in Chromium');
  const reactPortalCounts = join(tmp, 'react-portal-counts.json');
  addCounts(
    reactPortalCounts,
    'React portal check',
    run('node', ['tools/check-react-portal.mjs', '--counts', reactPortalCounts]),
  );
}

const failed = totals.failed > 0 || crashed;
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failed ? 1 : 0);
