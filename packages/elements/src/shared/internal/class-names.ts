/**
 * `class=${classNames({ card: true, lifted })}` → `"card lifted"`: the names whose flag is
 * true. For templates that own their class attribute, where lit's `classMap` directive (which
 * keeps classes added by others) is more than is needed.
 *
 * @module
 */
export function classNames(flags: Readonly<Record<string, boolean | undefined>>): string {
  return Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');
}
