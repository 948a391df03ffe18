import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { libraryBuild, onwarn, templateIndentation, typescript } from '../../tools/rollup.js';

// One entry per element (`src/<name>/define.ts` → `@interlude/elements/<name>.js`) plus the barrel.
const defineModules = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => `src/${entry.name}/define.ts`);

export default [
  libraryBuild({ input: ['src/index.ts', ...defineModules] }),
  {
    // The CDN files, for a page without a bundler: `interlude.min.js` (every element) and
    // `interlude-store.min.js` (createInterlude, the stores, the content catalogue). What both
    // use (zod, core) is one shared chunk, so a page loading both runs one copy; each
    // translation is a chunk of its own, fetched when that language is first shown. A vendor
    // copies the whole `dist/cdn/` folder. Both entries turn on zod's jitless mode first (strict CSP).
    input: { interlude: 'src/cdn.ts', 'interlude-store': 'src/cdn-store.ts' },
    onwarn,
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      sourcemap: true,
      entryFileNames: '[name].min.js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'] }),
      typescript(),
      templateIndentation(),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
];
