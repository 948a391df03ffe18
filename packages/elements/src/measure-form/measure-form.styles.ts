import { css } from 'lit';

/** What only the questionnaire draws; its answer cards are `optionStyles`, with native radio buttons. */
export const measureFormStyles = css`
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_il-checked);
    cursor: inherit;
  }
  .crisis {
    margin-block: var(--il-space-3, 0.75rem);
    padding: var(--il-space-3, 0.75rem) var(--il-space-4, 1rem);
    border: 3px solid var(--il-measure-form-crisis-color, var(--il-color-danger, #a51d2d));
    border-radius: var(--il-radius, 8px);
    background: var(--il-color-bg, Canvas);
  }
  .crisis-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .crisis p {
    margin: var(--il-space-2, 0.5rem) 0 var(--il-space-3, 0.75rem);
  }
  .supplementary {
    margin-block-start: var(--il-space-5, 1.5rem);
  }
  .copyright {
    margin: var(--il-space-4, 1rem) 0 0;
    color: var(--il-color-text-muted, #4f5661);
    font-size: 0.75em;
  }
  .score {
    font-weight: 700;
  }
`;
