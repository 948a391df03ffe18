import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS name (`inline-size`, `--_il-point-size`); `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), every time, including the
 * first render. Lit's `styleMap` writes its first render as a `style` attribute, and a `style`
 * attribute is an inline style that a Content-Security-Policy without `'unsafe-inline'` in
 * `style-src` blocks (and reports). Use it as an element binding:
 * `<div ${styleProperties({ 'inline-size': '40%' })}>`. Never write `style="…"` in a template.
 */
class StylePropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProperties() must be used as an element binding: <div ${styleProperties(…)}>');
    }
  }

  render(_properties: StyleProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) style.removeProperty(name);
      else {
        style.setProperty(name, value);
        this.#previous.add(name);
      }
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
