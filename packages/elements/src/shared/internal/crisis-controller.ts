/**
 * Which crisis resources an element shows: its own `crisisResources` (or `crisisRegion`), else
 * the nearest `<il-provider>`'s, else the shipped default for the region of the client's locale
 * (or the browser's). Never nothing: a region without checked numbers gets the fallback advice
 * to call the local emergency number, and vendor resources that fail validation are replaced by
 * the default (with `problem` saying why), because a crisis panel must never be empty.
 *
 * Vendor resources are checked by the store client (`client.validate.crisisResources`, core's
 * schema, which the client carries anyway), else by the schema check the `il-crisis-resources`
 * entry installs for pages without a client. An element that always has a client (the measure
 * form) so bundles no schema code. Resolving never waits: the shipped defaults are in the bundle.
 *
 * @module
 */
import { ContextConsumer } from '@lit/context';
import { crisisSettingsContext } from './crisis-context.js';
import type { ReactiveControllerHost } from 'lit';
import {
  ValidationError,
  regionOfLocale,
  type CrisisResourceSet,
  type InterludeClient,
  type ParseResult,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { crisisResourcesFor } from '@interlude/content';

/** An element that shows crisis resources. */
export type CrisisHost = ReactiveControllerHost &
  HTMLElement & {
    crisisResources?: CrisisResourceSet | undefined;
    crisisRegion?: string | undefined;
  };

/** Checks a vendor's crisis resources; `label` names them in the error. */
export type CrisisResourcesCheck = (input: unknown, label: string) => ParseResult<CrisisResourceSet>;

let schemaCheck: CrisisResourcesCheck | undefined;

/** Installs the check used when there is no store client (the `il-crisis-resources` entry does). */
export function checkCrisisResourcesWithoutClient(check: CrisisResourcesCheck): void {
  schemaCheck = check;
}

const LABEL = 'crisis resources';

/** Resolves the resources for one element; see the module documentation. */
export class CrisisController {
  readonly #host: CrisisHost;
  readonly #consumer: ContextConsumer<typeof crisisSettingsContext, CrisisHost>;
  #cache: { input: unknown; check: CrisisResourcesCheck | undefined; result: ParseResult<CrisisResourceSet> } | undefined;

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
    const check = checkOf(client);
    if (!this.#cache || this.#cache.input !== input || this.#cache.check !== check) {
      this.#cache = { input, check, result: check ? check(input, LABEL) : unchecked() };
    }
    return this.#cache.result;
  }
}

/** The client's check when it has one (a store client), else the installed schema check. */
function checkOf(client: InterludeClient | undefined): CrisisResourcesCheck | undefined {
  const validate = (client as Partial<Interlude> | undefined)?.validate;
  return typeof validate?.crisisResources === 'function' ? validate.crisisResources : schemaCheck;
}

/** Nothing can check them here (no store client, no schema on the page): never shown unchecked. */
function unchecked(): ParseResult<CrisisResourceSet> {
  const issue = { path: [], code: 'unchecked', message: 'cannot be checked without a store client' };
  return { ok: false, error: new ValidationError(LABEL, [issue]) };
}
