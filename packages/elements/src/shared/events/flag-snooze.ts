import type { Flag, FlagAcknowledgement } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlFlagSnoozeEvent}. */
export interface FlagSnoozeDetail {
  /** The flag as it was shown. */
  readonly flag: Flag;
  /** The snooze as stored on the device; `snoozedUntil` is when the flag comes back. */
  readonly snooze: FlagAcknowledgement;
}

/** `il-flag-snooze`: the clinician snoozed a flag until a date; it is stored on the device. */
export class IlFlagSnoozeEvent extends InterludeEvent<FlagSnoozeDetail> {
  static readonly type = 'il-flag-snooze';
  constructor(detail: FlagSnoozeDetail) {
    super(IlFlagSnoozeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-flag-snooze': IlFlagSnoozeEvent;
  }
}
