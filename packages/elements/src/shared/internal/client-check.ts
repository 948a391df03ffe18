/**
 * A check of a vendor input by the store client (`client.validate.<name>`, core's schema, which
 * the client carries anyway), else by the check an element's own entry (`define.ts`) installed
 * for pages without a client. An element nested in one that always has a client (the measure
 * form's crisis list, the check-in's scale) so bundles no schema code. Without either, nothing
 * is checked and the input is not used: the result is a `ValidationError` saying so.
 *
 * @module
 */
import { ValidationError, type InterludeClient } from '@interlude/core';
import type { ClientValidate, Interlude } from '@interlude/store';

type Checked<Name extends keyof ClientValidate> = ReturnType<ClientValidate[Name]>;

/** One kind of check (`crisisResources`, `ratingScale`); one instance per kind, shared by every element. */
export class ClientCheck<Name extends keyof ClientValidate> {
  readonly #name: Name;
  #withoutClient: ClientValidate[Name] | undefined;

  constructor(name: Name) {
    this.#name = name;
  }

  /** Called by the element's public entry, which carries core's schema. */
  installWithoutClient(check: ClientValidate[Name]): void {
    this.#withoutClient = check;
  }

  /** The check to use with `client`: the client's own, else the installed one, if any. */
  of(client: InterludeClient | undefined): ClientValidate[Name] | undefined {
    const own = (client as Partial<Interlude> | undefined)?.validate?.[this.#name];
    return typeof own === 'function' ? own : this.#withoutClient;
  }

  /** Runs the check for `client`; without one, an error saying the input could not be checked. */
  run(client: InterludeClient | undefined, input: unknown, label: string): Checked<Name> {
    const check = this.of(client) as ((input: unknown, label: string) => Checked<Name>) | undefined;
    if (check) return check(input, label);
    const issue = { path: [], code: 'unchecked', message: 'cannot be checked without a store client' };
    return { ok: false, error: new ValidationError(label, [issue]) } as Checked<Name>;
  }
}

/** Vendor crisis resources (`crisisResources` on an element or the provider). */
export const crisisResourcesCheck = new ClientCheck('crisisResources');

/** A rating scale's `min`, `max`, `step` and `valueLabels`. */
export const ratingScaleCheck = new ClientCheck('ratingScale');
