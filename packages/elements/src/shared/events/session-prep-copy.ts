import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlSessionPrepCopyEvent}. */
export interface SessionPrepCopyDetail {
  /** The plain text (core's `renderSessionPrepText`), as put on the clipboard. */
  readonly text: string;
  /** Whether the clipboard took it (`false`: the page may not write it; the text is shown to select instead). */
  readonly copied: boolean;
}

/** `il-session-prep-copy`: the clinician copied the session prep as text, e.g. for their notes. */
export class IlSessionPrepCopyEvent extends InterludeEvent<SessionPrepCopyDetail> {
  static readonly type = 'il-session-prep-copy';
  constructor(detail: SessionPrepCopyDetail) {
    super(IlSessionPrepCopyEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-session-prep-copy': IlSessionPrepCopyEvent;
  }
}
