/**
 * The CDN file's entry (`dist/cdn/interlude.min.js`): what a page without a bundler needs, in one
 * module. zod's jitless mode comes first, so the file works under a strict Content-Security-Policy
 * (no `'unsafe-eval'`); then every element, and the few functions a page needs to make a client
 * and find content. A vendor's own module imports them from the same URL:
 * `import { createInterlude, idbStore, dailyMood } from '/vendor/interlude/interlude.min.js'`.
 *
 * @internal
 * @module
 */
import '@interlude/core/strict-csp';

export * from './index.js';
export {
  createInterlude,
  httpTransport,
  idbStore,
  memoryStore,
  type Interlude,
  type CreateInterludeOptions,
} from '@interlude/store';
export {
  getCheckInTemplate,
  getExercise,
  getMeasure,
  listMeasures,
  crisisResourcesFor,
  dailyMood,
} from '@interlude/content';
