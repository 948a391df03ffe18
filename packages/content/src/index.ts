/**
 * `@interlude/content`: clinical content as data, validated by `@interlude/core`'s schemas.
 *
 * @packageDocumentation
 */
export * from './measures/index.js';
export * from './check-ins/index.js';
export * from './exercises/index.js';
export * from './crisis/index.js';
