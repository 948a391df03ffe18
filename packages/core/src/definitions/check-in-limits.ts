/**
 * Limits of check-in items that elements show (a text field's `maxlength`), without the schemas.
 *
 * @module
 */

/** Longest short-text answer a check-in accepts: one or two sentences, not a journal. */
export const SHORT_TEXT_MAX_LENGTH = 280;
