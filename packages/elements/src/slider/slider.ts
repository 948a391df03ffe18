import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { FormAssociatedElement } from '../shared/internal/form-associated.js';
import { styleProperties } from '../shared/internal/style-properties.js';
import { configurationNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { sliderStyles } from './slider.styles.js';
import { SLIDER_MAX_STEPS } from './slider.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { inputStrings } from '../shared/locales/input.js';
import { sliderStrings } from '../shared/locales/slider.js';

/** `'3'` → 3; `''`, `null`, `'abc'` → `null`. */
function toValue(input: unknown): number | null {
  if (input === null || input === undefined || input === '') return null;
  const value = Number(input);
  return Number.isFinite(value) ? value : null;
}

/** Why `min`, `max` and `step` cannot make a slider, or `''` when they can (paths, never values). */
function settingsProblem(min: number, max: number, step: number): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return 'min, max: must be numbers';
  if (!(max > min)) return 'max: must be greater than min';
  if (!Number.isFinite(step) || step <= 0) return 'step: must be a positive number';
  const steps = (max - min) / step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9 * Math.max(1, steps))
    return 'step: must divide max - min into whole steps';
  if (steps > SLIDER_MAX_STEPS) return `step: must leave at most ${SLIDER_MAX_STEPS} steps`;
  return '';
}

/**
 * A slider from `min` to `max` in `step`s, with labelled anchors at both ends — a 0–10 distress
 * rating, say. It follows the WAI-ARIA APG slider pattern: one focusable thumb with
 * `role="slider"`, `aria-valuenow` and a spoken value text ("7 of 10", "0 of 10, None"); Right
 * and Up increase, Left and Down decrease (Left and Right swap in right-to-left layouts), Page Up
 * and Page Down move a tenth of the range, Home and End jump to the ends. A click or drag on the
 * track chooses too. It takes part in forms like a native input.
 *
 * Unlike a native range, it can be unanswered (`value` is `null`, the thumb rests in the middle,
 * drawn hollow, and reads "Not answered yet"): a check-in must never record an answer the person
 * did not give. The first arrow key moves from the resting position; Space or Enter chooses it.
 *
 * @summary An accessible, form-associated slider with labelled anchors and an unanswered state.
 * @tag il-slider
 *
 * @slot label - The question, when it needs more than plain text; replaces the `label` attribute.
 *
 * @fires {Event} input - When the person moves the value (keys, click, drag). Not fired when `value` is set by script.
 * @fires {Event} change - When the person settles on a value (each key press, the end of a drag).
 *
 * @csspart label - The question.
 * @csspart track - The track the thumb moves along.
 * @csspart fill - The filled part of the track, from the start to the thumb.
 * @csspart thumb - The thumb (`role="slider"`).
 * @csspart value - The number shown beside the track.
 * @csspart anchors - The row with the low and high labels.
 *
 * @cssprop [--il-slider-track-color=var(--il-color-border, #767d88)] - The empty track.
 * @cssprop [--il-slider-fill-color=var(--il-color-accent, #1a5fb4)] - The filled track and the thumb.
 * @cssprop [--il-slider-thumb-size=1.75rem] - Diameter of the thumb; the touch target is at least 44px high.
 *
 * @example
 * ```html
 * <il-slider name="distress" label="How much distress do you feel right now?" min="0" max="10" low-label="None" high-label="Extreme"></il-slider>
 * ```
 */
export class IlSlider extends FormAssociatedElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, sliderStyles];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, inputStrings, sliderStrings);

  /** The question; the slider's accessible name. */
  @property()
  label = '';

  /** The lowest value. */
  @property({ type: Number })
  min = 0;

  /** The highest value, greater than `min`. */
  @property({ type: Number })
  max = 10;

  /** The distance between values; must divide `max - min` into whole steps. */
  @property({ type: Number })
  step = 1;

  /** Label of the lowest value, shown under the track and spoken at the low end, e.g. "None". */
  @property({ attribute: 'low-label' })
  lowLabel = '';

  /** Label of the highest value, e.g. "Extreme". */
  @property({ attribute: 'high-label' })
  highLabel = '';

  /** The initial value, from the `value` attribute; a form reset goes back to it. */
  @property({ attribute: 'value', converter: { fromAttribute: toValue, toAttribute: String } })
  defaultValue: number | null = null;

  /** The chosen value, or `null` when not answered. Setting it fires no event. */
  @property({ attribute: false })
  get value(): number | null {
    return this.#dirty ? this.#value : this.defaultValue;
  }
  set value(value: number | null) {
    this.#value = toValue(value);
    this.#dirty = true;
  }

  #value: number | null = null;
  #dirty = false;
  #dragging = false;
  /** The value moved during the current drag, so its end is a `change`. */
  #movedInDrag = false;

  /** Moves focus to the thumb. */
  override focus(options?: FocusOptions): void {
    this.#thumb()?.focus(options);
  }

  protected override render() {
    const problem = settingsProblem(this.min, this.max, this.step);
    if (problem) {
      return configurationNotice(
        this.localize,
        this.localize.term('invalidSettingsTitle'),
        this.localize.term('invalidSettingsBody', problem),
      );
    }
    const value = this.#current();
    const shown = value ?? this.#resting();
    const percent = ((shown - this.min) / (this.max - this.min)) * 100;
    const disabled = this.isDisabled;
    return html`<div class=${classMap({ base: true, disabled })} dir=${this.localize.dir}>
      <div part="label" id="label" class="label">
        <slot name="label">${this.label}</slot>
      </div>
      <div class="row">
        <div
          part="track"
          class="track"
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerUp}
        >
          <div class="rail"></div>
          <div
            part="fill"
            class="fill"
            ${styleProperties({ 'inline-size': value === null ? '0' : `${percent}%` })}
          ></div>
          <div
            part="thumb"
            class=${classMap({ thumb: true, set: value !== null, unset: value === null })}
            ${styleProperties({ 'inset-inline-start': `${percent}%` })}
            role="slider"
            tabindex=${disabled ? -1 : 0}
            aria-labelledby="label"
            aria-valuemin=${this.min}
            aria-valuemax=${this.max}
            aria-valuenow=${shown}
            aria-valuetext=${this.#valueText(value)}
            aria-required=${this.required ? 'true' : 'false'}
            aria-disabled=${disabled ? 'true' : 'false'}
            aria-orientation="horizontal"
            @keydown=${this.#onKeyDown}
          ></div>
        </div>
        <span part="value" class="value" aria-hidden="true"
          >${value === null ? '–' : this.localize.number(value)}</span
        >
      </div>
      ${
        this.lowLabel || this.highLabel
          ? html`<div part="anchors" class="anchors" aria-hidden="true">
              <span class="low">${this.lowLabel}</span><span class="high">${this.highLabel}</span>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** @internal */
  protected formValue(): string | null {
    const value = this.#current();
    return value === null ? null : String(value);
  }

  /** @internal */
  protected isValueMissing(): boolean {
    return this.#current() === null;
  }

  /** @internal */
  protected resetValue(): void {
    this.#dirty = false;
    this.#value = null;
  }

  /** @internal */
  protected restoreValue(state: string | null): void {
    this.value = toValue(state);
  }

  /** @internal */
  protected override validationAnchor(): HTMLElement | undefined {
    return this.#thumb();
  }

  /** The value if it is on the scale (snapped to a step), else `null`. */
  #current(): number | null {
    const value = this.value;
    if (value === null || settingsProblem(this.min, this.max, this.step)) return null;
    if (value < this.min || value > this.max) return null;
    return this.#snap(value);
  }

  #snap(value: number): number {
    const steps = Math.round((value - this.min) / this.step);
    const snapped = this.min + steps * this.step;
    // Round away floating-point noise from fractional steps (0.1 + 0.2 …).
    return Math.min(this.max, Math.max(this.min, Number(snapped.toFixed(10))));
  }

  /** Where the thumb rests while unanswered: the step nearest the middle. */
  #resting(): number {
    return this.#snap((this.min + this.max) / 2);
  }

  #valueText(value: number | null): string {
    if (value === null) return this.localize.term('sliderNotAnswered');
    const shown = this.localize.number(value);
    const max = this.localize.number(this.max);
    const anchor = value === this.min ? this.lowLabel : value === this.max ? this.highLabel : '';
    return anchor
      ? this.localize.term('sliderValueWithAnchor', shown, max, anchor)
      : this.localize.term('sliderValueText', shown, max);
  }

  #thumb(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[role="slider"]') ?? undefined;
  }

  /** A value the person chose: update, tell the form, fire `input` (and `change` when settled). */
  #choose(value: number, settled: boolean): void {
    if (this.isDisabled) return;
    const next = this.#snap(value);
    const changed = next !== this.#current();
    if (changed) {
      this.value = next;
      this.markInteracted();
      this.syncFormState();
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    if (changed && !settled) this.#movedInDrag = true;
    if (settled && (changed || this.#movedInDrag)) {
      this.#movedInDrag = false;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    this.requestUpdate();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = this.#current() ?? this.#resting();
    const big = Math.max(this.step, this.#snap(this.min + (this.max - this.min) / 10) - this.min);
    const increase = this.localize.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const decrease = this.localize.isRtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number;
    switch (event.key) {
      case increase:
      case 'ArrowUp':
        target = from + this.step;
        break;
      case decrease:
      case 'ArrowDown':
        target = from - this.step;
        break;
      case 'PageUp':
        target = from + big;
        break;
      case 'PageDown':
        target = from - big;
        break;
      case 'Home':
        target = this.min;
        break;
      case 'End':
        target = this.max;
        break;
      case ' ':
      case 'Enter':
        if (this.#current() !== null) return;
        target = from;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#choose(Math.min(this.max, Math.max(this.min, target)), true);
  }

  #valueAt(event: PointerEvent): number {
    const track = event.currentTarget as HTMLElement;
    const box = track.getBoundingClientRect();
    let fraction = (event.clientX - box.left) / box.width;
    if (this.localize.isRtl) fraction = 1 - fraction;
    fraction = Math.min(1, Math.max(0, fraction));
    return this.min + fraction * (this.max - this.min);
  }

  #onPointerDown(event: PointerEvent): void {
    if (this.isDisabled || event.button !== 0) return;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.#dragging = true;
    this.#thumb()?.focus();
    this.#choose(this.#valueAt(event), false);
  }

  #onPointerMove(event: PointerEvent): void {
    if (this.#dragging) this.#choose(this.#valueAt(event), false);
  }

  #onPointerUp(event: PointerEvent): void {
    if (!this.#dragging) return;
    this.#choose(this.#valueAt(event), true);
    this.#dragging = false;
  }
}
