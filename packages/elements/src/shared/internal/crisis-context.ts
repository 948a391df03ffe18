/**
 * The context through which `<il-provider>` hands crisis settings down. Its own module, so the
 * provider does not pull the shipped resources into its bundle.
 *
 * @module
 */
import { createContext } from '@lit/context';
import type { CrisisResourceSet } from '@interlude/core';

/** What `<il-provider>` hands down about crisis resources. */
export interface CrisisSettings {
  /** The vendor's resources for every element below the provider. */
  readonly resources?: CrisisResourceSet | undefined;
  /** The region whose shipped defaults to use, e.g. `GB`. */
  readonly region?: string | undefined;
}

/** The context through which the provider hands {@link CrisisSettings} down. */
export const crisisSettingsContext = createContext<CrisisSettings | undefined>(
  Symbol.for('@interlude/elements:crisis'),
);
