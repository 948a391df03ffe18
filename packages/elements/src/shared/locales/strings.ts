/**
 * The shape of a string group: one file of English strings per element (or per concern several
 * elements share), with its German and Arabic translations loaded on first use. An element
 * bundles only the groups it names in its `LocalizeController`, so a page that shows one
 * element carries only that element's strings. See README.md in this folder.
 *
 * @module
 */

/** One string, or a formatter that builds it from its arguments. */
export type Message = string | ((...args: never[]) => string);

/** The languages Interlude ships besides English; every group has each of them. */
export const TRANSLATED_LOCALES = ['de', 'ar'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * A group's English strings (bundled) and a loader per shipped translation (a dynamic
 * `import()`, so a bundler splits each translation into its own chunk).
 */
export type StringGroup<Strings extends object> = { readonly en: Strings } & {
  readonly [Locale in TranslatedLocale]: () => Promise<Strings>;
};

/** `A | B` → `A & B`. */
export type Intersection<Union> = (Union extends unknown ? (union: Union) => void : never) extends (
  all: infer All,
) => void
  ? All
  : never;

/** The strings type of one group. */
export type StringsOfGroup<Group> = Group extends StringGroup<infer Strings> ? Strings : never;

/** Every string of the given groups, as one object type. */
export type StringsOf<Groups extends readonly StringGroup<object>[]> = Intersection<
  StringsOfGroup<Groups[number]>
>;

/** The arguments a message takes: a formatter's parameters, none for a plain string. */
export type MessageArguments<M> = M extends (...args: infer A) => string ? A : [];
