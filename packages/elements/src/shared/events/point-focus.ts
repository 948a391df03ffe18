import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlPointFocusEvent}. */
export interface PointFocusDetail {
  /** The series the point belongs to, as the chart names it (e.g. "Distress", "PHQ-9", "Weeks"). */
  readonly series: string;
  /** The point's position in its series (from 0, oldest first). */
  readonly index: number;
  /** What the point says, as read out to screen readers (e.g. "Distress 8 of 10, Thu, 3 Apr, above usual"). */
  readonly text: string;
  /** The point's instant in epoch milliseconds, when it has one. */
  readonly at: number | undefined;
}

/**
 * `il-point-focus`: a data point of a chart received keyboard focus (Tab or arrow keys), so a
 * host can show more about that day beside the chart. Not fired on hover.
 */
export class IlPointFocusEvent extends InterludeEvent<PointFocusDetail> {
  static readonly type = 'il-point-focus';
  constructor(detail: PointFocusDetail) {
    super(IlPointFocusEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-point-focus': IlPointFocusEvent;
  }
}
