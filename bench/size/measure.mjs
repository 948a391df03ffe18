// Bundles every size entry with every bundler and measures it (min, gzip -9, brotli 11).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUNDLERS } from './bundlers.mjs';
import { sizeEntries } from './entries.mjs';

/** The CDN files a page without a bundler loads, by row name; each counts its chunks too. */
export const CDN_FILES = {
  'CDN bundle (dist/cdn/interlude.min.js)': 'interlude.min.js',
  'CDN client (dist/cdn/interlude-store.min.js)': 'interlude-store.min.js',
};

/**
 * @typedef {object} SizeRow
 * @property {string} name
 * @property {string} kind
 * @property {string} [element]
 * @property {string} bundler `rollup`, `esbuild`, `webpack`, or `as built` for the CDN file
 * @property {number} min
 * @property {number} gzip
 * @property {number} brotli
 * @property {string[]} warnings
 */

const sizes = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** @returns {Promise<SizeRow[]>} */
export async function measureSizes(root, { only } = {}) {
  const tmp = join(root, '.tmp', 'size');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const rows = [];
  const entries = sizeEntries(root).filter((entry) => !only || entry.name.includes(only));
  for (const [index, entry] of entries.entries()) {
    const file = join(tmp, `entry-${index}.js`);
    writeFileSync(file, entry.source);
    for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
      const { code, warnings } = await bundle(file, root);
      rows.push({
        name: entry.name,
        kind: entry.kind,
        element: entry.element,
        bundler,
        ...sizes(code),
        warnings,
      });
    }
  }
  for (const [name, file] of Object.entries(CDN_FILES)) {
    if (only && !name.includes(only)) continue;
    // A file a vendor loads with a script tag, built once by Rollup, no bundler of theirs: with
    // the shared chunk it imports and every translation chunk it may fetch, as if inlined.
    const cdn = Buffer.concat(
      cdnClosure(join(root, 'packages/elements/dist/cdn', file)).map((path) => readFileSync(path)),
    );
    rows.push({ name, kind: 'bundle', bundler: 'as built', ...sizes(cdn), warnings: [] });
  }
  return rows;
}

/** `file` and every chunk it imports, statically or with `import()`, transitively. */
function cdnClosure(file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g))
    cdnClosure(join(dirname(file), specifier), seen);
  return [...seen];
}
