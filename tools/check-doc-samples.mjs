// Keeps the guides honest: every fenced ```ts (or ```tsx) block in docs/*.md is pulled into a temporary
// project and type-checked against the packages (their sources, through the `@interlude/source`
// condition), and every block marked ```ts runnable is also bundled and run in Node against the
// built packages (dist/), so it must exit 0. One test per block, reported as `guide.md:line`.
//
// Names a sample may use without defining them (a vendor's `session`, an Interlude `client`, an
// element on the page) are declared in tools/doc-samples/context.d.ts, and what a bundler declares
// (CSS imports) in bundler.d.ts: a sample that needs anything else must define or import it.
// Pseudo-code belongs in a ```text block.
//
// Usage: node tools/check-doc-samples.mjs [--counts file.json] [guide.md …]
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const docs = join(root, 'docs');
const work = join(root, '.tmp', 'doc-samples');
const RUN_TIMEOUT_MS = 30_000;
/** Fence languages that are checked; `tsx` samples (React) are type-checked with the react-jsx transform. */
const CHECKED_LANGUAGES = new Set(['ts', 'typescript', 'tsx']);

const args = process.argv.slice(2);
const countsIndex = args.indexOf('--counts');
const countsFile = countsIndex >= 0 ? args[countsIndex + 1] : undefined;
const only = args.filter((arg, i) => arg.endsWith('.md') && (countsIndex < 0 || i !== countsIndex + 1));

/** A fenced block: where it is, what it says, whether it runs. */
function extractSamples(guide, text) {
  const samples = [];
  const lines = text.split('\n');
  let open;
  lines.forEach((line, index) => {
    const fence = /^(\s*)```(\S*)\s*(.*)$/.exec(line);
    if (!fence) {
      if (open) open.body.push(line.slice(open.indent));
      return;
    }
    if (open) {
      if (fence[2] === '' && fence[3] === '') {
        if (CHECKED_LANGUAGES.has(open.language)) samples.push(open);
        open = undefined;
      } else open.body.push(line.slice(open.indent));
      return;
    }
    const flags = fence[3].split(/\s+/).filter(Boolean);
    open = {
      guide,
      line: index + 2, // the first line of code, 1-based
      indent: fence[1].length,
      language: fence[2],
      runnable: flags.includes('runnable'),
      body: [],
    };
  });
  return samples;
}

const guides = readdirSync(docs)
  .filter((name) => name.endsWith('.md') && (only.length === 0 || only.includes(name)))
  .sort();
const samples = guides.flatMap((guide) => extractSamples(guide, readFileSync(join(docs, guide), 'utf8')));

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'samples'), { recursive: true });
for (const declarations of ['context.d.ts', 'bundler.d.ts']) {
  copyFileSync(join(root, 'tools/doc-samples', declarations), join(work, declarations));
}
for (const sample of samples) {
  sample.name = `${sample.guide.replace(/\.md$/, '')}-${sample.line}`;
  sample.file = join(work, 'samples', `${sample.name}.${sample.language === 'tsx' ? 'tsx' : 'ts'}`);
  sample.errors = [];
  // `export {}` makes every sample a module: its names are its own, top-level await works.
  writeFileSync(sample.file, `${sample.body.join('\n')}\nexport {};\n`);
}
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      composite: false,
      declaration: false,
      declarationMap: false,
      noEmit: true,
      types: ['node'],
      // Samples show an API, not every binding's later use.
      noUnusedLocals: false,
      jsx: 'react-jsx',
    },
    include: ['context.d.ts', 'bundler.d.ts', 'samples/*.ts', 'samples/*.tsx'],
  }),
);

// 1. Type-check every sample in one tsc run; map errors back to the guide's lines.
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const checked = await run(process.execPath, [tsc, '-p', work, '--pretty', 'false'], {
  cwd: root,
  maxBuffer: 16 * 1024 * 1024,
}).catch((error) => error);
const byFile = new Map(samples.map((sample) => [sample.file, sample]));
const otherErrors = [];
let lastErrors = otherErrors; // tsc continues a message on indented lines
for (const line of String(checked.stdout ?? '').split('\n')) {
  const match = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line);
  if (!match) {
    if (line.startsWith(' ') && lastErrors.length)
      lastErrors[lastErrors.length - 1] += `\n      ${line.trim()}`;
    else if (line.trim()) otherErrors.push(line);
    continue;
  }
  const sample = byFile.get(join(root, match[1])) ?? byFile.get(match[1]);
  lastErrors = sample ? sample.errors : otherErrors;
  lastErrors.push(sample ? `${sample.guide}:${sample.line + Number(match[2]) - 1}: ${match[4]}` : line);
}

// 2. Run the runnable ones against the built packages.
const runDir = join(work, 'run');
for (const sample of samples.filter((s) => s.runnable && s.errors.length === 0)) {
  const outfile = join(runDir, `${sample.name}.mjs`);
  await build({
    entryPoints: [sample.file],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  try {
    await run(process.execPath, [outfile], { cwd: root, timeout: RUN_TIMEOUT_MS });
  } catch (error) {
    const output = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim().split('\n').slice(0, 8).join('\n');
    sample.errors.push(
      `${sample.guide}:${sample.line}: runnable sample failed (${error.code ?? error.signal})\n${output}`,
    );
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
console.log(`Guides: ${samples.length} code sample(s) in ${guides.length} guide(s)`);
for (const sample of samples) {
  const label = `${sample.guide}:${sample.line}${sample.runnable ? ' (type-checked, run)' : ''}`;
  if (sample.errors.length === 0) {
    counts.passed += 1;
    console.log(`  ✔ ${label}`);
  } else {
    counts.failed += 1;
    console.log(`  ✘ ${label}\n      ${sample.errors.join('\n      ')}`);
  }
}
if (otherErrors.length) {
  counts.failed += 1;
  console.log(`  ✘ the sample project itself\n      ${otherErrors.join('\n      ')}`);
}
if (checked.code && checked.code !== 0 && counts.failed === 0) {
  counts.failed += 1;
  console.log(`  ✘ tsc exited ${checked.code}: ${String(checked.stderr ?? checked.message).trim()}`);
}
console.log(`Guides: ${counts.passed} passed, ${counts.failed} failed (${relative(root, work)})`);
if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
process.exit(counts.failed > 0 ? 1 : 0);
