// Budgets of `npm run size`, in gzip bytes per entry and bundler (bench/size-budgets.json).
// Element entries without their own line get `defaults.element`, so a new element is held
// to the common target from its first build; every other entry must be listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readBudgets(root) {
  const file = JSON.parse(readFileSync(join(root, 'bench', 'size-budgets.json'), 'utf8'));
  return {
    /** @param {{ name: string, kind: string }} entry */
    budgetOf(entry) {
      if (entry.kind === 'peer') return undefined;
      const own = file.entries[entry.name];
      if (own !== undefined) return own;
      if (entry.kind === 'element') return file.defaults.element;
      throw new Error(`bench/size-budgets.json has no budget for "${entry.name}"`);
    },
  };
}
