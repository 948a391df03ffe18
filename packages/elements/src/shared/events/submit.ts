import type { Submission } from '@interlude/core';
import type { StoredScore } from '@interlude/store';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlSubmitEvent}. */
export interface SubmitDetail {
  /** The submission as saved on the device (sync sends it later). */
  readonly submission: Submission;
  /** Its score, for a completed measure with a known definition; otherwise `undefined`. */
  readonly score: StoredScore | undefined;
}

/**
 * `il-submit`: a run was saved on the device (its draft deleted in the same transaction).
 * The UI may say "Saved on this device" from here; `client.sync` says when it reached the server.
 */
export class IlSubmitEvent extends InterludeEvent<SubmitDetail> {
  static readonly type = 'il-submit';
  constructor(detail: SubmitDetail) {
    super(IlSubmitEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-submit': IlSubmitEvent;
  }
}
