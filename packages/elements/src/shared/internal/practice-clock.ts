/**
 * The running time of a practice (a timer, a breathing pacer): start, pause, resume and
 * reset, with pauses left out, re-rendering the host a few times a second while it runs and
 * stopping by itself at its length. What the time means (a cue, a breath) is core's business.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `idle` (not started), `running`, `paused` or `done` (reached its length). */
export type PracticeState = 'idle' | 'running' | 'paused' | 'done';

/** Time of one practice; see the module documentation. */
export class PracticeClock implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #now: () => number;
  #state: PracticeState = 'idle';
  /** Milliseconds run before the current stretch. */
  #banked = 0;
  #since = 0;
  #length = Infinity;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, now: () => number = () => performance.now()) {
    this.#host = host;
    this.#now = now;
    host.addController(this);
  }

  get state(): PracticeState {
    return this.#state;
  }

  /** Seconds run so far (pauses excluded), never past the length. */
  get elapsed(): number {
    const running = this.#state === 'running' ? this.#now() - this.#since : 0;
    return Math.min(this.#length, (this.#banked + running) / 1000);
  }

  /** Starts from zero; `seconds` is how long the practice lasts. */
  start(seconds: number): void {
    this.#length = seconds;
    this.#banked = 0;
    this.#run();
  }

  pause(): void {
    if (this.#state !== 'running') return;
    this.#banked += this.#now() - this.#since;
    this.#state = 'paused';
    this.#stopTicking();
    this.#host.requestUpdate();
  }

  resume(): void {
    if (this.#state === 'paused') this.#run();
  }

  /** Back to not started (e.g. when the person moves to another step). */
  reset(): void {
    this.#stopTicking();
    this.#state = 'idle';
    this.#banked = 0;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.pause();
  }

  #run(): void {
    this.#since = this.#now();
    this.#state = 'running';
    this.#stopTicking();
    this.#timer = setInterval(() => this.#tick(), 250);
    this.#host.requestUpdate();
  }

  #tick(): void {
    if (this.elapsed >= this.#length) {
      this.#stopTicking();
      this.#banked = this.#length * 1000;
      this.#state = 'done';
    }
    this.#host.requestUpdate();
  }

  #stopTicking(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
