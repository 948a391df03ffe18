import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  localizedText,
  type CrisisResource,
  type CrisisResourceSet,
  type InterludeClient,
} from '@interlude/core';
import { ClientController } from '../shared/internal/client-controller.js';
import { CrisisController } from '../shared/internal/crisis-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { crisisStrings } from '../shared/locales/crisis.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { crisisResourcesStyles } from './crisis-resources.styles.js';
import { CRISIS_HEADING_LEVELS, type CrisisHeadingLevel } from './crisis-resources.types.js';

/** `116 123` → `116123` for a `tel:` / `sms:` link (the schema allowed only digits and separators). */
function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

/**
 * Where to get help now: emergency numbers first, then help lines, each with a call, text or
 * website link. The same list `<il-measure-form>` shows the moment a risk answer is given, for a
 * portal's help page. Resources are data: the vendor's (`crisisResources` here or on
 * `<il-provider>`), else the shipped default for the region (`crisis-region`, else the user's
 * or browser's locale), else the advice to call the local emergency number. It needs no client
 * and never shows a configuration notice instead of help: a help page must work even when
 * nothing else is set up.
 *
 * Names and descriptions are rendered as text; numbers and links were validated (`tel:`, `sms:`,
 * `https:` only).
 *
 * @summary Crisis and emergency contacts for the client's region.
 * @tag il-crisis-resources
 *
 * @slot - Extra content after the list, e.g. your clinic's own instructions.
 *
 * @csspart heading - The heading above the list.
 * @csspart list - The list of resources.
 * @csspart resource - One resource.
 * @csspart call - A "Call …" link (`tel:`).
 * @csspart text - A "Text …" link (`sms:`).
 * @csspart website - A website link.
 *
 * @cssprop [--il-crisis-resources-accent=var(--il-color-danger, #a51d2d)] - The bar beside each resource.
 *
 * @example
 * ```html
 * <il-crisis-resources crisis-region="GB"></il-crisis-resources>
 * ```
 */
export class IlCrisisResources extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, crisisResourcesStyles];

  /** The resources to show, instead of the provider's or the shipped default (validated). */
  @property({ attribute: false })
  crisisResources: CrisisResourceSet | undefined = undefined;

  /** The region whose shipped resources to show, e.g. `GB`, when no resources are given. */
  @property({ attribute: 'crisis-region' })
  crisisRegion: string | undefined = undefined;

  /** The level of the heading, 2–6 (set `no-heading` to leave it out). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: CrisisHeadingLevel = 2;

  /** Leave out the heading (when the surrounding page already has one). */
  @property({ type: Boolean, attribute: 'no-heading' })
  noHeading = false;

  /** The client, if not from a provider: its user's locale gives the region, and it checks given resources. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  readonly #localize = new LocalizeController(this, crisisStrings);
  readonly #clients = new ClientController(this);
  readonly #crisis = new CrisisController(this);

  /** The resources shown now. */
  get resources(): CrisisResourceSet {
    return this.#crisis.resources(this.#clients.client);
  }

  protected override render() {
    const set = this.resources;
    const level = CRISIS_HEADING_LEVELS.includes(this.headingLevel) ? this.headingLevel : 2;
    const ordered = [
      ...set.resources.filter((resource) => resource.emergency),
      ...set.resources.filter((resource) => !resource.emergency),
    ];
    return html`<div dir=${this.#localize.dir}>
      ${
        this.noHeading
          ? nothing
          : html`<div part="heading" class="heading" role="heading" aria-level=${level}>
              ${this.#localize.term('crisisResourcesHeading')}
            </div>`
      }
      <ul part="list">
        ${ordered.map((resource) => this.#resource(resource))}
      </ul>
      <slot></slot>
    </div>`;
  }

  #resource(resource: CrisisResource) {
    const lang = this.#localize.lang;
    const name = localizedText(resource.name, lang);
    const number = (value: string) => html`<span class="number">${value}</span>`;
    return html`<li part="resource" data-id=${resource.id}>
      <p class="name" dir="auto">${name}</p>
      ${resource.description ? html`<p class="description" dir="auto">${localizedText(resource.description, lang)}</p>` : nothing}
      ${resource.hours ? html`<p class="hours">${localizedText(resource.hours, lang)}</p>` : nothing}
      <div class="actions">
        ${
          resource.phone
            ? html`<a part="call" class="action primary" href="tel:${dialable(resource.phone)}"
                >${this.#localize.term('crisisCall')} ${number(resource.phone)}</a
              >`
            : nothing
        }
        ${
          resource.sms
            ? html`<a part="text" class="action" href="sms:${dialable(resource.sms)}"
                >${this.#localize.term('crisisText')} ${number(resource.sms)}</a
              >`
            : nothing
        }
        ${
          resource.url
            ? html`<a
                part="website"
                class="action"
                href=${resource.url}
                target="_blank"
                rel="noopener noreferrer"
                >${this.#localize.term('crisisWebsite', name)}</a
              >`
            : nothing
        }
      </div>
    </li>`;
  }
}
