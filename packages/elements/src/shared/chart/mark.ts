/**
 * A focusable shape of a chart (a week's bar, a calendar day, a total), with the same roving tab
 * stop as `stopPoint` (`stop-point.ts`), in a module of its own so a chart that draws only these
 * does not bundle Lit's `keyed`.
 *
 * @module
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TabStop } from './chart-element.js';

/**
 * A focusable shape in pixel space (a week's bar, a calendar day, a total), point `index` of
 * `series`, with the same roving tab stop as `stopPoint` (`stop`: the series' tab stop).
 */
export function mark(
  stop: TabStop | undefined,
  series: number,
  index: number,
  content: SVGTemplateResult,
  kind = '',
): SVGTemplateResult {
  const focusable = stop?.index === index;
  return svg`<g class="mark ${kind}" part=${kind ? `mark ${kind}` : 'mark'} data-s=${series} data-i=${index} tabindex=${focusable ? '0' : nothing} role=${focusable ? 'img' : nothing} aria-label=${focusable ? stop.nav.describe(index) : nothing}>${content}</g>`;
}
