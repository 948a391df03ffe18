/**
 * `client.preferences`: the signed-in client's reminder preferences (preferred times, quiet
 * hours, a daily cap, opt-outs). Stored as one record and synced, so the vendor's backend,
 * which sends the reminders, plans with the same settings the client chose.
 *
 * @module
 */
import {
  parseReminderPreferences,
  type ReminderPreferences,
  type ReminderPreferencesInput,
} from '@interlude/core';
import { createOutboxEntry, outboxPut } from '../sync/outbox.js';
import { PREFERENCES_ID } from '../repository.js';
import type { ClientContext } from './context.js';
import { NotPermittedError } from './errors.js';

/** The signed-in client's reminder preferences. */
export interface ClientPreferences {
  /**
   * The stored preferences with every default filled in, or the defaults (in the user's time
   * zone, else the device's) when none are stored or the stored record is unreadable.
   */
  get(): Promise<ReminderPreferences>;
  /**
   * Client only: validates, stores and queues the preferences for the server; resolves with
   * them (defaults filled in) once committed.
   *
   * @throws ValidationError naming the path of every problem (e.g. `quietHours.end`);
   *   {@link NotPermittedError} for a clinician.
   */
  save(preferences: ReminderPreferencesInput): Promise<ReminderPreferences>;
}

/** @internal */
export function clientPreferences(context: ClientContext): ClientPreferences {
  const fallback = (): ReminderPreferences =>
    parseReminderPreferences({
      timeZone: context.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  return {
    get: () =>
      context.read('preferences.get', fallback(), async ({ repository }) => {
        const stored = await repository.preferences.get(PREFERENCES_ID);
        if (!stored) return fallback();
        const { id: _id, ...rest } = stored;
        try {
          return parseReminderPreferences(rest);
        } catch {
          // Written by an older release with settings this one no longer allows: start from defaults.
          return fallback();
        }
      }),
    async save(input) {
      if (context.user.role !== 'client') throw new NotPermittedError('preferences.save', 'client');
      const preferences = parseReminderPreferences(input);
      const { repository } = await context.session();
      const entry = createOutboxEntry({
        id: PREFERENCES_ID,
        collection: 'preferences',
        now: new Date(context.now()),
      });
      await repository.write([
        repository.preferences.putOp({ id: PREFERENCES_ID, ...preferences }),
        outboxPut(entry),
      ]);
      context.written(['preferences', 'outbox'], 1);
      return preferences;
    },
  };
}
