import { CrisisResourceSetSchema, safeParse } from '@interlude/core';
import { checkCrisisResourcesWithoutClient } from '../shared/internal/crisis-controller.js';
import { IlCrisisResources } from './register.js';

export { IlCrisisResources };

// A help page needs no client: the standalone element checks vendor resources with core's schema.
checkCrisisResourcesWithoutClient((input, label) => safeParse(CrisisResourceSetSchema, input, label));

declare global {
  interface HTMLElementTagNameMap {
    'il-crisis-resources': IlCrisisResources;
  }
}
