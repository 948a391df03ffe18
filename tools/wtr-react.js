// React ships CommonJS only, and a browser test imports ES modules. A bundler (Vite, webpack)
// converts React for a vendor's app; this @web/test-runner plugin does the same for the
// @interlude/react tests: `react`, `react-dom` and their entry points are bundled once with
// esbuild (development build, one shared copy of React across every entry) and served as ES
// modules with their named exports listed, which a per-file CommonJS transform cannot know.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const ENTRIES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react__/';

/** `react-dom/client` → `react-dom__client.js`. */
const fileOf = (specifier) => `${specifier.replaceAll('/', '__')}.js`;

/**
 * Every entry's export names, read in a separate Node process: React's development build probes
 * `console`, which the test runner replaces in its own process.
 */
function exportNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(ENTRIES)}.map((s) => [s, Object.keys(require(s))]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** An ES module re-exporting the CommonJS module's default and every named export. */
function facade(specifier, names) {
  return [
    `import cjs from '${specifier}';`,
    'export default cjs;',
    ...names
      .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
      .map((name) => `export const ${name} = cjs.${name};`),
  ].join('\n');
}

let bundled;
async function bundle() {
  const names = exportNames();
  const result = await build({
    entryPoints: ENTRIES.map((specifier) => ({
      in: `facade:${specifier}`,
      out: fileOf(specifier).slice(0, -3),
    })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'out',
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'facades',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^facade:/ }, (args) => ({
            path: args.path.slice(7),
            namespace: 'facade',
          }));
          esbuild.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => ({
            contents: facade(args.path, names[args.path]),
            resolveDir: process.cwd(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(
    result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]),
  );
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactAsEsm() {
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      return ENTRIES.includes(source) ? `${PREFIX}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      bundled ??= bundle();
      const body = (await bundled).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
