// `npm run size`: what each entry point costs a vendor's page, minified + gzip/brotli, next
// to peers measured in the same run (a bare Lit element, zod vs zod/mini), with budgets.
// Bundles the built packages (run `npm run build` first) with every dependency inlined,
// as a vendor's bundler would. Exits 1 when an entry is over its budget.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp', 'size');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const budgets = JSON.parse(readFileSync(join(root, 'bench', 'size-budgets.json'), 'utf8'));

/** name → module source; imports resolve from the repository's node_modules. */
const ENTRIES = {
  '@interlude/core (everything)': `export * from '@interlude/core';`,
  '@interlude/core: parseUser only': `export { parseUser } from '@interlude/core';`,
  '@interlude/core: scoreMeasure only': `export { scoreMeasure } from '@interlude/core';`,
  '@interlude/core: expandOccurrences only': `export { expandOccurrences } from '@interlude/core';`,
  '@interlude/content: PHQ-9 only': `export { phq9 } from '@interlude/content';`,
  '@interlude/elements/provider.js': `import '@interlude/elements/provider.js';`,
  '@interlude/elements/rating-scale.js': `import '@interlude/elements/rating-scale.js';`,
  '@interlude/elements/mood-chart.js': `import '@interlude/elements/mood-chart.js';`,
  '@interlude/elements/outcome-chart.js': `import '@interlude/elements/outcome-chart.js';`,
  '@interlude/elements/adherence-chart.js': `import '@interlude/elements/adherence-chart.js';`,
  '@interlude/elements/progress.js': `import '@interlude/elements/progress.js';`,
  '@interlude/elements (everything)': `import '@interlude/elements';`,
  'peer: bare Lit element': `import { LitElement, html, css } from 'lit';
    customElements.define('x-peer', class extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>hi</p>\`; } });`,
  'peer: zod (full), one object + parse': `import { z } from 'zod';
    export const parse = (v) => z.object({ id: z.string().min(1), role: z.enum(['a', 'b']) }).parse(v);`,
  'peer: uPlot (a line chart, no bands, markers or table)': `import uPlot from 'uplot'; export default uPlot;`,
  'peer: Chart.js line chart (tree-shaken)': `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } from 'chart.js';
    Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale); export default Chart;`,
  'peer: zod/mini, one object + parse': `import * as z from 'zod/mini';
    export const parse = (v) => z.object({ id: z.string().check(z.minLength(1)), role: z.enum(['a', 'b']) }).parse(v);`,
};

const rows = [];
let over = false;
for (const [name, source] of Object.entries(ENTRIES)) {
  const file = join(tmp, `${rows.length}.js`);
  writeFileSync(file, source);
  const bundle = await rollup({
    input: file,
    onwarn: () => {},
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'], rootDir: root }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
  await bundle.close();
  const code = Buffer.from(output[0].code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgets[name];
  const ok = budget === undefined || gzip <= budget;
  if (!ok) over = true;
  rows.push({ name, min: code.length, gzip, brotli, budget, ok });
}

const cdn = readFileSync(join(root, 'packages/elements/dist/cdn/interlude.min.js'));
const cdnGzip = gzipSync(cdn, { level: 9 }).length;
const cdnBudget = budgets['CDN bundle (dist/cdn/interlude.min.js)'];
rows.push({
  name: 'CDN bundle (dist/cdn/interlude.min.js)',
  min: cdn.length,
  gzip: cdnGzip,
  brotli: brotliCompressSync(cdn).length,
  budget: cdnBudget,
  ok: cdnGzip <= cdnBudget,
});
if (cdnGzip > cdnBudget) over = true;

const pad = (value, width) => String(value).padStart(width);
console.log(
  `${'entry'.padEnd(42)} ${pad('min', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 8)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(42)} ${pad(row.min, 8)} ${pad(row.gzip, 8)} ${pad(row.brotli, 8)} ${pad(row.budget ?? '—', 8)}${row.ok ? '' : '  OVER BUDGET'}`,
  );
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'size.json'), JSON.stringify(rows, null, 2));
if (over) {
  console.error('\nAn entry is over its gzip budget (bench/size-budgets.json).');
  process.exit(1);
}
