// Defines <il-rating-scale> without core's settings schema, for elements that always have a
// store client to check the settings with (the check-in). The public entry (define.ts) also
// installs the schema, so the element checks its settings on a page without a client.
import { IlRatingScale } from './rating-scale.js';

export { IlRatingScale };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-rating-scale')) customElements.define('il-rating-scale', IlRatingScale);
