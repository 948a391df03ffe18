import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';

/**
 * What every wrapper accepts besides its event callbacks: the element's own writable properties
 * (`Properties`, typed from the element class, all optional) and React's HTML attributes for the
 * host element (`className`, `style`, `id`, `lang`, `dir`, `children`, …), less any name the element
 * or its callbacks (`Callbacks`) use themselves.
 */
export type ElementProps<
  Element extends HTMLElement,
  Properties extends keyof Element,
  Callbacks extends string,
> = Omit<HTMLAttributes<Element>, Properties | Callbacks> & Partial<Pick<Element, Properties>>;

/** A wrapper component: `Props`, plus a `ref` to the element itself. */
export type InterludeComponent<Element extends HTMLElement, Props> = ForwardRefExoticComponent<
  Props & RefAttributes<Element>
>;
