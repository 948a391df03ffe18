/**
 * Whether a definition may be offered for the use a vendor declared: the decisions of licence
 * gating, without the licensing schema (see `licensing.ts`), so elements that ask
 * {@link checkLicence} carry no schema code.
 *
 * @module
 */
import type { ActivityDefinition } from '../definitions/activity.js';
import { InterludeError } from '../errors.js';
import type { Licensing } from './licensing.js';

/**
 * What is assumed when a vendor declares nothing: commercial use without any permission, so that
 * nothing is offered which a commercial product may not offer.
 */
export const DEFAULT_LICENSING: Readonly<Licensing> = Object.freeze({ use: 'commercial' });

/** Why a definition may not be offered. */
export const LICENCE_REFUSAL_REASONS = ['permission-required', 'commercial-use-forbidden'] as const;

/** `'permission-required' | 'commercial-use-forbidden'`. */
export type LicenceRefusalReason = (typeof LICENCE_REFUSAL_REASONS)[number];

/** A typed "no", with what an element shows and what a vendor needs to act on it. */
export interface LicenceRefusal {
  readonly reason: LicenceRefusalReason;
  readonly definitionId: string;
  /** The licence's id as the definition states it, e.g. `CC-BY-NC-ND-4.0`. */
  readonly licenceId: string;
  /** The licence's terms page, when the definition gives one. */
  readonly licenceUrl: string | undefined;
  /** English, names the instrument and its licence and says what would allow it; no user data. */
  readonly message: string;
}

/** The outcome of {@link checkLicence}. */
export type LicenceDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly refusal: LicenceRefusal };

/** Thrown by {@link assertLicence}; `code` is `'licence'`. */
export class LicenceError extends InterludeError {
  readonly refusal: LicenceRefusal;

  constructor(refusal: LicenceRefusal) {
    super('licence', refusal.message);
    this.name = 'LicenceError';
    this.refusal = refusal;
  }
}

const ALLOWED: LicenceDecision = Object.freeze({ allowed: true });

/**
 * Whether `definition` may be offered for the declared use. Pure; decides from the definition's
 * licence alone (content written for Interlude, check-ins and exercises, carries none and is always
 * allowed):
 *
 * | `licence.commercialUse` | non-commercial use | commercial use |
 * | --- | --- | --- |
 * | `free` | allowed | allowed |
 * | `permission-required` | allowed | allowed only with `permissions[definition.id]` |
 * | `forbidden` | allowed | refused, whatever is declared |
 *
 * `licensing` omitted means {@link DEFAULT_LICENSING} (commercial, no permissions).
 *
 * @example
 * ```ts
 * const decision = checkLicence(getMeasure('core-10')!, client.licensing);
 * if (!decision.allowed) show(decision.refusal.message);
 * // "CORE-10 (core-10) is licensed CC-BY-NC-ND-4.0, which allows non-commercial use only: a commercial
 * //  product needs the owner's permission, declared as licensing.permissions['core-10']."
 * ```
 */
export function checkLicence(
  definition: ActivityDefinition,
  licensing: Licensing = DEFAULT_LICENSING,
): LicenceDecision {
  if (definition.kind !== 'measure' || licensing.use === 'non-commercial') return ALLOWED;
  const { licence } = definition;
  const name = `${definition.title['en'] ?? definition.id} (${definition.id})`;
  const refuse = (reason: LicenceRefusalReason, message: string): LicenceDecision => ({
    allowed: false,
    refusal: { reason, definitionId: definition.id, licenceId: licence.id, licenceUrl: licence.url, message },
  });
  switch (licence.commercialUse) {
    case 'free':
      return ALLOWED;
    case 'permission-required':
      if (hasPermission(licensing, definition.id)) return ALLOWED;
      return refuse(
        'permission-required',
        `${name} is licensed ${licence.id}, which allows non-commercial use only: a commercial product needs the owner's permission, declared as licensing.permissions['${definition.id}'].`,
      );
    case 'forbidden':
      return refuse(
        'commercial-use-forbidden',
        `${name} is licensed ${licence.id}, which forbids commercial use: it cannot be offered in a commercial product.`,
      );
  }
}

/**
 * Like {@link checkLicence}, but throws the refusal; for code paths that must not go on (rendering a form).
 *
 * @throws {@link LicenceError} when the definition may not be offered for the declared use.
 */
export function assertLicence(definition: ActivityDefinition, licensing?: Licensing): void {
  const decision = checkLicence(definition, licensing);
  if (!decision.allowed) throw new LicenceError(decision.refusal);
}

/**
 * The definitions that may be offered for the declared use, in their order: what a catalogue or
 * the assignment composer lists.
 *
 * @example
 * ```ts
 * const offered = licensedDefinitions(listMeasures(), client.licensing);
 * ```
 */
export function licensedDefinitions<D extends ActivityDefinition>(
  definitions: readonly D[],
  licensing?: Licensing,
): D[] {
  return definitions.filter((definition) => checkLicence(definition, licensing).allowed);
}

function hasPermission(licensing: Licensing, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(licensing.permissions ?? {}, id);
}
