/**
 * The text alternative of every chart: a plain data table, shown on request, with a caption and
 * column headers, rendered only while open (a year of daily points costs nothing until asked).
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';

/** One table: its caption, column headers and rows of text. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The table as HTML; the first cell of each row is its row header. */
export function renderDataTable(table: DataTable, id: string): TemplateResult {
  return html`<div
    class="table-wrap"
    part="table-wrap"
    tabindex="0"
    role="region"
    aria-labelledby="${id}-caption"
  >
    <table part="table" id=${id}>
      <caption id="${id}-caption">
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([head, ...cells]) =>
            html`<tr>
              <th scope="row">${head}</th>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
