import { css } from 'lit';

/** What only the mood chart draws: the usual-range band and the activity time line. */
export const moodChartStyles = css`
  :host {
    --_il-activity: var(--il-mood-chart-activity-color, var(--il-color-text, #1c1f24));
  }
  .band {
    fill: var(--_il-band);
    fill-opacity: var(--_il-band-opacity);
    stroke: none;
  }
  .point.outside {
    stroke-width: calc(var(--_il-point-size) * 1.1);
  }
  .activity-guide {
    fill: none;
    stroke: var(--_il-activity);
    stroke-opacity: 0.35;
    stroke-width: 1px;
    stroke-dasharray: 3 3;
  }
  .point.activity,
  .activity-marker {
    stroke: var(--_il-activity);
  }
  .activity-marker {
    stroke-width: 3px;
  }
`;
