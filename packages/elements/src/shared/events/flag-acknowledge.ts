import type { Flag, FlagAcknowledgement } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlFlagAcknowledgeEvent}. */
export interface FlagAcknowledgeDetail {
  /** The flag as it was shown. */
  readonly flag: Flag;
  /** What was stored on the device (sync sends it later). */
  readonly acknowledgement: FlagAcknowledgement;
}

/** `il-flag-acknowledge`: the clinician acknowledged a flag; it is stored on the device. */
export class IlFlagAcknowledgeEvent extends InterludeEvent<FlagAcknowledgeDetail> {
  static readonly type = 'il-flag-acknowledge';
  constructor(detail: FlagAcknowledgeDetail) {
    super(IlFlagAcknowledgeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-flag-acknowledge': IlFlagAcknowledgeEvent;
  }
}
