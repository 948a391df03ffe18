/**
 * Epoch milliseconds of an instant the model already validated (ISO 8601 with offset), without
 * Temporal: the charts that read trends must not carry the time-zone polyfill. `Date.parse`
 * reads up to three fraction digits; longer fractions are cut to milliseconds first.
 *
 * @internal
 * @module
 */
export function instantMs(instant: string): number {
  return Date.parse(instant.replace(/(\.\d{3})\d+/, '$1'));
}
