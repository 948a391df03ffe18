/**
 * What the composer's catalogue filters by: the therapeutic traditions (ACT, IFS, CBT, by the
 * definition's `modality`, whatever its kind) and the two kinds that are not exercises
 * (questionnaires and check-ins); `all` shows everything.
 */
export const COMPOSER_FILTERS = ['all', 'act', 'ifs', 'cbt', 'measure', 'check-in'] as const;

/** One of {@link COMPOSER_FILTERS}. */
export type ComposerFilter = (typeof COMPOSER_FILTERS)[number];

/** How often: once, or on chosen weekdays every week. */
export const COMPOSER_FREQUENCIES = ['once', 'weekly'] as const;

/** One of {@link COMPOSER_FREQUENCIES}. */
export type ComposerFrequency = (typeof COMPOSER_FREQUENCIES)[number];

/** How many times of day a weekly schedule may have. */
export const COMPOSER_MAX_TIMES = 4;

/** How many local days of occurrences the composer lists (two weeks). */
export const COMPOSER_PREVIEW_DAYS = 14;
