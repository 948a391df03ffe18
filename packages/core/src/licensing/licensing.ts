/**
 * Licence gating: whether a definition may be offered for the use a vendor declared. A vendor says
 * once, when creating the client, whether its product is commercial and which instruments it holds
 * the owner's permission for (`createInterlude({ licensing })`); catalogues, the assignment composer
 * and `il-measure-form` ask {@link checkLicence} before they offer or render a definition, and show
 * the refusal's message when it says no.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { ActivityDefinition } from '../definitions/activity.js';
import { DefinitionIdSchema } from '../definitions/common.js';
import { InterludeError } from '../errors.js';
import { parse } from '../parse.js';

/** How a vendor uses Interlude: in a commercial product or service, or not. */
export const LICENSED_USES = ['commercial', 'non-commercial'] as const;

/** `'commercial' | 'non-commercial'`. */
export type LicensedUse = (typeof LICENSED_USES)[number];

/** Schema for {@link Licensing}. */
export const LicensingSchema = z.object({
  /** Commercial unless the product is genuinely non-commercial (the owner's licence decides what counts). */
  use: z.enum(LICENSED_USES),
  /**
   * Instruments whose owner granted this vendor permission beyond their public licence, keyed by
   * definition id; the value says where the permission is recorded (an agreement reference), so an
   * audit can find it. Example: `{ 'core-10': 'CORE System Trust letter 2026-04-02' }`.
   */
  permissions: z.optional(
    z.record(
      DefinitionIdSchema,
      z.string().check(z.regex(/\S/, 'must name where the permission is recorded')),
    ),
  ),
});

/** The use a vendor declared, and the permissions it holds. */
export type Licensing = z.output<typeof LicensingSchema>;

/**
 * What is assumed when a vendor declares nothing: commercial use without any permission, so that
 * nothing is offered which a commercial product may not offer.
 */
export const DEFAULT_LICENSING: Readonly<Licensing> = Object.freeze({ use: 'commercial' });

/**
 * Validates a vendor's licensing declaration.
 *
 * @throws {@link ValidationError} with the path of every problem (e.g. `use`, `permissions.core-10`).
 * @example
 * ```ts
 * parseLicensing({ use: 'commercial', permissions: { 'core-10': 'CST agreement 2026-17' } });
 * ```
 */
export function parseLicensing(input: unknown): Licensing {
  return parse(LicensingSchema, input, 'licensing');
}

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
