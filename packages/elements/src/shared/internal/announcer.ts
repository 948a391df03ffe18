/**
 * A polite live region an element renders once and speaks through: drag-and-drop moves,
 * a guided timer's next cue, a breathing pacer's phase. Repeating the same words is
 * announced again (the text node is replaced, not edited).
 *
 * @module
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** Speaks short messages through a visually hidden `role="status"` region. */
export class LiveAnnouncer {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #count = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** What was said last (for tests and for showing it as well). */
  get message(): string {
    return this.#message;
  }

  /** Says `message` to screen readers (politely: after what they are reading now). */
  announce(message: string): void {
    this.#message = message;
    this.#count += 1;
    this.#host.requestUpdate();
  }

  /** The region; render it once, anywhere in the element's shadow root. Needs `.visually-hidden` from the shared styles. */
  render(): TemplateResult {
    return html`<div
      part="announcer"
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      ${keyed(this.#count, html`<span>${this.#message}</span>`)}
    </div>`;
  }
}
