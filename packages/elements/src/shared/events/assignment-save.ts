import type { Assignment, WorkloadWarning } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlAssignmentSaveEvent}. */
export interface AssignmentSaveDetail {
  /** The assignment as stored on the device (sync sends it later). */
  readonly assignment: Assignment;
  /** The warnings the clinician saw and saved past (overload, minutes, a long check-in). */
  readonly warnings: readonly WorkloadWarning[];
}

/** `il-assignment-save`: the clinician saved an assignment; it is stored on the device. */
export class IlAssignmentSaveEvent extends InterludeEvent<AssignmentSaveDetail> {
  static readonly type = 'il-assignment-save';
  constructor(detail: AssignmentSaveDetail) {
    super(IlAssignmentSaveEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-assignment-save': IlAssignmentSaveEvent;
  }
}
