// One lint configuration for the whole repository. Lit and web-component rules apply to
// the elements; test files get mocha globals and the house rules on focused/skipped tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const noFocusedOrSkippedTests = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.object.name=/^(describe|it|test|context)$/][callee.property.name=/^(only|skip)$/], CallExpression[callee.name=/^x(it|describe)$/]",
  message: 'Focused or skipped tests hide failures: remove .only/.skip.',
};

// `import { z } from 'zod/mini'` defeats esbuild's tree-shaking (85 kB gzip instead of 4.4 kB
// for one schema): import the namespace (`import * as z`) or named functions instead.
const noZodNamespaceObject = {
  selector: "ImportDeclaration[source.value=/^zod(\\/|$)/] > ImportSpecifier[imported.name='z']",
  message: "Use `import * as z from 'zod/mini'`: the `z` object defeats esbuild's tree-shaking.",
};

// A `style` attribute is an inline style: a Content-Security-Policy without 'unsafe-inline' in
// style-src blocks it (lit's styleMap writes one on its first render too). Set properties through
// the CSSOM instead: shared/internal/style-properties.ts.
const strictCspStyle =
  'Inline styles break under a strict CSP: use `${styleProperties({ … })}` from shared/internal/style-properties.js.';
const noStyleAttributeInTemplates = {
  selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]',
  message: strictCspStyle,
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tmp/**',
      'storybook-static/**',
      'docs/api/**',
      'examples/*/dist/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': ['error', noZodNamespaceObject],
    },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/content/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    // Core and content are pure: no DOM, no I/O, no console (PHI must never reach logs).
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'fetch',
        'navigator',
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Core uses zod/mini: full zod adds about 18 kB gzip to every widget.' },
            { name: 'zod/v4', message: 'Core uses zod/mini.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'tools/**',
      '*.config.js',
      'bench/**',
      'examples/**/vite.config.ts',
      'examples/node-*/**',
      'packages/*/scripts/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      // Content is untrusted: render text, never markup.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render text; content is untrusted.' },
            { name: 'lit/directives/style-map.js', message: strictCspStyle },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text; content is untrusted.' },
        { property: 'outerHTML', message: 'Render text; content is untrusted.' },
      ],
    },
  },
  {
    // What ships (stories and test pages run without a CSP, and may use style attributes).
    files: ['packages/elements/src/**/*.ts'],
    ignores: [
      '**/*.stories.ts',
      '**/*.test.ts',
      '**/*.test-suite.ts',
      'packages/elements/src/shared/testing/**',
    ],
    rules: { 'no-restricted-syntax': ['error', noZodNamespaceObject, noStyleAttributeInTemplates] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-suite.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      'no-restricted-syntax': ['error', noZodNamespaceObject, noFocusedOrSkippedTests],
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.be.true
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // An `expect(...)` with no matcher asserts nothing and can never fail.
      'no-restricted-syntax': [
        'error',
        noZodNamespaceObject,
        noFocusedOrSkippedTests,
        {
          selector: "ExpressionStatement > CallExpression[callee.name='expect']",
          message: 'expect(...) without a matcher asserts nothing.',
        },
      ],
    },
  },
);
