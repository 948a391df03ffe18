import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { InterludeClient, RatingScaleSettings, ValidationError } from '@interlude/core';
import { ratingScaleCheck } from '../shared/internal/client-check.js';
import { FormAssociatedElement } from '../shared/internal/form-associated.js';
import { configurationNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { ratingScaleStyles } from './rating-scale.styles.js';
import type { RatingScaleLabels } from './rating-scale.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { inputStrings } from '../shared/locales/input.js';
import { ratingScaleStrings } from '../shared/locales/rating-scale.js';

/** One choice as rendered: its value, its visible per-value label and its spoken anchor. */
interface Option {
  readonly value: number;
  readonly label: string;
  readonly anchor: string;
}

type Layout = { ok: true; options: readonly Option[] } | { ok: false; error: ValidationError };

/** Lays out the options of checked settings. */
function layOut(settings: RatingScaleSettings, lowLabel: string, highLabel: string): readonly Option[] {
  const { min: low, max: high, step: by, valueLabels } = settings;
  const perValue = new Map<number, string>();
  valueLabels?.forEach((entry, index) => {
    if (typeof entry === 'string') perValue.set(low + index * by, entry);
    else perValue.set(entry.value, entry.label);
  });
  const options: Option[] = [];
  for (let value = low; value <= high; value += by) {
    const label = perValue.get(value) ?? '';
    const end = value === low ? lowLabel : value === high ? highLabel : '';
    const anchor = [...new Set([label, end].filter(Boolean))].join(', ');
    options.push({ value, label, anchor });
  }
  return options;
}

/** `'3'` → 3; `''`, `null`, `'abc'` → `null`. */
function toValue(input: unknown): number | null {
  if (input === null || input === undefined || input === '') return null;
  const value = Number(input);
  return Number.isFinite(value) ? value : null;
}

/**
 * A single-choice scale from `min` to `max` — a 0–10 distress rating, a 1–5 mood, or one
 * questionnaire item's 0–3 answers. It is a radio group: one tab stop, arrow keys move and
 * choose (Left and Right swap in right-to-left layouts), Home and End jump to the ends, Space
 * or a click chooses. Each option's accessible name includes its anchor, e.g. "0 of 10, no
 * distress". It takes part in forms like a native input (`name`, `required`, `disabled`,
 * reset and state restore).
 *
 * Labels are always shown as text, never parsed as HTML. Invalid settings (`min`, `max` or
 * `valueLabels`) do not throw: the element shows a configuration notice that says what is wrong
 * (by path, never echoing the value), `configurationError` holds the `ValidationError`, and
 * nothing is submitted.
 *
 * Custom states for styling the host: `:state(disabled)` (itself or by a disabled fieldset),
 * `:state(invalid)` (`required` and nothing chosen, or a custom error) and
 * `:state(user-invalid)` (invalid after the person changed it or a submit was tried).
 *
 * @summary An accessible, form-associated single-choice rating scale.
 * @tag il-rating-scale
 *
 * @slot label - The question, when it needs more than plain text; replaces the `label` attribute.
 *
 * @fires {Event} input - When the person chooses a value (click, Space, arrow keys, Home/End). Bubbles, composed. Not fired when `value` is set by script.
 * @fires {Event} change - Right after `input`, for the same choices. Bubbles, composed. Not fired when `value` is set by script.
 *
 * @csspart label - The question above the options.
 * @csspart radiogroup - The group of options (`role="radiogroup"`); wraps onto more lines when narrow.
 * @csspart option - Each option (`role="radio"`).
 * @csspart checked - Added to the chosen option; style it with `::part(option checked)`.
 * @csspart option-value - The number inside an option.
 * @csspart option-label - The per-value label inside an option.
 * @csspart anchors - The row holding the low and high labels.
 * @csspart low-label - The label of the lowest value.
 * @csspart high-label - The label of the highest value.
 * @csspart configuration-notice - The message shown instead of the scale when its settings are invalid.
 *
 * @cssprop [--il-rating-scale-option-size=2.75rem] - Minimum width and height of an option (never below 24px).
 * @cssprop [--il-rating-scale-gap=var(--il-space-2, 0.5rem)] - Space between options and rows.
 * @cssprop [--il-rating-scale-radius=var(--il-radius, 8px)] - Corner radius of an option.
 * @cssprop [--il-rating-scale-border-color=var(--il-color-border, #767d88)] - Border of an unchosen option.
 * @cssprop [--il-rating-scale-surface=var(--il-color-bg, Canvas)] - Background of an unchosen option.
 * @cssprop [--il-rating-scale-checked-color=var(--il-color-accent, #1a5fb4)] - Background and border of the chosen option.
 * @cssprop [--il-rating-scale-checked-text-color=var(--il-color-accent-contrast, #ffffff)] - Text of the chosen option.
 *
 * @example
 * ```html
 * <form>
 *   <il-rating-scale
 *     name="distress"
 *     label="How distressed do you feel right now?"
 *     min="0"
 *     max="10"
 *     low-label="No distress"
 *     high-label="Extreme distress"
 *     required
 *   ></il-rating-scale>
 * </form>
 * ```
 */
export class IlRatingScale extends FormAssociatedElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, ratingScaleStyles];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, inputStrings, ratingScaleStrings);

  /** The question the scale answers; its accessible name. Use the `label` slot for more than text. */
  @property()
  label = '';

  /** The lowest value, an integer. */
  @property({ type: Number })
  min = 0;

  /** The highest value, an integer greater than `min`; at most 21 options in all. */
  @property({ type: Number })
  max = 10;

  /** The distance between neighbouring values, a whole number dividing `max - min` (e.g. 10 for 0–100 in tens). */
  @property({ type: Number })
  step = 1;

  /** Text shown under the lowest value and added to its accessible name, e.g. "No distress". */
  @property({ attribute: 'low-label' })
  lowLabel = '';

  /** Text shown under the highest value and added to its accessible name, e.g. "Extreme distress". */
  @property({ attribute: 'high-label' })
  highLabel = '';

  /**
   * Per-value labels, shown in each option and added to its accessible name: one string per
   * value from `min` to `max` (in steps of `step`), or `{ value, label }` pairs for some values. A property only.
   * Invalid input shows the configuration notice (see `configurationError`).
   */
  @property({ attribute: false })
  valueLabels: RatingScaleLabels | undefined = undefined;

  /** Lets the person see and focus the options but not change the choice. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * A store client to check the settings with (`client.validate.ratingScale`); elements that
   * nest the scale pass theirs. Not needed otherwise: `rating-scale.js` carries the check itself.
   */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /**
   * The initially chosen value, from the `value` attribute. `value` follows it until the
   * value is chosen or set; a form reset goes back to it.
   */
  @property({ attribute: 'value', converter: { fromAttribute: toValue, toAttribute: String } })
  defaultValue: number | null = null;

  /**
   * The chosen value, or `null` when nothing is chosen. Setting it fires no event. A value
   * that is not one of the options counts as no choice (nothing is checked or submitted).
   */
  @property({ attribute: false })
  get value(): number | null {
    return this.#dirty ? this.#value : this.defaultValue;
  }
  set value(value: number | null) {
    this.#value = toValue(value);
    this.#dirty = true;
  }

  /** Why the settings are invalid (the notice is shown instead of the scale), or `undefined`. */
  get configurationError(): ValidationError | undefined {
    const layout = this.#layout();
    return layout.ok ? undefined : layout.error;
  }

  #value: number | null = null;
  #dirty = false;
  #cache: { key: readonly unknown[]; layout: Layout } | undefined;

  /** @internal Whether the `label` slot has text. */
  @state()
  private hasSlottedLabel = false;

  /** Moves focus to the chosen option, or the first when none is chosen. */
  override focus(options?: FocusOptions): void {
    this.#tabStop()?.focus(options);
  }

  protected override render() {
    const layout = this.#layout();
    if (!layout.ok) {
      return configurationNotice(
        this.localize,
        this.localize.term('invalidSettingsTitle'),
        this.localize.term('invalidSettingsBody', layout.error.message),
      );
    }
    const { options } = layout;
    const disabled = this.isDisabled;
    const checked = this.#checkedValue();
    const tabStop = checked ?? options[0]?.value;
    const max = options[options.length - 1]?.value ?? this.max;
    const hasLabel = this.label !== '' || this.hasSlottedLabel;
    return html`<div class=${classMap({ base: true, disabled })} dir=${this.localize.dir}>
      <div part="label" id="label" class="label" ?hidden=${!hasLabel}>
        <slot name="label" @slotchange=${this.#onLabelSlotChange}>${this.label}</slot>
      </div>
      <div
        part="radiogroup"
        class="options"
        role="radiogroup"
        aria-labelledby="label"
        aria-required=${this.required ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'}
        aria-readonly=${this.readonly ? 'true' : 'false'}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
      >
        ${options.map((option) => {
          const isChecked = option.value === checked;
          const name = option.anchor
            ? this.localize.term('ratingValueWithAnchor', option.value, max, option.anchor)
            : this.localize.term('ratingValueText', option.value, max);
          return html`<div
            part=${isChecked ? 'option checked' : 'option'}
            class="option"
            role="radio"
            data-value=${option.value}
            aria-checked=${isChecked ? 'true' : 'false'}
            aria-disabled=${disabled ? 'true' : 'false'}
            aria-label=${name}
            tabindex=${!disabled && option.value === tabStop ? 0 : -1}
          >
            <span part="option-value" class="option-value">${String(option.value)}</span>
            ${
              option.label
                ? html`<span part="option-label" class="option-label">${option.label}</span>`
                : nothing
            }
          </div>`;
        })}
      </div>
      ${
        this.lowLabel || this.highLabel
          ? html`<div part="anchors" class="anchors" aria-hidden="true">
              ${this.lowLabel ? html`<span part="low-label" class="low-label">${this.lowLabel}</span>` : nothing}
              ${
                this.highLabel
                  ? html`<span part="high-label" class="high-label">${this.highLabel}</span>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  /** @internal */
  protected override get isReadOnly(): boolean {
    return this.readonly;
  }

  /** @internal */
  protected formValue(): string | null {
    const checked = this.#checkedValue();
    return checked === null ? null : String(checked);
  }

  /** @internal */
  protected isValueMissing(): boolean {
    return this.#checkedValue() === null;
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
    return this.#tabStop();
  }

  #layout(): Layout {
    const client = this.client;
    const check = ratingScaleCheck.of(client);
    const key = [
      this.min,
      this.max,
      this.step,
      this.valueLabels,
      this.lowLabel,
      this.highLabel,
      check,
    ] as const;
    if (!this.#cache || key.some((part, index) => part !== this.#cache!.key[index])) {
      const { min, max, step, valueLabels } = this;
      const settings = ratingScaleCheck.run(client, { min, max, step, valueLabels }, 'rating scale');
      const layout: Layout = settings.ok
        ? { ok: true, options: layOut(settings.value, this.lowLabel, this.highLabel) }
        : settings;
      this.#cache = { key, layout };
    }
    return this.#cache.layout;
  }

  /** The value if it is one of the options, else `null`. */
  #checkedValue(): number | null {
    const layout = this.#layout();
    const value = this.value;
    if (!layout.ok || value === null) return null;
    return layout.options.some((option) => option.value === value) ? value : null;
  }

  #radios(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')];
  }

  #tabStop(): HTMLElement | undefined {
    return this.#radios().find((radio) => radio.tabIndex === 0) ?? this.#radios()[0];
  }

  /** A choice the person made: update, tell the form, then fire `input` and `change`. */
  #choose(value: number): void {
    if (this.isDisabled || this.readonly || value === this.#checkedValue()) return;
    this.value = value;
    this.markInteracted();
    this.syncFormState();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onClick(event: MouseEvent): void {
    const radio = (event.target as Element).closest<HTMLElement>('[role="radio"]');
    if (!radio || this.isDisabled) return;
    radio.focus();
    this.#choose(Number(radio.dataset['value']));
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const radios = this.#radios();
    const current = radios.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const last = radios.length - 1;
    const next = this.localize.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = this.localize.isRtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number;
    switch (event.key) {
      case 'ArrowDown':
      case next:
        target = current === last ? 0 : current + 1;
        break;
      case 'ArrowUp':
      case previous:
        target = current === 0 ? last : current - 1;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = last;
        break;
      case ' ':
        target = current;
        break;
      default:
        return;
    }
    event.preventDefault();
    const radio = radios[target]!;
    radio.focus();
    this.#choose(Number(radio.dataset['value']));
  }

  #onLabelSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlottedLabel = slot.assignedNodes({ flatten: true }).some((node) => node.textContent?.trim());
  }
}
