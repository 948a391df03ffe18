/**
 * The elements' CDN file (`dist/cdn/interlude.min.js`): every element, for a page without a
 * bundler. zod's jitless mode comes first, so the file works under a strict
 * Content-Security-Policy (no `'unsafe-eval'`). The client (`createInterlude`, the store) and the
 * content catalogue are in the second CDN file, `interlude-store.min.js`; both share one chunk
 * (lit, zod, core), so a page that loads both runs one copy of each:
 * `import { createInterlude, idbStore, dailyMood } from '/vendor/interlude/interlude-store.min.js'`.
 *
 * @internal
 * @module
 */
import '@interlude/core/strict-csp';

export * from './index.js';
