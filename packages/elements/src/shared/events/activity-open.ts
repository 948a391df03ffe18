import type { ActivityRef, Assignment, ClassifiedOccurrence } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlActivityOpenEvent}. */
export interface ActivityOpenDetail {
  /** The assignment the person opened. */
  readonly assignment: Assignment;
  /** The occurrence (due instance) they opened. */
  readonly occurrence: ClassifiedOccurrence;
  /** What to run: kind, id and version. */
  readonly activity: ActivityRef;
}

/**
 * `il-activity-open`: the person chose an activity to do now. A portal routes on it (e.g. to its
 * own exercise page). Cancelable: in `il-today`'s `inline` mode, `preventDefault()` stops the
 * element from opening the player in place.
 */
export class IlActivityOpenEvent extends InterludeEvent<ActivityOpenDetail> {
  static readonly type = 'il-activity-open';
  constructor(detail: ActivityOpenDetail) {
    super(IlActivityOpenEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-activity-open': IlActivityOpenEvent;
  }
}
