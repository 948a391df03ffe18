/**
 * The edits of a table answer, shared by the list builder (entries) and the parts map (parts):
 * change a cell, add a row and focus its first field, remove a row, say so and focus the
 * neighbouring row (or the add button when none is left).
 *
 * @module
 */
import type { TableRow } from '@interlude/core';
import type { StepContext } from './context.js';

export interface TableEdits {
  update(index: number, column: string, value: string): void;
  add(): void;
  /** Removes row `index`; `removed` is what the live region says. */
  remove(index: number, removed: string): void;
}

export function tableEdits(
  context: Pick<StepContext, 'announce' | 'focusAfterRender'>,
  rows: readonly TableRow[],
  save: (rows: readonly TableRow[]) => void,
  options: { blank: TableRow; firstField: (index: number) => string },
): TableEdits {
  return {
    update: (index, column, value) =>
      save(rows.map((row, position) => (position === index ? { ...row, [column]: value } : row))),
    add: () => {
      save([...rows, options.blank]);
      context.focusAfterRender(options.firstField(rows.length));
    },
    remove: (index, removed) => {
      save(rows.filter((_, position) => position !== index));
      context.announce(removed);
      const next = Math.min(index, rows.length - 2);
      context.focusAfterRender(next >= 0 ? options.firstField(next) : '.add');
    },
  };
}
