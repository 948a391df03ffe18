/**
 * `@interlude/fhir`: Interlude's model as FHIR R4 resources, and a sync transport for any
 * FHIR server.
 *
 * @packageDocumentation
 */
export * from './resources.js';
export * from './mapping/index.js';
export * from './structure-definitions.js';
export { fhirTransport, type FhirTransportOptions } from './transport/fhir-transport.js';
export { bundleTypeOf, CapabilityStatementSchema, type CapabilityStatement } from './transport/bundle.js';
export {
  memoryVersionStore,
  stateVersionStore,
  formatVersion,
  parseVersion,
  type VersionStore,
  type ResourceVersion,
} from './transport/versions.js';
