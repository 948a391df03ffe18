// The text of lit's html`…`, svg`…` and css`…` templates as the build writes it (tools/rollup.js):
// no minifier touches template text, because it is data. Kept apart from the Rollup plugin so a
// browser test can check that Chromium reads every stylesheet the same after it.

/**
 * `text` (one literal part of a template) without its indentation, and for css`…` without its
 * comments and without the spaces and newlines CSS does not need ({@link tightCss}). In html`…`
 * and svg`…` each newline stays: HTML reads a newline as it reads a newline and spaces.
 *
 * @param {string} text
 * @param {boolean} css
 * @returns {string}
 */
export function trimTemplate(text, css) {
  if (css) text = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  text = text.replace(/\n[ \t]+/g, '\n');
  return css ? tightCss(text) : text;
}

/**
 * The spaces CSS does not need: around `{`, after `;`, `:` and `,` and before `}`, a rule's last
 * `;`, and every newline (a space where one separates two words, as in a value split over two
 * lines). Only our own styles pass here; none has a quoted string with `: `, `, ` or `;` in it
 * (attribute selectors quote single words).
 *
 * @param {string} text
 * @returns {string}
 */
export function tightCss(text) {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]*\{[ \t]*/g, '{')
    .replace(/([;:,])[ \t]+/g, '$1')
    .replace(/;(\s*)\}/g, '$1}')
    .replace(/[ \t]+\}/g, '}')
    .replace(/\n+/g, (newlines, at, all) =>
      at === 0 ||
      at + newlines.length === all.length ||
      /[{};:,]/.test(all[at - 1] + all[at + newlines.length])
        ? ''
        : ' ',
    );
}
