import type { AnswerValue, Answers } from '@interlude/core';
import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlAnswerChangeEvent}. */
export interface AnswerChangeDetail {
  /** The item or step whose answer the person changed. */
  readonly itemId: string;
  /** Its new answer; `undefined` when it was cleared. */
  readonly value: AnswerValue | undefined;
  /** Every answer so far, after this change. */
  readonly answers: Readonly<Answers>;
}

/**
 * `il-answer-change`: the person changed an answer (not fired for answers restored from a
 * draft or set by script). The draft is saved after it; `il-draft-saved` says when.
 */
export class IlAnswerChangeEvent extends InterludeEvent<AnswerChangeDetail> {
  static readonly type = 'il-answer-change';
  constructor(detail: AnswerChangeDetail) {
    super(IlAnswerChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-answer-change': IlAnswerChangeEvent;
  }
}
