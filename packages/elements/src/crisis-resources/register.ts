// Defines <il-crisis-resources> without core's crisis schema, for elements that always have a
// store client to check resources with (the measure form's crisis panel). The public entry
// (define.ts) also installs the schema, so the element checks resources on a page without a client.
import { IlCrisisResources } from './crisis-resources.js';

export { IlCrisisResources };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-crisis-resources'))
  customElements.define('il-crisis-resources', IlCrisisResources);
