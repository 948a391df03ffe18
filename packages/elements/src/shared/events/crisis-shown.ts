import type { CrisisResourceSet } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlCrisisShownEvent}. */
export interface CrisisShownDetail {
  /** The risk item whose answer showed the resources, e.g. `phq9-9`. */
  readonly itemId: string;
  /** The answer given (at or above the item's risk threshold). */
  readonly value: number;
  /** The resources shown (the vendor's, or the shipped default for the region). */
  readonly resources: CrisisResourceSet;
}

/**
 * `il-crisis-shown`: a risk answer was given (or resumed from a draft) and crisis resources are
 * now on screen, before anything was submitted. Fired once per run, when the panel appears; the
 * submission, once saved, raises the clinician's urgent flag. Carries no answer text.
 */
export class IlCrisisShownEvent extends InterludeEvent<CrisisShownDetail> {
  static readonly type = 'il-crisis-shown';
  constructor(detail: CrisisShownDetail) {
    super(IlCrisisShownEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-crisis-shown': IlCrisisShownEvent;
  }
}
