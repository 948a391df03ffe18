import { expect } from '@open-wc/testing';
import { render, svg, html } from 'lit';
import { styleProperties, type StyleProperties } from './style-properties.js';

/** Renders a div with the directive into a fresh container and returns the div. */
function renderDiv(container: HTMLElement, properties: StyleProperties): HTMLElement {
  render(html`<div ${styleProperties(properties)}></div>`, container);
  return container.querySelector('div')!;
}

describe('styleProperties (inline styles a strict CSP allows)', () => {
  it('sets the properties through the CSSOM on the first render, never as a style attribute', () => {
    const container = document.createElement('div');
    const setAttribute = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      written.push(name);
      setAttribute.call(this, name, value);
    };
    try {
      const div = renderDiv(container, { 'inline-size': '40%', '--_il-point-size': '6px' });
      expect(div.style.getPropertyValue('inline-size')).to.equal('40%');
      expect(div.style.getPropertyValue('--_il-point-size')).to.equal('6px');
      expect(written).not.to.include('style');
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
  });

  it('removes properties that a later render leaves out or sets to undefined', () => {
    const container = document.createElement('div');
    renderDiv(container, { left: '4px', top: '8px', height: '2px' });
    const div = renderDiv(container, { left: '5px', top: undefined });
    expect(div.style.getPropertyValue('left')).to.equal('5px');
    expect(div.style.getPropertyValue('top')).to.equal('');
    expect(div.style.getPropertyValue('height')).to.equal('');
  });

  it('works on SVG elements', () => {
    const container = document.createElement('div');
    render(html`<svg>${svg`<rect ${styleProperties({ '--_il-severity': '0.5' })}></rect>`}</svg>`, container);
    const rect = container.querySelector('rect')!;
    expect(rect.style.getPropertyValue('--_il-severity')).to.equal('0.5');
  });

  it('refuses to be used as an attribute value', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div style=${styleProperties({ left: '1px' })}></div>`, container)).to.throw(
      /element binding/,
    );
  });
});
