/**
 * The client's CDN file (`dist/cdn/interlude-store.min.js`): what a page without a bundler needs
 * to make a client and find content, beside the elements' file (`interlude.min.js`). It shares
 * their chunk of lit, zod and core, and sets zod's jitless mode first as they do (strict CSP).
 *
 * @internal
 * @module
 */
import '@interlude/core/strict-csp';

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
