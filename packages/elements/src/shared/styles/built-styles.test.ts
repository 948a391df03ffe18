import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import * as elements from '../../index.js';
import { trimTemplate } from '../../../../../tools/template-text.js';

/** Every stylesheet of every element, as written in the source (with indentation and comments). */
function sourceSheets(): string[] {
  const sheets = new Set<string>();
  for (const value of Object.values(elements)) {
    const styles = (value as { elementStyles?: CSSResultOrNative[] }).elementStyles;
    for (const style of styles ?? []) if ('cssText' in style) sheets.add(style.cssText);
  }
  return [...sheets];
}

/**
 * How Chromium reads `text`: each rule as the CSSOM writes it back. A `var()` keeps the spaces
 * it was written with (`var(--a, 1px)`), which mean nothing there: those around `,`, `(` and `)`
 * are left out on both sides, every other space (`1px solid`, `6 4`) still counts.
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*([,()])\s*/g, '$1'));
}

describe('the build trims css templates', () => {
  it('leaves every stylesheet reading the same to the browser', () => {
    const sheets = sourceSheets();
    // Every element with its styles: a broken import would make this pass on nothing.
    expect(sheets.length).to.be.greaterThan(30);
    let before = 0;
    let after = 0;
    for (const text of sheets) {
      const trimmed = trimTemplate(text, true);
      before += text.length;
      after += trimmed.length;
      expect(parsed(trimmed)).to.deep.equal(parsed(text));
      expect(trimmed).not.to.match(/\n/);
    }
    expect(after).to.be.lessThan(before * 0.8);
  });

  it('keeps a space where a newline separates two words', () => {
    expect(trimTemplate('\n  .a {\n    margin: 1px\n      2px;\n  }\n', true)).to.equal('.a{margin:1px 2px}');
  });
});
