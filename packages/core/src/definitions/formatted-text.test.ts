// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { formatText } from '@interlude/core';

const plain = (text: string) => ({ text, strong: false });

describe('formatText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(formatText('One\ntwo\r\n\r\n  \nThree')).to.deep.equal([
      { kind: 'paragraph', lines: [[plain('One')], [plain('two')]] },
      { kind: 'paragraph', lines: [[plain('Three')]] },
    ]);
  });

  it('reads bulleted and numbered lists, with a lead-in line above them', () => {
    expect(formatText('- less\n• lower')).to.deep.equal([
      { kind: 'list', ordered: false, items: [[plain('less')], [plain('lower')]] },
    ]);
    expect(formatText('1. notice\n2) name')).to.deep.equal([
      { kind: 'list', ordered: true, items: [[plain('notice')], [plain('name')]] },
    ]);
    expect(formatText('You will:\n- write\n- rate\nThen rest.')).to.deep.equal([
      { kind: 'paragraph', lines: [[plain('You will:')]] },
      { kind: 'list', ordered: false, items: [[plain('write')], [plain('rate')]] },
      { kind: 'paragraph', lines: [[plain('Then rest.')]] },
    ]);
  });

  it('marks **strong** runs and leaves a lone ** as text', () => {
    expect(formatText('a **b** c ** d')).to.deep.equal([
      {
        kind: 'paragraph',
        lines: [[plain('a '), { text: 'b', strong: true }, plain(' c ** d')]],
      },
    ]);
  });

  it('keeps markup as the literal characters it is', () => {
    const [block] = formatText('<img src=x onerror=alert(1)> [link](javascript:x) # heading');
    expect(block).to.deep.equal({
      kind: 'paragraph',
      lines: [[plain('<img src=x onerror=alert(1)> [link](javascript:x) # heading')]],
    });
  });

  it('gives nothing for blank text', () => {
    expect(formatText(' \n\n ')).to.deep.equal([]);
  });
});
