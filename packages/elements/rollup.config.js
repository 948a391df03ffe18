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
    // The CDN file: everything (lit, @lit/context, zod, core) in one module a vendor loads
    // with a single <script type="module">. Locales are inlined: no chunk paths to host.
    // Its entry turns on zod's jitless mode first (strict CSP) and adds createInterlude & co.
    input: 'src/cdn.ts',
    onwarn,
    output: {
      file: 'dist/cdn/interlude.min.js',
      format: 'esm',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser'] }),
      typescript(),
      templateIndentation(),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
];
