import type { SliderStrings } from './slider.js';

export const de = {
  sliderNotAnswered: 'Noch nicht beantwortet',
  sliderValueText: (value: string, max: string) => `${value} von ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} von ${max}, ${anchor}`,
} satisfies SliderStrings;
