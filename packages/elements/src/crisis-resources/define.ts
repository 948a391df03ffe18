import { CrisisResourceSetSchema, safeParse } from '@interlude/core';
import { crisisResourcesCheck } from '../shared/internal/client-check.js';
import { IlCrisisResources } from './register.js';

export { IlCrisisResources };

// A help page needs no client: the standalone element checks vendor resources with core's schema.
crisisResourcesCheck.installWithoutClient((input, label) => safeParse(CrisisResourceSetSchema, input, label));

declare global {
  interface HTMLElementTagNameMap {
    'il-crisis-resources': IlCrisisResources;
  }
}
