// Type tests, compiled (never run) by `npm run lint:types`: what a vendor's TypeScript accepts
// and what it rejects. Each `@ts-expect-error` fails the build if the line below it compiles.
import type { IlStepChangeEvent, IlSubmitEvent } from '@interlude/elements';
import { getCheckInTemplate } from '@interlude/content';
import { createRef, type ComponentType } from 'react';
import { IlCheckIn, IlMoodChart, IlRatingScale, IlToday, type IlCheckInElement } from './index.js';
import type * as wrappers from './index.js';
import { IlMeasureForm } from './measure-form.js';

const template = getCheckInTemplate('daily-mood');
const ref = createRef<IlCheckInElement>();

export const accepted = [
  <IlCheckIn
    key="check-in"
    ref={ref}
    template={template}
    headingLevel={3}
    className="vendor"
    onIlSubmit={(event) => event.detail.submission.answers}
    onIlDraftSaved={(event) => event.detail.draft.revision}
    onIlAnswerChange={(event: IlCheckInElementEvent) => event.detail.itemId}
  />,
  <IlMeasureForm
    key="measure"
    crisisRegion="GB"
    onIlCrisisShown={(event) => event.detail.resources.region}
  />,
  <IlToday key="today" inline onIlActivityOpen={(event) => event.preventDefault()} />,
  <IlRatingScale key="scale" min={0} max={10} onChange={(event: Event) => event.type} />,
  <IlMoodChart key="chart" onIlPointFocus={(event) => event.detail.index + 1} />,
];
type IlCheckInElementEvent = HTMLElementEventMap['il-answer-change'];

export const rejected = [
  // A callback typed for another event.
  // @ts-expect-error IlStepChangeEvent is not IlSubmitEvent
  <IlCheckIn key="1" onIlSubmit={(event: IlStepChangeEvent) => event.detail.stepId} />,
  // A detail field the event does not have.
  // @ts-expect-error il-submit's detail has no stepId
  <IlCheckIn key="2" onIlSubmit={(event) => event.detail.stepId} />,
  // An event the element does not fire.
  // @ts-expect-error il-rating-scale fires no il-submit
  <IlRatingScale key="3" onIlSubmit={(event: IlSubmitEvent) => event} />,
  // A property of the wrong type.
  // @ts-expect-error headingLevel is 1–6
  <IlCheckIn key="4" headingLevel={7} />,
  // A read-only property is no prop.
  // @ts-expect-error crisisShown is read-only state of the element
  <IlMeasureForm key="5" crisisShown />,
  // A ref to another element.
  // @ts-expect-error the ref is an IlCheckInElement
  <IlToday key="6" ref={ref} />,
];

// Every wrapper's `onIl…` callback takes exactly the event `HTMLElementEventMap` names for it
// (`onIlSubmit` → `il-submit`), for every wrapper there is, so a new element is checked too.
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;
type EventNameOf<Prop> = Prop extends `on${infer Name}`
  ? Kebab<Name> extends `-${infer Event}`
    ? Event
    : never
  : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type CallbackTypes<Props> = {
  [Prop in keyof Props & `onIl${string}`]-?: NonNullable<Props[Prop]> extends (event: infer Received) => void
    ? EventNameOf<Prop> extends keyof HTMLElementEventMap
      ? Same<Received, HTMLElementEventMap[EventNameOf<Prop>]>
      : 'not in HTMLElementEventMap'
    : 'not a callback';
};
type Wrappers = typeof wrappers;
type Mismatches = {
  [Name in keyof Wrappers]: Wrappers[Name] extends ComponentType<infer Props>
    ? Exclude<CallbackTypes<Props>[keyof CallbackTypes<Props>], true>
    : never;
}[keyof Wrappers];
export const everyCallbackMatchesTheEventMap: Same<Mismatches, never> = true;
// The check itself can fail: a callback typed for another event is a mismatch.
// @ts-expect-error il-submit is not il-step-change
export const aMismatchIsCaught: Same<
  CallbackTypes<{ onIlSubmit?: (event: IlStepChangeEvent) => void }>['onIlSubmit'],
  true
> = true;
