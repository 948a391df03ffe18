import { css, unsafeCSS } from 'lit';

/**
 * Per-element tokens (`--il-exercise-player-*`) fall back to the global `--il-*` tokens and are
 * copied into private `--_il-*` properties. Layout reflows to one column below about 36rem,
 * so 320 px and 200 % zoom need no horizontal scrolling.
 */
const baseStyles = css`
  :host {
    --_il-gap: var(--il-exercise-player-gap, var(--il-space-4, 1rem));
    --_il-card: var(--il-exercise-player-card-surface, var(--il-color-surface, Canvas));
    --_il-border: var(--il-color-border, #767d88);
    --_il-accent: var(--il-color-accent, #1a5fb4);
    --_il-accent-text: var(--il-color-accent-contrast, #ffffff);
    --_il-muted: var(--il-color-text-muted, #4f5661);
    --_il-danger: var(--il-color-danger, #a51d2d);
    --_il-radius: var(--il-radius, 8px);
    --_il-pacer: var(--il-exercise-player-pacer-color, var(--il-color-accent, #1a5fb4));
    display: block;
    max-inline-size: var(--il-exercise-player-max-width, 44rem);
  }

  /*
   * Definition text may be in another language than the player (e.g. English content in an
   * Arabic page): each block takes its direction from its own first letters.
   */
  p,
  li,
  legend,
  label,
  summary,
  blockquote,
  figcaption,
  .title,
  .step-heading,
  .card-label,
  .card-description,
  .pile-heading,
  .chip {
    unicode-bidi: plaintext;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_il-gap);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading,
  .step-heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Focused by script on each step: the ring only when the browser would show one. */
  .step-heading:focus:not(:focus-visible) {
    outline: none;
  }
  .start,
  .done,
  .step,
  .rationale,
  .prose,
  .reflection {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-3, 0.75rem);
  }
  .prose ul,
  .prose ol {
    padding-inline-start: 1.5em;
  }
  .hint,
  .optional,
  .draft-status,
  .attribution {
    color: var(--_il-muted);
    font-size: 0.9375em;
  }
  .draft-status:empty {
    display: none;
  }
  .attribution {
    border-block-start: 1px solid var(--_il-border);
    padding-block-start: var(--il-space-3, 0.75rem);
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
  }
  .error {
    color: var(--_il-danger);
    font-weight: 600;
  }
  .pre-line {
    white-space: pre-line;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    color: var(--_il-muted);
    font-size: 0.9375em;
  }
  .progress progress {
    flex: 1 1 8rem;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: var(--il-space-2, 0.5rem) var(--il-space-4, 1rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--il-color-bg, Canvas);
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    background: var(--_il-accent);
    border-color: var(--_il-accent);
    color: var(--_il-accent-text);
    font-weight: 600;
  }
  .navigation,
  .actions,
  .practice-controls,
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
  }
  .navigation .next {
    margin-inline-start: auto;
  }

  textarea,
  input[type='text'],
  input[type='time'],
  select {
    inline-size: 100%;
    min-block-size: 44px;
    padding: var(--il-space-2, 0.5rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--il-color-bg, Canvas);
  }
  textarea {
    resize: vertical;
  }
  input[type='time'],
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_il-danger);
    border-width: 2px;
  }
  .field-label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--il-space-1, 0.25rem);
  }
  /* A rating: numbered boxes (the radio inside covers its box), chosen by fill, border and weight. */
  .rating,
  .anchors {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
  }
  .rating-option {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--_il-card);
    font-variant-numeric: tabular-nums;
  }
  .rating-option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .rating-option:has(:focus-visible) {
    outline: var(--il-focus-ring-width, 3px) solid var(--il-color-focus, #1a5fb4);
    outline-offset: var(--il-focus-ring-offset, 2px);
  }
  .rating-option:has(:checked) {
    border: 3px solid var(--_il-accent);
    background: var(--_il-accent);
    color: var(--_il-accent-text);
    font-weight: 700;
  }
  .anchors {
    justify-content: space-between;
    color: var(--_il-muted);
    font-size: 0.875em;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .roles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-2, 0.5rem);
  }
  .roles > .field-label {
    flex-basis: 100%;
    margin: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--il-space-2, 0.5rem);
    min-block-size: 44px;
    padding: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--_il-card);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_il-accent);
    font-weight: 600;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    border-inline-start: 4px solid var(--_il-accent);
    padding: var(--il-space-2, 0.5rem) var(--il-space-3, 0.75rem);
    background: var(--_il-card);
    border-radius: var(--_il-radius);
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }

  /* Card sort */
  .piles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--il-space-3, 0.75rem);
  }
  .pile {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
    padding: var(--il-space-3, 0.75rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--_il-card);
    min-block-size: 6rem;
  }
  .pile.unsorted {
    border-style: dashed;
  }
  .pile.drop-target {
    border: 3px solid var(--_il-accent);
  }
  .pile-heading {
    font-weight: 700;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--il-space-1, 0.25rem);
  }
  .pile-count {
    color: var(--_il-muted);
    font-weight: 400;
    font-size: 0.9375em;
  }
  .cards,
  .entries,
  .parts {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    text-align: start;
    touch-action: manipulation;
    user-select: none;
    cursor: grab;
  }
  .card-description {
    color: var(--_il-muted);
    font-size: 0.875em;
  }
  .card.lifted {
    border: 3px solid var(--_il-accent);
    font-weight: 600;
  }
  .card.dragging,
  .entry.dragging {
    position: relative;
    z-index: 1;
    pointer-events: none;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.3);
    cursor: grabbing;
  }
  .insert-before {
    box-shadow: 0 -4px 0 var(--_il-accent);
  }
  .insert-end {
    block-size: 4px;
    background: var(--_il-accent);
    border-radius: 2px;
  }
  .move-here {
    border-style: dashed;
  }

  /* List builder and parts map */
  .entry,
  .part {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
    padding: var(--il-space-3, 0.75rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--_il-card);
    margin: 0;
    min-inline-size: 0;
  }
  .entry.lifted {
    border: 3px solid var(--_il-accent);
  }
  .entry-main {
    display: flex;
    align-items: center;
    gap: var(--il-space-2, 0.5rem);
  }
  .entry-label,
  .part legend {
    font-weight: 600;
  }
  .handle {
    padding: 0;
    cursor: grab;
    touch-action: none;
  }
  .part legend {
    padding-inline: var(--il-space-1, 0.25rem);
  }
  .parts-layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_il-gap);
    align-items: start;
  }
  .parts-form {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-3, 0.75rem);
    align-items: flex-start;
  }
  .parts-form .parts {
    align-self: stretch;
  }
  .parts-visual {
    position: sticky;
    inset-block-start: var(--il-space-2, 0.5rem);
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--il-space-2, 0.5rem);
    padding: var(--il-space-3, 0.75rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
  }
  .parts-visual figcaption,
  .parts-visual .self {
    grid-column: 1 / -1;
  }
  .parts-visual figcaption {
    font-weight: 600;
  }
  .self {
    justify-self: center;
    display: grid;
    place-items: center;
    inline-size: 5rem;
    block-size: 5rem;
    border-radius: 50%;
    border: 2px solid var(--_il-accent);
    font-weight: 700;
  }
  .region {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-1, 0.25rem);
  }
  .region-heading {
    font-size: 0.9375em;
    font-weight: 700;
  }
  .region ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--il-space-1, 0.25rem);
  }
  .chip {
    padding: var(--il-space-1, 0.25rem) var(--il-space-2, 0.5rem);
    border: 1px solid var(--_il-border);
    border-radius: 999px;
    background: var(--_il-card);
  }
  .chip-manager {
    border-style: solid;
  }
  .chip-firefighter {
    border-style: dashed;
  }
  .chip-exile {
    border-style: dotted;
    border-width: 2px;
  }

  /* Practices */
  .timer,
  .pacer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--il-space-3, 0.75rem);
    padding: var(--il-space-4, 1rem);
    border: 1px solid var(--_il-border);
    border-radius: var(--_il-radius);
    background: var(--_il-card);
    text-align: center;
  }
  .time,
  .phase {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .phase {
    display: flex;
    gap: var(--il-space-2, 0.5rem);
    align-items: baseline;
  }
  .time-progress {
    inline-size: 100%;
  }
  .cue {
    font-size: 1.125em;
    max-inline-size: 30em;
  }
  .transcript summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .transcript ol {
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .transcript .current {
    font-weight: 600;
  }
  .cue-time {
    font-variant-numeric: tabular-nums;
    color: var(--_il-muted);
  }
  .circle {
    inline-size: 8rem;
    block-size: 8rem;
    border-radius: 50%;
    background: var(--_il-pacer);
    opacity: 0.85;
    transform: scale(0.55);
    transition: transform var(--_il-phase-seconds, 0s) ease-in-out;
  }
  .circle.phase-inhale,
  .circle.phase-hold {
    transform: scale(1);
  }
  .circle.phase-exhale,
  .circle.phase-rest {
    transform: scale(0.55);
  }
  .circle.paused {
    transition: none;
  }
  .audio-layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_il-gap);
    align-items: start;
  }
  .audio-media {
    display: flex;
    flex-direction: column;
    gap: var(--il-space-2, 0.5rem);
  }
  .audio {
    inline-size: 100%;
  }
  .caption {
    min-block-size: 3em;
    padding: var(--il-space-2, 0.5rem);
    border-radius: var(--_il-radius);
    background: var(--il-color-text, CanvasText);
    color: var(--il-color-bg, Canvas);
    white-space: pre-line;
  }
  .caption:empty {
    visibility: hidden;
  }
  .transcript-heading {
    margin-block-end: var(--il-space-2, 0.5rem);
    font-weight: 700;
  }
  .reflection {
    border-inline-start: 4px solid var(--_il-border);
    padding-inline-start: var(--il-space-3, 0.75rem);
  }

  /* Under reduced motion the pacer holds still; the phase and count carry the timing. */
  @media (prefers-reduced-motion: reduce) {
    .circle {
      transition: none;
      transform: none !important;
      inline-size: 3rem;
      block-size: 3rem;
    }
  }
`;

/**
 * Native controls in the accent colour. A constant string (never content) because
 * lit-analyzer's CSS data does not know `accent-color`.
 */
const accentStyles = unsafeCSS(`
progress, .choice input { accent-color: var(--_il-accent); }
`);

/** Windows High Contrast / forced colours: system colours, the lifted card and target in Highlight. */
const forcedColorStyles = unsafeCSS(`
@media (forced-colors: active) {
  .card.lifted, .entry.lifted, .pile.drop-target, .rating-option:has(:checked) { border-color: Highlight; }
  .circle { background: Highlight; forced-color-adjust: none; }
  .caption { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
  button.primary { border-color: ButtonText; }
}
`);

export const exercisePlayerStyles = [baseStyles, accentStyles, forcedColorStyles];
