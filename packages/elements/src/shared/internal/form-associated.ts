/**
 * The one base class of every Interlude input (rating scale, slider, …). It owns the
 * ElementInternals plumbing — form value, validity, reset, disabled, state restore — so an
 * input only says what its value is and how to go back to its default. Every input also
 * runs the shared suite in `form-associated.test-suite.ts`.
 *
 * @module
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from './localize.js';
import type { InputStrings } from '../locales/input.js';

/**
 * A form-associated custom element: it takes part in `<form>` submission, reset,
 * constraint validation, `<fieldset disabled>` and the browser's state restore like a
 * native input.
 *
 * Subclasses implement four protected hooks — `formValue()`, `isValueMissing()`,
 * `resetValue()` and `restoreValue()` — and may override `validationAnchor()`. Form value
 * and validity are synchronised after every render; call `syncFormState()` before
 * dispatching a user event so listeners see the new state at once.
 *
 * The host carries custom states for styling: `:state(disabled)`, `:state(invalid)` and
 * `:state(user-invalid)` (invalid after the person changed the value or a submit was tried).
 */
export abstract class FormAssociatedElement extends LitElement {
  /** @internal */
  static formAssociated = true;

  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * @internal Strings, language and direction of the nearest `lang`/`dir`: each input creates
   * its `LocalizeController` with its own string groups (with `inputStrings`, which has `required`).
   */
  protected abstract readonly localize: Localizer<InputStrings>;

  /** The name the value is submitted under in the form's data. */
  @property({ reflect: true })
  name = '';

  /**
   * Disables the input: it cannot be focused or changed, is left out of the form's data and
   * is not validated. A disabled `<fieldset>` around it has the same effect.
   */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** Whether the form may only be submitted once a value is chosen. */
  @property({ type: Boolean, reflect: true })
  required = false;

  #disabledByForm = false;
  #customError = '';
  #interacted = false;

  constructor() {
    super();
    // A submit attempt that found this input invalid counts as interaction (for :state(user-invalid)).
    this.addEventListener('invalid', () => {
      this.#interacted = true;
      this.#setStates();
    });
  }

  /** The form this input belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The input's validity, as for a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The localized message explaining why the input is invalid, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the input takes part in constraint validation (not when disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the input is valid; fires `invalid` on the input when it is not. */
  checkValidity(): boolean {
    this.syncFormState();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message when invalid. */
  reportValidity(): boolean {
    this.syncFormState();
    return this.internals.reportValidity();
  }

  /** Sets a custom error message (the input is invalid until it is set back to `''`). */
  setCustomValidity(message: string): void {
    this.#customError = message;
    this.syncFormState();
  }

  /** @internal Whether the input is disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.#disabledByForm;
  }

  /** @internal Read-only inputs are barred from validation; subclasses with `readonly` override this. */
  protected get isReadOnly(): boolean {
    return false;
  }

  /**
   * @internal Hook: the string to submit, `FormData` for several values under the input's name
   * (a multiple choice), or `null` to submit nothing.
   */
  protected abstract formValue(): string | FormData | null;

  /** @internal Hook: whether no value is chosen (makes a `required` input invalid). */
  protected abstract isValueMissing(): boolean;

  /** @internal Hook: go back to the default value (the `value` attribute). Called on form reset. */
  protected abstract resetValue(): void;

  /** @internal Hook: take back a value this input submitted earlier (history navigation, autofill). */
  protected abstract restoreValue(state: string | null): void;

  /** @internal Hook: the element the browser points its validation message at. */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** @internal Counts the current change as the person's (for `:state(user-invalid)`). */
  protected markInteracted(): void {
    this.#interacted = true;
  }

  /**
   * @internal Pushes the current value and validity to the form. Runs after every render;
   * call it directly before dispatching `input`/`change` so listeners see the new state.
   */
  protected syncFormState(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);

    if (this.isDisabled || this.isReadOnly) {
      this.internals.setValidity({});
    } else if (this.#customError) {
      this.internals.setValidity({ customError: true }, this.#customError, this.#anchor());
    } else if (this.required && this.isValueMissing()) {
      this.internals.setValidity({ valueMissing: true }, this.localize.term('required'), this.#anchor());
    } else {
      this.internals.setValidity({});
    }
    this.#setStates();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
  }

  /** @internal Called by the browser when the form is reset. */
  formResetCallback(): void {
    this.#interacted = false;
    this.resetValue();
    this.requestUpdate();
  }

  /** @internal Called by the browser when the input's own or a fieldset's `disabled` changes. */
  formDisabledCallback(disabled: boolean): void {
    this.#disabledByForm = disabled;
    this.requestUpdate();
  }

  /** @internal Called by the browser to restore a value after navigation or for autofill. */
  formStateRestoreCallback(
    state: string | File | FormData | null,
    _reason: 'autocomplete' | 'restore',
  ): void {
    this.restoreValue(typeof state === 'string' ? state : null);
    this.requestUpdate();
  }

  #anchor(): HTMLElement | undefined {
    const anchor = this.validationAnchor();
    // The browser only accepts an anchor inside this element's shadow-including tree.
    return anchor?.isConnected ? anchor : undefined;
  }

  #setStates(): void {
    const invalid = !this.internals.validity.valid;
    toggleState(this.internals.states, 'disabled', this.isDisabled);
    toggleState(this.internals.states, 'invalid', invalid);
    toggleState(this.internals.states, 'user-invalid', invalid && this.#interacted);
  }
}

function toggleState(states: CustomStateSet, state: string, on: boolean): void {
  if (on) states.add(state);
  else states.delete(state);
}
