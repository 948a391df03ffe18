/**
 * A rating (a step, or a list entry's field) as a row of native radio buttons: one tab stop,
 * arrow keys move and choose (the browser flips them right-to-left), and each option's name
 * carries its anchor, e.g. "0 of 10, Not at all". The same words and keys as `il-rating-scale`,
 * without the form-associated element and its settings schema, which the player does not need.
 *
 * @module
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText } from '@interlude/core';
import type { StepContext } from './context.js';

/** What one rating shows and where its choice goes. */
export interface RatingOptions {
  /** The radio group's name: unique among the ratings shown at once. */
  readonly name: string;
  /** The id of the text that names the rating. */
  readonly labelId: string;
  readonly min: number;
  readonly max: number;
  readonly step?: number | undefined;
  readonly anchors: { readonly low: LocalizedText; readonly high: LocalizedText };
  readonly value: number | undefined;
  readonly required?: boolean | undefined;
  readonly onChoose: (value: number) => void;
}

export function rating(context: Pick<StepContext, 'localize' | 'text' | 'invalid'>, options: RatingOptions) {
  const { localize, text } = context;
  const low = text(options.anchors.low);
  const high = text(options.anchors.high);
  const by = options.step ?? 1;
  const values: number[] = [];
  for (let value = options.min; value <= options.max; value += by) values.push(value);
  const invalid = context.invalid && options.value === undefined;
  return html`<div
      part="rating-group"
      class="rating"
      role="radiogroup"
      aria-labelledby=${options.labelId}
      aria-required=${ifDefined(options.required ? 'true' : undefined)}
      aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
      aria-describedby=${ifDefined(invalid ? 'step-error' : undefined)}
    >
      ${values.map((value) => {
        const checked = value === options.value;
        const anchor = value === options.min ? low : value === options.max ? high : '';
        return html`<label
          part=${checked ? 'rating-option rating-checked' : 'rating-option'}
          class="rating-option"
        >
          <input
            type="radio"
            name=${options.name}
            .checked=${checked}
            aria-label=${
              anchor
                ? localize.term('ratingValueWithAnchor', value, options.max, anchor)
                : localize.term('ratingValueText', value, options.max)
            }
            @change=${() => options.onChoose(value)}
          />${value}
        </label>`;
      })}
    </div>
    <div class="anchors" aria-hidden="true"><span>${low}</span><span>${high}</span></div>`;
}
