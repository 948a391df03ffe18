/**
 * Pieces every activity definition shares: identity, version, modality and
 * locale-keyed text.
 *
 * @module
 */
import * as z from 'zod/mini';

// Import it from localized-text.js inside core (see there).
export { localizedText } from './localized-text.js';

/** Therapeutic traditions Interlude ships content for; `general` fits any of them. */
export const MODALITIES = ['act', 'ifs', 'cbt', 'general'] as const;

/** `'act' | 'ifs' | 'cbt' | 'general'`. */
export type Modality = (typeof MODALITIES)[number];

/** Kinds of activity a clinician can assign. */
export const ACTIVITY_KINDS = ['check-in', 'measure', 'exercise'] as const;

/** `'check-in' | 'measure' | 'exercise'`. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Lower-case words joined by `-` or `.`: definition ids and measure item ids. The patterns here are
 * shared with the hand-written checks that mirror these schemas (e.g. `measure-fast-path.ts`).
 *
 * @internal
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** @internal `major.minor.patch`. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;
/** @internal A BCP 47 language tag. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A definition id: lower-case words joined by `-` or `.`, e.g. `phq-9` or `act.values-compass`. */
export const DefinitionIdSchema = z
  .string()
  .check(z.regex(SLUG_PATTERN, 'must be lower-case words joined by - or .'));

/** A definition version, `major.minor.patch`. A submission records the version it answered. */
export const VersionSchema = z.string().check(z.regex(VERSION_PATTERN, 'must look like 1.0.0'));

/** A BCP 47 language tag such as `en`, `de` or `ar-EG`. */
export const LocaleSchema = z.string().check(z.regex(LOCALE_PATTERN, 'must be a BCP 47 language tag'));

/**
 * Text in one or more languages, keyed by BCP 47 tag; `en` is always present so every
 * locale has a fallback. Rendered as text, never as HTML.
 */
export const LocalizedTextSchema = z
  .record(LocaleSchema, z.string().check(z.minLength(1)))
  .check(z.refine(hasEnglish, 'must have an en entry'));

/** @internal The rule of {@link LocalizedTextSchema} beyond its entries: `en` is there. */
export function hasEnglish(text: Readonly<Record<string, string>>): boolean {
  return typeof text['en'] === 'string';
}

/** Text in one or more languages; `en` is required. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** Points at one version of one definition. */
export const ActivityRefSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  id: DefinitionIdSchema,
  version: VersionSchema,
});

/** Which definition, of which kind, in which version. */
export type ActivityRef = z.output<typeof ActivityRefSchema>;

/** @internal The most `estimatedMinutes` a definition may state. */
export const MAX_ESTIMATED_MINUTES = 240;

/** Fields every activity definition has; each kind's schema extends these. */
export const activityBaseShape = {
  id: DefinitionIdSchema,
  version: VersionSchema,
  title: LocalizedTextSchema,
  modality: z.enum(MODALITIES),
  /** How long a client typically needs, shown before starting and used for overload checks. */
  estimatedMinutes: z.number().check(z.positive(), z.lte(MAX_ESTIMATED_MINUTES)),
  description: z.optional(LocalizedTextSchema),
};

/** Schema for {@link Attribution}. */
export const AttributionSchema = z.object({
  /** The therapeutic approach, e.g. "Acceptance and Commitment Therapy". */
  approach: z.string().check(z.minLength(1)),
  /** Who developed it, as a citation, e.g. "Hayes, Strosahl & Wilson (2012)". */
  credit: z.string().check(z.minLength(1)),
  /** e.g. "Written for Interlude; not a reproduction of a published worksheet". */
  note: z.optional(z.string()),
});

/** Credits the approach an exercise or check-in template is based on; shipped as data, shown with it. */
export type Attribution = z.output<typeof AttributionSchema>;

/**
 * An item, step, option, card or pile id: a letter, then letters, digits, `_` or `-`
 * (at most 64). Safe inside `{placeholder}` syntax and as an answer key.
 */
export const ItemIdSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must start with a letter and use only letters, digits, _ or -'),
  );

/** Schema for {@link ChoiceOption}. */
export const ChoiceOptionSchema = z.object({ id: ItemIdSchema, label: LocalizedTextSchema });

/** One option of a choice; answers record its `id`, never its label. */
export type ChoiceOption = z.output<typeof ChoiceOptionSchema>;

/**
 * Indices of entries that repeat an earlier entry.
 *
 * @internal
 */
export function duplicateIndices(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) duplicates.push(index);
    seen.add(value);
  });
  return duplicates;
}
