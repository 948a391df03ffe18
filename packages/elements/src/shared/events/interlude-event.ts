/**
 * The base of every Interlude domain event: an `Event` with a typed, read-only `detail`.
 * Every `il-*` event bubbles and is composed, so a vendor can listen on any ancestor (even
 * outside the element's shadow root) and frameworks see it; none is cancelable unless its own
 * class says so. Programmatic changes fire none of them.
 *
 * @module
 */
export abstract class InterludeEvent<Detail> extends Event {
  /** What happened, typed per event. */
  readonly detail: Detail;

  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}
