/**
 * Picking a text's language, without the schemas: elements that only show text import this and
 * not `common.ts`, whose module-level zod schemas esbuild cannot drop.
 *
 * @module
 */
import type { LocalizedText } from './common.js';

/**
 * Picks the text for `locale`: exact tag, then its language (`ar-EG` → `ar`), then `en`.
 *
 * @example
 * ```ts
 * localizedText({ en: 'Values', de: 'Werte' }, 'de-AT'); // 'Werte'
 * ```
 */
export function localizedText(text: LocalizedText, locale: string): string {
  const language = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[language] ?? (text['en'] as string);
}
