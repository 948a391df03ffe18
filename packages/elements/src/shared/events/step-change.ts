import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlStepChangeEvent}. */
export interface StepChangeDetail {
  /** The step now shown. */
  readonly stepId: string;
  /** Its position among the steps currently visible (from 0). */
  readonly index: number;
  /** How many steps are visible now (conditions may change it). */
  readonly count: number;
}

/** `il-step-change`: the person moved to another step (next, back, or resumed at one). */
export class IlStepChangeEvent extends InterludeEvent<StepChangeDetail> {
  static readonly type = 'il-step-change';
  constructor(detail: StepChangeDetail) {
    super(IlStepChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-step-change': IlStepChangeEvent;
  }
}
