/**
 * Licence gating: the vendor's declared use and whether a definition may be offered for it.
 *
 * @module
 */
export {
  LICENSED_USES,
  LICENCE_REFUSAL_REASONS,
  LicensingSchema,
  DEFAULT_LICENSING,
  LicenceError,
  parseLicensing,
  checkLicence,
  assertLicence,
  licensedDefinitions,
  type LicensedUse,
  type Licensing,
  type LicenceRefusalReason,
  type LicenceRefusal,
  type LicenceDecision,
} from './licensing.js';
