/**
 * `@interlude/content`: clinical content as data, validated by `@interlude/core`'s schemas.
 *
 * @packageDocumentation
 */
