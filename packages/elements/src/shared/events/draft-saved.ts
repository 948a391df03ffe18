import type { Draft } from '@interlude/store';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlDraftSavedEvent}. */
export interface DraftSavedDetail {
  /** The draft as committed on the device (answers, step, revision). */
  readonly draft: Draft;
}

/**
 * `il-draft-saved`: the in-progress answers are committed on the device, so a reload, crash or
 * dead battery resumes from here. Fired once per committed write (changes are debounced).
 */
export class IlDraftSavedEvent extends InterludeEvent<DraftSavedDetail> {
  static readonly type = 'il-draft-saved';
  constructor(detail: DraftSavedDetail) {
    super(IlDraftSavedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-draft-saved': IlDraftSavedEvent;
  }
}
