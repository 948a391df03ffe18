import { CrisisResourceSetSchema, safeParse } from '@interlude/core';
import { crisisResourcesCheck } from '../shared/internal/client-check.js';
import { IlCrisisResources } from './crisis-resources.js';

export { IlCrisisResources };

// A help page needs no client: the standalone element checks vendor resources with core's schema.
crisisResourcesCheck.installWithoutClient((input, label) => safeParse(CrisisResourceSetSchema, input, label));

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw. register.ts defines
// the same class without the check, for the elements that nest this one (they pass a client).
if (!customElements.get('il-crisis-resources'))
  customElements.define('il-crisis-resources', IlCrisisResources);

declare global {
  interface HTMLElementTagNameMap {
    'il-crisis-resources': IlCrisisResources;
  }
}
