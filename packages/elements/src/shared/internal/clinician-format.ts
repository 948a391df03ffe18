/**
 * What the clinician elements share to show data: the zone days are named in, dates in the
 * element's language, names for the vendor's ids, titles of definitions. Formatting only:
 * nothing here computes a date, a score or a flag.
 *
 * @module
 */
import { localizedText, type ActivityDefinition, type ActivityRef } from '@interlude/core';
import type { Interlude } from '@interlude/store';
import type { Localizer } from './localize.js';
import type { ClinicianStrings } from '../locales/clinician.js';

/** The zone a clinician's days are named in: their `user.timeZone`, else the device's. */
export function clinicianTimeZone(client: Pick<Interlude, 'user'> | undefined): string {
  return client?.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** Date formats for one language and zone, made once per render. */
export class DateFormats {
  readonly #day: Intl.DateTimeFormat;
  readonly #dayTime: Intl.DateTimeFormat;
  readonly #weekday: Intl.DateTimeFormat;
  readonly #dateOnly: Intl.DateTimeFormat;
  /** The zone days are named in. */
  readonly timeZone: string;

  constructor(lang: string, timeZone: string) {
    this.timeZone = timeZone;
    this.#day = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
    this.#dayTime = new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    this.#weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone });
    // A local date names itself: format it at noon UTC so no zone moves it to another day.
    this.#dateOnly = new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** "Mon, 9 Mar" for an instant. */
  day(instant: string): string {
    return this.#day.format(Date.parse(instant));
  }

  /** "Mon, 9 Mar, 18:00" for an instant. */
  dayTime(instant: string): string {
    return this.#dayTime.format(Date.parse(instant));
  }

  /** "Monday" for an instant. */
  weekday(instant: string): string {
    return this.#weekday.format(Date.parse(instant));
  }

  /** "Mon, 9 Mar 2026" for a local date (`YYYY-MM-DD`). */
  date(localDate: string): string {
    return this.#dateOnly.format(Date.parse(`${localDate}T12:00:00Z`));
  }
}

/** The vendor's name for `id`, else "Client <id>". */
export function displayName(
  names: Readonly<Record<string, string>> | undefined,
  id: string,
  localize: Localizer<ClinicianStrings>,
): string {
  const name = names?.[id];
  return typeof name === 'string' && name.trim() !== '' ? name : localize.term('clinicianClientFallback', id);
}

/**
 * Finds definitions by ref (exact version, else the last listed of that kind and id: the newest
 * in `client.definitions.list()`'s order) for their titles.
 */
export class DefinitionTitles {
  readonly #byKey = new Map<string, ActivityDefinition>();

  constructor(definitions: readonly ActivityDefinition[] = []) {
    for (const definition of definitions) {
      this.#byKey.set(`${definition.kind}:${definition.id}@${definition.version}`, definition);
      this.#byKey.set(`${definition.kind}:${definition.id}`, definition);
    }
  }

  find(ref: Pick<ActivityRef, 'kind' | 'id'> & { version?: string }): ActivityDefinition | undefined {
    return (
      this.#byKey.get(`${ref.kind}:${ref.id}@${ref.version ?? ''}`) ??
      this.#byKey.get(`${ref.kind}:${ref.id}`)
    );
  }

  /** The title in `lang`, else the definition id. */
  title(ref: Pick<ActivityRef, 'kind' | 'id'> & { version?: string }, lang: string): string {
    const definition = this.find(ref);
    return definition ? localizedText(definition.title, lang) : ref.id;
  }

  /** The title up to its first " (": `PHQ-9 (Patient Health Questionnaire)` reads `PHQ-9`. */
  shortTitle(ref: Pick<ActivityRef, 'kind' | 'id'> & { version?: string }, lang: string): string {
    return this.title(ref, lang).split(' (')[0] as string;
  }
}
