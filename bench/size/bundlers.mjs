// The three bundlers vendors build with, each set up the way its users get it by default
// for a production build: Rollup + terser (Vite's production build), esbuild with minify
// (Angular's application builder, many plain setups) and webpack in production mode (its
// own terser and sideEffects/usedExports handling). Every dependency is inlined, dynamic
// imports included, so one file is the whole cost of an entry.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import webpack from 'webpack';

/**
 * @typedef {object} Bundled
 * @property {Buffer} code the minified bundle
 * @property {string[]} warnings what the bundler warned about (deduplicated)
 */

/** @type {Record<string, (file: string, root: string) => Promise<Bundled>>} */
export const BUNDLERS = {
  async rollup(file, root) {
    const warnings = new Set();
    const bundle = await rollup({
      input: file,
      onwarn: (warning) => {
        // zod's pure annotations and circular imports (lit, zod) are noise in every build.
        if (warning.code !== 'INVALID_ANNOTATION' && warning.code !== 'CIRCULAR_DEPENDENCY')
          warnings.add(`${warning.code}: ${warning.message}`);
      },
      plugins: [
        nodeResolve({ exportConditions: ['production', 'browser'], rootDir: root }),
        terser({ ecma: 2020, module: true, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
    await bundle.close();
    return { code: Buffer.from(output[0].code), warnings: [...warnings] };
  },

  async esbuild(file, root) {
    const result = await build({
      entryPoints: [file],
      absWorkingDir: root,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['production'],
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    return {
      code: Buffer.from(result.outputFiles[0].contents),
      warnings: [
        ...new Set(
          result.warnings.map((w) => `${w.id || 'warning'}: ${w.text} (${w.location?.file ?? '?'})`),
        ),
      ],
    };
  },

  async webpack(file, root) {
    const out = join(file, '..', `webpack-${file.split('/').pop()}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const stats = await new Promise((resolve, reject) => {
      webpack(
        {
          mode: 'production',
          context: root,
          entry: file,
          target: ['web', 'es2022'],
          devtool: false,
          // Keep the entry's exports (as the other two do), so core entries are not shaken to nothing.
          experiments: { outputModule: true },
          output: { path: out, filename: 'bundle.js', module: true, library: { type: 'module' } },
          performance: { hints: false },
          plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
          infrastructureLogging: { level: 'error' },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    const info = stats.toJson({ all: false, errors: true, warnings: true });
    if (stats.hasErrors()) throw new Error(info.errors.map((e) => e.message).join('\n'));
    const code = readFileSync(join(out, 'bundle.js'));
    rmSync(out, { recursive: true, force: true });
    return { code, warnings: [...new Set(info.warnings.map((w) => w.message.split('\n')[0]))] };
  },
};
