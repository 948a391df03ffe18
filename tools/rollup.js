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

const TEMPLATE_TAGS = new Set(['html', 'css', 'svg']);

/**
 * Drops the indentation inside lit's html`…`, svg`…` and css`…` templates (and the comments in
 * css`…`), which no minifier touches, because template text is data. Each newline stays: HTML
 * and CSS read a newline as they read a newline and spaces, and line numbers (so the source map,
 * which is left as it was) stay right.
 */
export function templateIndentation() {
  return {
    name: 'template-indentation',
    transform(code) {
      if (!/\b(html|css|svg)`/.test(code)) return null;
      const quasis = [];
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          TEMPLATE_TAGS.has(node.tag.name)
        ) {
          for (const quasi of node.quasi.quasis) quasis.push({ quasi, css: node.tag.name === 'css' });
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      if (quasis.length === 0) return null;
      let out = '';
      let at = 0;
      for (const { quasi, css } of quasis.sort((a, b) => a.quasi.start - b.quasi.start)) {
        let text = code.slice(quasi.start, quasi.end);
        if (css) text = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
        text = text.replace(/\n[ \t]+/g, '\n');
        if (css) text = tightCss(text);
        out += code.slice(at, quasi.start) + text;
        at = quasi.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/**
 * The spaces CSS does not need, newlines kept (for the source map's lines): around `{`, after
 * `;`, `:` and `,` and before `}`, and a rule's last `;`. Only our own styles pass here; none has a
 * quoted string with `: `, `, ` or `;` in it (attribute selectors quote single words).
 */
function tightCss(text) {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]*\{[ \t]*/g, '{')
    .replace(/([;:,])[ \t]+/g, '$1')
    .replace(/;(\s*)\}/g, '$1}')
    .replace(/[ \t]+\}/g, '}');
}

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
    plugins: [typescript(), templateIndentation()],
  };
}
