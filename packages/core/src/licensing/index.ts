/**
 * Licence gating: the vendor's declared use and whether a definition may be offered for it.
 *
 * @module
 */
export {
  LICENSED_USES,
  LicensingSchema,
  parseLicensing,
  type LicensedUse,
  type Licensing,
} from './licensing.js';
export {
  LICENCE_REFUSAL_REASONS,
  DEFAULT_LICENSING,
  LicenceError,
  checkLicence,
  assertLicence,
  licensedDefinitions,
  type LicenceRefusalReason,
  type LicenceRefusal,
  type LicenceDecision,
} from './check-licence.js';
