/**
 * Which crisis resources an element shows: its own `crisisResources` (or `crisisRegion`), else
 * the nearest `<il-provider>`'s, else the shipped default for the region of the client's locale
 * (or the browser's). Never nothing: a region without checked numbers gets the fallback advice
 * to call the local emergency number, and vendor resources that fail validation are replaced by
 * the default (with `problem` saying why), because a crisis panel must never be empty.
 *
 * @module
 */
import { ContextConsumer } from '@lit/context';
import { crisisSettingsContext } from './crisis-context.js';
import type { ReactiveControllerHost } from 'lit';
import {
  CrisisResourceSetSchema,
  regionOfLocale,
  safeParse,
  type CrisisResourceSet,
  type InterludeClient,
  type ValidationError,
} from '@interlude/core';
import { crisisResourcesFor } from '@interlude/content';

/** An element that shows crisis resources. */
export type CrisisHost = ReactiveControllerHost &
  HTMLElement & {
    crisisResources?: CrisisResourceSet | undefined;
    crisisRegion?: string | undefined;
  };

/** Resolves the resources for one element; see the module documentation. */
export class CrisisController {
  readonly #host: CrisisHost;
  readonly #consumer: ContextConsumer<typeof crisisSettingsContext, CrisisHost>;
  #cache: { input: unknown; result: ReturnType<typeof validate> } | undefined;

  constructor(host: CrisisHost) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: crisisSettingsContext, subscribe: true });
  }

  /** The resources to show now; `client` gives the user's locale when no region is set. */
  resources(client?: InterludeClient): CrisisResourceSet {
    const given = this.#host.crisisResources ?? this.#consumer.value?.resources;
    if (given !== undefined) {
      const checked = this.#validate(given);
      if (checked.ok) return checked.value;
    }
    return crisisResourcesFor(this.#region(client));
  }

  /** Why the vendor's resources were not used, or `undefined`. */
  get problem(): ValidationError | undefined {
    const given = this.#host.crisisResources ?? this.#consumer.value?.resources;
    if (given === undefined) return undefined;
    const checked = this.#validate(given);
    return checked.ok ? undefined : checked.error;
  }

  #region(client: InterludeClient | undefined): string | undefined {
    return (
      this.#host.crisisRegion ||
      this.#consumer.value?.region ||
      regionOfLocale(client?.user.locale) ||
      (typeof navigator === 'undefined' ? undefined : regionOfLocale(navigator.language))
    );
  }

  #validate(input: unknown): ReturnType<typeof validate> {
    if (!this.#cache || this.#cache.input !== input) this.#cache = { input, result: validate(input) };
    return this.#cache.result;
  }
}

function validate(input: unknown) {
  return safeParse(CrisisResourceSetSchema, input, 'crisis resources');
}
