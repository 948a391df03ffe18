/**
 * Axes and grid lines in pixel space. In right-to-left layouts the value axis sits on the right
 * and time runs from right to left; the charts pass mirrored scales, the axes only place labels.
 * Text anchors are logical (`start`/`end` follow the inherited `direction`), so Arabic labels
 * end at the axis just as English ones do.
 *
 * @module
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';

/** The plot rectangle inside the SVG, in pixels. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** One tick: its pixel position along the axis and its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** The plot's x extent and y extent. */
export function plotBox(frame: Frame): { x0: number; x1: number; y0: number; y1: number } {
  return { x0: frame.left, x1: frame.width - frame.right, y0: frame.top, y1: frame.height - frame.bottom };
}

/** Time (or category) labels under the plot, with a baseline. */
export function bottomAxis(ticks: readonly Tick[], frame: Frame): SVGTemplateResult {
  const { x0, x1, y1 } = plotBox(frame);
  // The baseline and every tick mark are one path: a node per label, not three.
  return svg`<g class="axis axis-x" part="axis axis-x" aria-hidden="true">
    <path class="axis-line" d="M${x0} ${y1}H${x1}${ticks.map((tick) => `M${tick.at} ${y1}v4`).join('')}"></path>
    ${ticks.map(
      (tick) =>
        svg`<text class="tick-label" x=${tick.at} y=${y1 + 16} text-anchor="middle">${tick.label}</text>`,
    )}
  </g>`;
}

/** Value labels beside the plot (left, or right when `rtl`) and horizontal grid lines. */
export function sideAxis(
  ticks: readonly Tick[],
  frame: Frame,
  rtl: boolean,
  title?: string,
): SVGTemplateResult {
  const { x0, x1, y0 } = plotBox(frame);
  const labelX = rtl ? x1 + 6 : x0 - 6;
  return svg`<g class="axis axis-y" part="axis axis-y" aria-hidden="true">
    <path class="grid" d=${ticks.map((tick) => `M${x0} ${tick.at}H${x1}`).join('')}></path>
    ${ticks.map(
      (tick) =>
        svg`<text class="tick-label" x=${labelX} y=${tick.at} dy="0.32em" text-anchor="end">${tick.label}</text>`,
    )}
    ${title ? svg`<text class="axis-title" x=${rtl ? x1 : x0} y=${y0 - 8} text-anchor="start">${title}</text>` : nothing}
  </g>`;
}
