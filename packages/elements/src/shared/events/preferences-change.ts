import type { ReminderPreferences } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlPreferencesChangeEvent}. */
export interface PreferencesChangeDetail {
  /** The preferences as saved on the device (defaults filled in); sync sends them on. */
  readonly preferences: ReminderPreferences;
}

/** `il-preferences-change`: the person saved new reminder preferences. */
export class IlPreferencesChangeEvent extends InterludeEvent<PreferencesChangeDetail> {
  static readonly type = 'il-preferences-change';
  constructor(detail: PreferencesChangeDetail) {
    super(IlPreferencesChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-preferences-change': IlPreferencesChangeEvent;
  }
}
