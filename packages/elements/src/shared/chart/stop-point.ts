/**
 * The focusable point of a series (a dot of `seriesLayer`). One module per kind of focusable point
 * (the other is `mark.ts`), so a chart bundles only the kind it draws, and Lit's `keyed` (whose
 * module esbuild keeps wherever it is imported) only with stop points. Both carry the series'
 * roving tab stop (`ChartElement.tabStop`): only the point holding it is focusable and named, so
 * a year of daily points does not cost 730 labels.
 *
 * @module
 */
import { nothing, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { TabStop } from './chart-element.js';

/** Where a series' stop point is drawn and how (see {@link stopPoint}). */
export type StopPlace = (index: number) => {
  x: number;
  y: number;
  kind?: string;
  shape?: 'round' | 'square';
};

/**
 * The focusable point of a series: its tab stop, drawn over its dot as a zero-length path whose
 * round (or square) cap keeps a fixed pixel size under the plot's data transform. The dots
 * themselves are one path per series (see `seriesLayer`), so a year of data is a handful of
 * DOM nodes and appending a point changes one attribute. Keyed by index: each move puts focus
 * on a new element, which screen readers announce.
 */
export function stopPoint(stop: TabStop | undefined, place: StopPlace): unknown {
  if (!stop) return nothing;
  const { series, index, nav } = stop;
  const { x, y, kind = '', shape = 'round' } = place(index);
  return keyed(
    index,
    svg`<path class="point stop ${shape} ${kind}" part=${kind ? `point ${kind}` : 'point'} d="M${x} ${y}h0" data-s=${series} data-i=${index} tabindex="0" role="img" aria-label=${nav.describe(index)}></path>`,
  );
}
