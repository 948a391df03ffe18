import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { ValidationError, parseUser, type CrisisResourceSet, type InterludeClient } from '@interlude/core';
import { interludeClientContext } from '../context.js';
import { crisisSettingsContext } from '../shared/internal/crisis-context.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { providerStrings } from '../shared/locales/provider.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { configurationNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { providerStyles } from './provider.styles.js';
import type { ProviderState } from './provider.types.js';

/**
 * Hands one Interlude client to every Interlude element inside it. Create the client once
 * with `createInterlude(...)` and set it as a property; elements below read and write
 * through it. Nested providers override outer ones for their subtree.
 *
 * A client whose `user` is not valid is not handed down: the provider shows what is wrong
 * (without echoing any value) and its elements show that they are not connected.
 *
 * @summary Provides the Interlude client to the elements inside it.
 * @tag il-provider
 *
 * @slot - The portal content, including any Interlude elements.
 *
 * @csspart configuration-notice - The message shown when the client is invalid.
 *
 * @cssprop [--il-color-danger=#a51d2d] - Border colour of the configuration notice.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-rating-scale label="How are you feeling?"></il-rating-scale>
 * </il-provider>
 * <script type="module">
 *   document.querySelector('#interlude').client = createInterlude({ user: { id: 'c-1', role: 'client' } });
 * </script>
 * ```
 */
export class IlProvider extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, providerStyles];

  /** The client to provide; set it as a property (it is an object, not an attribute). */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /**
   * Crisis resources for every element inside (the measure form's crisis panel,
   * `<il-crisis-resources>`), e.g. your clinic's on-call line and your country's numbers. Validated;
   * invalid resources are replaced by the shipped default for the region.
   */
  @property({ attribute: false })
  crisisResources: CrisisResourceSet | undefined = undefined;

  /**
   * The region (`GB`, `US`, `DE`, …) whose shipped crisis resources to show when
   * `crisisResources` is not set. Default: the region of the user's locale, else the browser's.
   */
  @property({ attribute: 'crisis-region' })
  crisisRegion: string | undefined = undefined;

  /** Whether a usable client is being provided. Read-only; mirrored in the `state` attribute. */
  get state(): ProviderState {
    return this.#state;
  }

  #state: ProviderState = 'empty';
  #problem = '';
  readonly #provider = new ContextProvider(this, { context: interludeClientContext });
  readonly #crisis = new ContextProvider(this, { context: crisisSettingsContext, initialValue: {} });
  readonly #localize = new LocalizeController(this, providerStrings);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('crisisResources') || changed.has('crisisRegion')) {
      this.#crisis.setValue({ resources: this.crisisResources, region: this.crisisRegion });
    }
    if (this.hasUpdated && !changed.has('client')) return;
    const { state, problem, provided } = check(this.client);
    this.#state = state;
    this.#problem = problem;
    this.#provider.setValue(provided);
    this.setAttribute('state', state);
  }

  protected override render() {
    return html`${
        this.#state === 'invalid'
          ? configurationNotice(
              this.#localize,
              this.#localize.term('invalidClientTitle'),
              this.#localize.term('invalidClientBody', this.#problem),
            )
          : nothing
      }<slot></slot>`;
  }
}

function check(client: InterludeClient | undefined): {
  state: ProviderState;
  problem: string;
  provided: InterludeClient | undefined;
} {
  if (client === undefined || client === null) return { state: 'empty', problem: '', provided: undefined };
  try {
    parseUser((client as Partial<InterludeClient>).user);
    return { state: 'ready', problem: '', provided: client };
  } catch (error) {
    // ValidationError messages carry paths only, never the values, so they are safe to show.
    const problem = error instanceof ValidationError ? error.message : 'unreadable user';
    return { state: 'invalid', problem, provided: undefined };
  }
}
