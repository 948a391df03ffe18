// Shared rollup configuration: every package builds its `src/index.ts` (and any extra
// entry points) into ESM modules in `dist/`, one file per source module, with bare
// specifiers left for the consumer's bundler. tsc -b writes the .d.ts files next to them.
import esbuild from 'rollup-plugin-esbuild';
import { trimTemplate } from './template-text.js';

/** Warnings zod 4 and lit trigger in every build and that mean nothing for us. */
export const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

const TEMPLATE_TAGS = new Set(['html', 'css', 'svg']);

/**
 * Trims the text inside lit's html`…`, svg`…` and css`…` templates (`trimTemplate`: their
 * indentation, and css`…`'s comments, spaces and newlines). The newlines css`…` loses move out of
 * the template, just after its `${` or closing backtick, where they are JavaScript whitespace the
 * minifier drops: the code keeps its line numbers, so the source map, left as it was, stays right.
 *
 * Each css`…` is also wrapped in a pure-annotated call, `/* @__PURE__ *\/ (() => css`…`)()`: a
 * bundler cannot know that lit's `css` tag has no side effects, and esbuild and Rollup take no
 * annotation on a tagged template itself, so without it every stylesheet of a shared module
 * stays in every bundle that imports the module, used or not. Minifiers unwrap the call again.
 */
export function templateIndentation() {
  return {
    name: 'template-indentation',
    transform(code) {
      if (!/\b(html|css|svg)`/.test(code)) return null;
      /** Text to put in place of `code.slice(start, end)` (an insertion where the two are equal). */
      const edits = [];
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          TEMPLATE_TAGS.has(node.tag.name)
        ) {
          const css = node.tag.name === 'css';
          if (css) edits.push({ start: node.start, end: node.start, text: '/* @__PURE__ */ (() => ' });
          for (const quasi of node.quasi.quasis) {
            const text = code.slice(quasi.start, quasi.end);
            const trimmed = trimTemplate(text, css);
            // After the quasi comes `${` or the closing backtick: the lost newlines go past it.
            const end = quasi.end + (code.startsWith('${', quasi.end) ? 2 : 1);
            const newlines = '\n'.repeat(text.split('\n').length - trimmed.split('\n').length);
            edits.push({ start: quasi.start, end, text: trimmed + code.slice(quasi.end, end) + newlines });
          }
          if (css) edits.push({ start: node.end, end: node.end, text: ')()' });
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start || a.end - b.end)) {
        out += code.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
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
