/**
 * The region of a locale, without the crisis schemas (elements resolve the region before they
 * validate anything).
 *
 * @module
 */

/**
 * The region a locale tag names (`en-GB` → `GB`, `de` → `undefined`).
 *
 * @example
 * ```ts
 * regionOfLocale('ar-EG'); // 'EG'
 * ```
 */
export function regionOfLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}
