import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlClientOpenEvent}. */
export interface ClientOpenDetail {
  /** The client to open (the vendor's id). */
  readonly clientId: string;
  /** The flag the clinician opened the client from, if any. */
  readonly flagId: string | undefined;
}

/**
 * `il-client-open`: the clinician asked to open a client (e.g. a review-queue row). Interlude
 * does not navigate: the vendor shows the client's page, session prep or charts.
 */
export class IlClientOpenEvent extends InterludeEvent<ClientOpenDetail> {
  static readonly type = 'il-client-open';
  constructor(detail: ClientOpenDetail) {
    super(IlClientOpenEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-client-open': IlClientOpenEvent;
  }
}
