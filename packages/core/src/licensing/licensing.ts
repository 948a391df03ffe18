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
import { DefinitionIdSchema } from '../definitions/common.js';
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
