/**
 * Helpers for element tests that drive the page as a keyboard user would and read what a
 * screen reader gets. Not shipped.
 *
 * @module
 */
import { sendKeys } from '@web/test-runner-commands';

/** Waits until `condition` holds (polling), or fails after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses `key` (or types `text`) with real keyboard events. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
export async function tabUntil(predicate: (element: Element) => boolean, limit = 60): Promise<Element> {
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && predicate(active)) return active;
  }
  throw new Error('never reached the element with Tab');
}

/** The accessible name by aria-labelledby / aria-label / text (enough for the elements' own markup). */
export function accessibleName(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');
  }
  return (node.getAttribute('aria-label') ?? node.textContent ?? '').trim().replace(/\s+/g, ' ');
}

/** Script and markup payloads for "rendered as text" tests; `window.__pwned` is set if one runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
] as const;

/**
 * Waits out the elements' short colour transitions (at most 120 ms), so axe judges the final
 * colours, not a frame mid-fade. `document.getAnimations()` does not see into shadow roots.
 */
export async function transitionsDone(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
