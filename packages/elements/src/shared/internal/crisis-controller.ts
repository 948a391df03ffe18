/**
 * Which crisis resources an element shows: its own `crisisResources` (or `crisisRegion`), else
 * the nearest `<il-provider>`'s, else the shipped default for the region of the client's locale
 * (or the browser's). Never nothing: a region without checked numbers gets the fallback advice
 * to call the local emergency number, and vendor resources that fail validation are replaced by
 * the default (with `problem` saying why), because a crisis panel must never be empty.
 *
 * Vendor resources are checked by the store client (`client.validate.crisisResources`, core's
 * schema), else by the schema check the `il-crisis-resources` entry installs for pages without a
 * client (see `client-check.ts`). Resolving never waits: the shipped defaults are in the bundle.
 *
 * @module
 */
import { ContextConsumer } from '@lit/context';
import { crisisSettingsContext } from './crisis-context.js';
import type { ReactiveControllerHost } from 'lit';
import {
  regionOfLocale,
  type CrisisResourceSet,
  type InterludeClient,
  type ParseResult,
  type ValidationError,
} from '@interlude/core';
import { crisisResourcesCheck } from './client-check.js';
import { crisisResourcesFor } from '@interlude/content';

/** An element that shows crisis resources. */
export type CrisisHost = ReactiveControllerHost &
  HTMLElement & {
    crisisResources?: CrisisResourceSet | undefined;
    crisisRegion?: string | undefined;
  };

const LABEL = 'crisis resources';

/** Resolves the resources for one element; see the module documentation. */
export class CrisisController {
  readonly #host: CrisisHost;
  readonly #consumer: ContextConsumer<typeof crisisSettingsContext, CrisisHost>;
  #cache: { input: unknown; check: unknown; result: ParseResult<CrisisResourceSet> } | undefined;

  constructor(host: CrisisHost) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: crisisSettingsContext, subscribe: true });
  }

  /** The resources to show now; `client` checks the vendor's and gives the user's locale when no region is set. */
  resources(client?: InterludeClient): CrisisResourceSet {
    const given = this.#given();
    if (given !== undefined) {
      const checked = this.#validate(given, client);
      if (checked.ok) return checked.value;
    }
    return crisisResourcesFor(this.#region(client));
  }

  /** Why the vendor's resources were not used, or `undefined`. */
  problem(client?: InterludeClient): ValidationError | undefined {
    const given = this.#given();
    if (given === undefined) return undefined;
    const checked = this.#validate(given, client);
    return checked.ok ? undefined : checked.error;
  }

  #given(): unknown {
    return this.#host.crisisResources ?? this.#consumer.value?.resources;
  }

  #region(client: InterludeClient | undefined): string | undefined {
    return (
      this.#host.crisisRegion ||
      this.#consumer.value?.region ||
      regionOfLocale(client?.user.locale) ||
      (typeof navigator === 'undefined' ? undefined : regionOfLocale(navigator.language))
    );
  }

  #validate(input: unknown, client: InterludeClient | undefined): ParseResult<CrisisResourceSet> {
    const check = crisisResourcesCheck.of(client);
    if (!this.#cache || this.#cache.input !== input || this.#cache.check !== check) {
      this.#cache = { input, check, result: crisisResourcesCheck.run(client, input, LABEL) };
    }
    return this.#cache.result;
  }
}
