// Shared rollup configuration: every package builds its `src/index.ts` (and any extra
// entry points) into ESM modules in `dist/`, one file per source module, with bare
// specifiers left for the consumer's bundler. tsc -b writes the .d.ts files next to them.
import esbuild from 'rollup-plugin-esbuild';

/** Warnings zod 4 and lit trigger in every build and that mean nothing for us. */
export const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

/** Anything that is not a relative or absolute path stays an import. */
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id);

/**
 * @param {{ input?: string[] }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function libraryBuild({ input = ['src/index.ts'] } = {}) {
  return {
    input,
    external: isBare,
    // An import of a dependency whose bindings were all shaken away would otherwise stay as a
    // bare `import 'temporal-polyfill/fns/…'`, which esbuild warns about (ignored-bare-import)
    // and which pins the module in bundlers that trust it. Our dependencies have no import-time effects.
    treeshake: { moduleSideEffects: 'no-external' },
    onwarn,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript()],
  };
}
