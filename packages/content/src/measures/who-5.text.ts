/**
 * The official English wording of the WHO-5, kept apart from its scoring because its licence
 * (CC BY-NC-SA 3.0 IGO) allows non-commercial use only: a commercial product needs permission.
 * Nothing here is used unless a vendor calls {@link who5WithText} and states which use applies.
 *
 * @module
 */
import { InterludeError, type MeasureDefinition } from '@interlude/core';
import { WHO5_LICENCE, who5 } from './who-5.js';

/** The WHO-5 wording: stem, five statements and the six answers (highest first, as on the form). */
export const WHO5_TEXT = {
  instructions:
    'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.',
  items: [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  options: [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
} as const;

/**
 * How the vendor will use the WHO-5 text: non-commercially (allowed by CC BY-NC-SA 3.0 IGO), or
 * commercially under a permission it holds (`permission` records where, e.g. an agreement reference).
 */
export type Who5TextUse = { use: 'non-commercial' } | { use: 'commercial'; permission: string };

/**
 * The WHO-5 definition with its official English wording, for vendors who opt in. Same id, version,
 * item ids and scoring as the placeholder `who5`.
 *
 * @throws {@link InterludeError} (`code: 'licence'`) when commercial use is declared without a permission reference.
 * @example
 * ```ts
 * const who5 = who5WithText({ use: 'non-commercial' });
 * who5.items[0].text.en; // 'I have felt cheerful and in good spirits'
 * ```
 */
export function who5WithText(use: Who5TextUse): MeasureDefinition {
  if (use.use === 'commercial' && use.permission.trim() === '') {
    throw new InterludeError(
      'licence',
      'Commercial use of the WHO-5 text needs a reference to the permission held',
    );
  }
  return {
    ...who5,
    instructions: { en: WHO5_TEXT.instructions },
    items: who5.items.map((item, index) => ({
      ...item,
      text: { en: WHO5_TEXT.items[index] ?? item.text['en'] ?? '' },
      options: WHO5_TEXT.options.map(({ value, label }) => ({ value, label: { en: label } })),
    })),
    licence: WHO5_LICENCE,
  };
}
