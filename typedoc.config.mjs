// API reference for every published package, merged into one site in docs/api (generated,
// git-ignored). Runs with --treatWarningsAsErrors in CI: an undocumented export fails.
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Interlude',
  disableSources: true,
  entryPointStrategy: 'packages',
  entryPoints: ['packages/core', 'packages/content', 'packages/store', 'packages/fhir', 'packages/elements'],
  packageOptions: {
    entryPoints: ['src/index.ts'],
    disableSources: true,
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    externalSymbolLinkMappings: {
      '@lit/reactive-element': { '*': 'https://lit.dev/docs/api/ReactiveElement/' },
      lit: { '*': 'https://lit.dev/docs/api/' },
      '@lit/context': { '*': 'https://lit.dev/docs/data/context/' },
    },
    blockTags: [
      ...OptionDefaults.blockTags,
      '@slot',
      '@fires',
      '@csspart',
      '@cssprop',
      '@cssproperty',
      '@event',
      '@tag',
      '@summary',
      '@attr',
    ],
  },
  out: 'docs/api',
  readme: 'none',
};
