import type { SliderStrings } from './slider.js';

export const ar = {
  sliderNotAnswered: 'لم تتم الإجابة بعد',
  sliderValueText: (value: string, max: string) => `${value} من ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} من ${max}، ${anchor}`,
} satisfies SliderStrings;
