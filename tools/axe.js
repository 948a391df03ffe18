// axe-core in a Playwright page, the same way for every browser check (stories, portal):
// WCAG 2.0–2.2 A and AA rules, one line per violation naming the rule and the elements.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on `selector` (default: the whole document) and returns the violations as text.
 * Waits out another axe run in the page (Storybook's a11y addon runs its own; axe allows one
 * run at a time).
 */
export async function axeViolations(page, selector = null) {
  // Evaluated through the DevTools protocol, not added as a <script>: pages served with a strict
  // Content-Security-Policy (no inline script) must be checkable too.
  await page.evaluate(`${axeSource}\n;0`);
  return page.evaluate(
    async ({ selector, tags }) => {
      const run = async (attempt = 0) => {
        try {
          return await window.axe.run(selector ?? document, { runOnly: { type: 'tag', values: tags } });
        } catch (error) {
          if (attempt > 100 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return run(attempt + 1);
        }
      };
      const result = await run();
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    },
    { selector, tags: WCAG_TAGS },
  );
}
