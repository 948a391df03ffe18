/**
 * `@interlude/fhir`: Interlude's model as FHIR R4 resources, and a sync transport for any
 * FHIR server.
 *
 * @packageDocumentation
 */
export * from './resources.js';
export * from './mapping/index.js';
