/**
 * The whole of the formatting an exercise's text may use, read into plain data that a
 * renderer turns into elements one by one. Nothing here is HTML, and nothing else is
 * formatting: `<b>`, links or Markdown headings stay the literal characters they are.
 *
 * - A blank line separates paragraphs; a single line break is kept as a line break.
 * - Lines that start with `- ` (or `• `) are items of a bulleted list, lines that start with
 *   `1. ` (any number, `.` or `)`) items of a numbered list; a line before them stays a
 *   paragraph of its own.
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
    .flatMap((block) => {
      // Consecutive lines of one kind (bullets, numbers, plain) make one block, so a lead-in
      // line such as "You will:" can sit right above its list.
      const blocks: TextBlock[] = [];
      for (const line of block.split('\n')) {
        const marker = BULLET.test(line) ? BULLET : NUMBER.test(line) ? NUMBER : undefined;
        const last = blocks.at(-1);
        if (marker) {
          const item = runs(line.replace(marker, ''));
          const ordered = marker === NUMBER;
          if (last?.kind === 'list' && last.ordered === ordered) (last.items as TextLine[]).push(item);
          else blocks.push({ kind: 'list', ordered, items: [item] });
        } else if (last?.kind === 'paragraph') (last.lines as TextLine[]).push(runs(line));
        else blocks.push({ kind: 'paragraph', lines: [runs(line)] });
      }
      return blocks;
    });
}
