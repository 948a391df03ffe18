import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { sharedStyles } from './shared.styles.js';

class TestStyled extends LitElement {
  static override styles = sharedStyles;
  override render() {
    return litHtml`<button>Go</button><span class="visually-hidden">hidden label</span>`;
  }
}
customElements.define('test-styled', TestStyled);

describe('sharedStyles', () => {
  it("inherits the host page's font unless a token says otherwise", async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif"><test-styled></test-styled></div>`,
    );
    const element = wrapper.querySelector('test-styled')!;
    expect(getComputedStyle(element).fontFamily).to.equal('Georgia, serif');
    (wrapper as HTMLElement).style.setProperty('--il-font-family', 'monospace');
    expect(getComputedStyle(element).fontFamily).to.equal('monospace');
  });

  it('hides the host with the hidden attribute', async () => {
    const element = await fixture<TestStyled>(html`<test-styled hidden></test-styled>`);
    expect(getComputedStyle(element).display).to.equal('none');
  });

  it('keeps visually hidden text in the accessibility tree but takes no space', async () => {
    const element = await fixture<TestStyled>(html`<test-styled></test-styled>`);
    const hidden = element.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(hidden).display).not.to.equal('none');
  });

  it('draws a focus ring in the focus token colour', async () => {
    const element = await fixture<TestStyled>(
      html`<test-styled style="--il-color-focus: rgb(255, 0, 0)"></test-styled>`,
    );
    const button = element.shadowRoot!.querySelector('button')!;
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    if (button.matches(':focus-visible')) {
      expect(style.outlineColor).to.equal('rgb(255, 0, 0)');
      expect(style.outlineStyle).to.equal('solid');
    } else {
      // The rule itself must exist even where the browser decides focus is not "visible".
      expect(sharedStyles.cssText).to.match(/:focus-visible\s*{[^}]*var\(--il-color-focus/);
    }
  });

  it('turns off transitions and animations for people who asked for reduced motion', () => {
    expect(sharedStyles.cssText).to.match(/prefers-reduced-motion:\s*reduce[\s\S]*transition-duration:\s*0s/);
  });
});
