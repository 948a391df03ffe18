/**
 * Limits of `<il-slider>`.
 *
 * @module
 */

/** The most steps one slider may have (finer than this cannot be chosen by keyboard sensibly). */
export const SLIDER_MAX_STEPS = 1000;
