/**
 * What the chart tests ask of a chart: its focusable point, the read-out, the table, waiting for
 * the ResizeObserver. Not part of the public API.
 *
 * @module
 */
import { sendKeys } from '@web/test-runner-commands';

/** An element of the chart family, as the tests see it. */
export interface ChartLike extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot | null;
}

/** Waits until `condition` holds (at most 3 s). */
export async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 3000) throw new Error(`${what} not met in time`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits for the chart to have measured its width and drawn its plot. */
export async function drawn(chart: ChartLike): Promise<void> {
  await until(() => chart.shadowRoot!.querySelector('svg[part="svg"]') !== null, 'plot drawn');
  await chart.updateComplete;
}

/** The focusable elements (tab stops) of the chart's points, one per series. */
export function tabStops(chart: ChartLike): SVGElement[] {
  return [...chart.shadowRoot!.querySelectorAll<SVGElement>('[data-s][tabindex="0"]')];
}

/** The point that has focus inside the chart, or `null`. */
export function focusedPoint(chart: ChartLike): Element | null {
  return chart.shadowRoot!.activeElement;
}

/** Presses `key` and waits for the chart to render. */
export async function press(chart: ChartLike, key: string): Promise<void> {
  await sendKeys({ press: key });
  await chart.updateComplete;
  await chart.updateComplete;
}

/** The read-out of the focused point. */
export function readOut(chart: ChartLike): string {
  return focusedPoint(chart)?.getAttribute('aria-label') ?? '';
}

/** The text of the chart's summary. */
export function summary(chart: ChartLike): string {
  return chart.shadowRoot!.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
}

/** Clicks the table toggle and returns the body rows' cell texts once shown (or `[]` when hidden). */
export async function toggleTable(chart: ChartLike): Promise<string[][]> {
  chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await chart.updateComplete;
  return tableRows(chart);
}

/** The data table's body rows as cell texts. */
export function tableRows(chart: ChartLike): string[][] {
  return [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent?.trim() ?? ''),
  );
}
