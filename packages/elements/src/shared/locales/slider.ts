/**
 * Strings of il-slider.
 * English is the reference: `slider.de.ts` and `slider.ar.ts` must give the same keys with the same
 * arguments (`satisfies SliderStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  sliderNotAnswered: 'Not answered yet',
  sliderValueText: (value: string, max: string) => `${value} of ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} of ${max}, ${anchor}`,
};

export type SliderStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const sliderStrings: StringGroup<SliderStrings> = {
  en,
  de: () => import('./slider.de.js').then((module) => module.de),
  ar: () => import('./slider.ar.js').then((module) => module.ar),
};
