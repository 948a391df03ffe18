import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { FormAssociatedElement } from '../shared/internal/form-associated.js';
import { configurationNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { optionStyles } from '../shared/styles/option.styles.js';
import { choiceGroupStyles } from './choice-group.styles.js';
import { CHOICE_GROUP_MAX_OPTIONS, type ChoiceGroupOption } from './choice-group.types.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { inputStrings } from '../shared/locales/input.js';

/** Why `options` cannot be shown, or `''` (by path, never echoing a value). */
function optionsProblem(options: unknown): string {
  if (!Array.isArray(options) || options.length < 2) return 'options: must list at least 2 options';
  if (options.length > CHOICE_GROUP_MAX_OPTIONS)
    return `options: must list at most ${CHOICE_GROUP_MAX_OPTIONS} options`;
  const ids = new Set<string>();
  for (const [index, option] of options.entries()) {
    const candidate = option as Partial<ChoiceGroupOption> | null;
    if (typeof candidate?.id !== 'string' || candidate.id === '')
      return `options[${index}].id: must be a non-empty string`;
    if (typeof candidate.label !== 'string' || candidate.label === '')
      return `options[${index}].label: must be a non-empty string`;
    if (ids.has(candidate.id)) return `options[${index}].id: repeats an earlier option`;
    ids.add(candidate.id);
  }
  return '';
}

/**
 * A group of labelled options: a single choice (`role="radiogroup"`, the WAI-ARIA APG radio group
 * pattern: one tab stop, arrow keys move and choose, Left and Right swap in right-to-left
 * layouts) or, with `multiple`, a group of checkboxes (each a tab stop, Space toggles). The
 * questionnaire items of `<il-measure-form>` and the choices of `<il-check-in>` use it. It takes
 * part in forms like native radios or checkboxes (a multiple choice submits one entry per
 * chosen option). Labels are rendered as text, never as HTML.
 *
 * @summary An accessible, form-associated single or multiple choice.
 * @tag il-choice-group
 *
 * @slot label - The question, when it needs more than plain text; replaces the `label` attribute.
 *
 * @fires {Event} input - When the person changes the choice. Not fired when `value` is set by script.
 * @fires {Event} change - Right after `input`.
 *
 * @csspart label - The question.
 * @csspart group - The group of options (`radiogroup` or `group`).
 * @csspart option - Each option (`radio` or `checkbox`); chosen ones also have part `checked`.
 * @csspart checked - Added to the chosen options.
 *
 * @cssprop [--il-choice-group-border-color=var(--il-color-border, #767d88)] - Border of an option.
 * @cssprop [--il-choice-group-checked-color=var(--il-color-accent, #1a5fb4)] - Border and mark of a chosen option.
 * @cssprop [--il-choice-group-radius=var(--il-radius, 8px)] - Corner radius of an option.
 *
 * @example
 * ```html
 * <il-choice-group name="sleep" label="How did you sleep?"></il-choice-group>
 * <script>
 *   document.querySelector('il-choice-group').options = [
 *     { id: 'well', label: 'Well' },
 *     { id: 'badly', label: 'Badly' },
 *   ];
 * </script>
 * ```
 */
export class IlChoiceGroup extends FormAssociatedElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, optionStyles, choiceGroupStyles];

  /** @internal */
  protected override readonly localize = new LocalizeController(this, inputStrings);

  /** The question; the group's accessible name. */
  @property()
  label = '';

  /** Let the person choose several options (checkboxes) instead of one (radios). */
  @property({ type: Boolean, reflect: true })
  multiple = false;

  /** The options, in order. A property only; invalid options show a configuration notice. */
  @property({ attribute: false })
  options: readonly ChoiceGroupOption[] = [];

  /** The initially chosen option id (single choice), from the `value` attribute. */
  @property({ attribute: 'value' })
  defaultValue: string | null = null;

  /**
   * The chosen option id (single choice) or ids (multiple, in option order), or `null` when
   * nothing is chosen. Setting it fires no event.
   */
  @property({ attribute: false })
  get value(): string | readonly string[] | null {
    const chosen = this.#chosen();
    if (this.multiple) return chosen.length ? chosen : null;
    return chosen[0] ?? null;
  }
  set value(value: string | readonly string[] | null) {
    this.#value = value === null || value === undefined ? [] : [value].flat();
    this.#dirty = true;
  }

  #value: readonly string[] = [];
  #dirty = false;

  /** Moves focus to the chosen option (or the first). */
  override focus(options?: FocusOptions): void {
    this.#tabStop()?.focus(options);
  }

  protected override render() {
    const problem = optionsProblem(this.options);
    if (problem) {
      return configurationNotice(
        this.localize,
        this.localize.term('invalidSettingsTitle'),
        this.localize.term('invalidSettingsBody', problem),
      );
    }
    const chosen = new Set(this.#chosen());
    const disabled = this.isDisabled;
    const role = this.multiple ? 'checkbox' : 'radio';
    const tabStop = this.options.find((option) => chosen.has(option.id))?.id ?? this.options[0]?.id;
    return html`<div class=${classMap({ base: true, disabled })} dir=${this.localize.dir}>
      <div part="label" id="label" class="label" dir="auto"><slot name="label">${this.label}</slot></div>
      <div
        part="group"
        class="options"
        role=${this.multiple ? 'group' : 'radiogroup'}
        aria-labelledby="label"
        aria-required=${!this.multiple && this.required ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
      >
        ${this.options.map((option) => {
          const isChecked = chosen.has(option.id);
          const focusable = !disabled && (this.multiple || option.id === tabStop);
          return html`<div
            part=${isChecked ? 'option checked' : 'option'}
            class="option ${role}"
            role=${role}
            data-id=${option.id}
            aria-checked=${isChecked ? 'true' : 'false'}
            aria-disabled=${disabled ? 'true' : 'false'}
            tabindex=${focusable ? 0 : -1}
          >
            <span class="mark" aria-hidden="true"></span><span class="text" dir="auto">${option.label}</span>
          </div>`;
        })}
      </div>
    </div>`;
  }

  /** @internal */
  protected formValue(): string | FormData | null {
    const chosen = this.#chosen();
    if (chosen.length === 0) return null;
    if (!this.multiple) return chosen[0]!;
    const data = new FormData();
    for (const id of chosen) data.append(this.name, id);
    return data;
  }

  /** @internal */
  protected isValueMissing(): boolean {
    return this.#chosen().length === 0;
  }

  /** @internal */
  protected resetValue(): void {
    this.#dirty = false;
    this.#value = [];
  }

  /** @internal */
  protected restoreValue(state: string | null): void {
    this.value = state;
  }

  /** @internal */
  protected override validationAnchor(): HTMLElement | undefined {
    return this.#tabStop();
  }

  /** Chosen ids that are options, in option order (a single choice keeps at most one). */
  #chosen(): string[] {
    const wanted = new Set(this.#dirty ? this.#value : this.defaultValue === null ? [] : [this.defaultValue]);
    const ids = (Array.isArray(this.options) ? this.options : [])
      .map((option) => option.id)
      .filter((id) => wanted.has(id));
    return this.multiple ? ids : ids.slice(0, 1);
  }

  #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')];
  }

  #tabStop(): HTMLElement | undefined {
    return this.#items().find((item) => item.tabIndex === 0) ?? this.#items()[0];
  }

  #commit(next: readonly string[]): void {
    this.value = next;
    this.markInteracted();
    this.syncFormState();
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #toggle(id: string): void {
    if (this.isDisabled) return;
    if (this.multiple) {
      const chosen = this.#chosen();
      this.#commit(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
    } else if (this.#chosen()[0] !== id) {
      this.#commit([id]);
    }
  }

  #onClick(event: MouseEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[data-id]');
    if (!item || this.isDisabled) return;
    item.focus();
    this.#toggle(item.dataset['id']!);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.#items();
    const current = items.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    if (event.key === ' ' || (event.key === 'Enter' && this.multiple)) {
      event.preventDefault();
      this.#toggle(items[current]!.dataset['id']!);
      return;
    }
    if (this.multiple) return; // checkboxes: Tab moves between them
    const next = this.localize.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = this.localize.isRtl ? 'ArrowRight' : 'ArrowLeft';
    const last = items.length - 1;
    let target: number;
    if (event.key === 'ArrowDown' || event.key === next) target = current === last ? 0 : current + 1;
    else if (event.key === 'ArrowUp' || event.key === previous) target = current === 0 ? last : current - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = last;
    else return;
    event.preventDefault();
    items[target]!.focus();
    this.#toggle(items[target]!.dataset['id']!);
  }
}
