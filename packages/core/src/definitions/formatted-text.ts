/**
 * The whole of the formatting an exercise's text may use, read into plain data that a
 * renderer turns into elements one by one. Nothing here is HTML, and nothing else is
 * formatting: `<b>`, links or Markdown headings stay the literal characters they are.
 *
 * - A blank line separates paragraphs; a single line break is kept as a line break.
 * - A paragraph whose every line starts with `- ` (or `• `) is a bulleted list, one whose
 *   every line starts with `1. ` (any number, `.` or `)`) a numbered list.
 * - `**words**` are strong (emphasis for a key phrase).
 *
 * @module
 */

/** A run of text, strong or not. */
export interface TextRun {
  readonly text: string;
  readonly strong: boolean;
}

/** A line of text: its runs in order. */
export type TextLine = readonly TextRun[];

/** A paragraph (its lines) or a list (its items, each one line). */
export type TextBlock =
  | { readonly kind: 'paragraph'; readonly lines: readonly TextLine[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly TextLine[] };

const BULLET = /^[-•]\s+/;
const NUMBER = /^\d{1,3}[.)]\s+/;
const STRONG = /\*\*(.+?)\*\*/g;

function runs(line: string): TextLine {
  const result: TextRun[] = [];
  let last = 0;
  for (const match of line.matchAll(STRONG)) {
    if (match.index > last) result.push({ text: line.slice(last, match.index), strong: false });
    result.push({ text: match[1] as string, strong: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) result.push({ text: line.slice(last), strong: false });
  return result;
}

/**
 * Reads text with the small formatting above into blocks.
 *
 * @example
 * ```ts
 * formatText('When mood drops:\n\n- we do less\n- doing less lowers mood **further**');
 * // [{ kind: 'paragraph', lines: [[{ text: 'When mood drops:', strong: false }]] },
 * //  { kind: 'list', ordered: false, items: [[…], [{ text: 'doing less lowers mood ', … }, { text: 'further', strong: true }]] }]
 * ```
 */
export function formatText(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.length > 0)
    .map((block): TextBlock => {
      const lines = block.split('\n');
      for (const [marker, ordered] of [
        [BULLET, false],
        [NUMBER, true],
      ] as const) {
        if (lines.every((line) => marker.test(line))) {
          return { kind: 'list', ordered, items: lines.map((line) => runs(line.replace(marker, ''))) };
        }
      }
      return { kind: 'paragraph', lines: lines.map(runs) };
    });
}
