// Bundles every size entry with every bundler and measures it (min, gzip -9, brotli 11).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUNDLERS } from './bundlers.mjs';
import { sizeEntries } from './entries.mjs';

export const CDN_NAME = 'CDN bundle (dist/cdn/interlude.min.js)';

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
  if (!only || CDN_NAME.includes(only)) {
    // The file a vendor loads with one script tag: built once by Rollup, no bundler of theirs.
    const cdn = readFileSync(join(root, 'packages/elements/dist/cdn/interlude.min.js'));
    rows.push({ name: CDN_NAME, kind: 'bundle', bundler: 'as built', ...sizes(cdn), warnings: [] });
  }
  return rows;
}
