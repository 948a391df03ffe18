// The PHQ-9 in SurveyJS (survey-core + survey-js-ui, its fontless default theme), to interactive.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
// The fontless theme: the default one loads Open Sans from Google Fonts, which this offline page cannot reach.
import 'survey-core/survey-core.fontless.css';
import { localizedText, type MeasureDefinition } from '@interlude/core';
import { phq9 } from '@interlude/content';
import { OPTIONS, until } from './common.js';

/** The same questionnaire as SurveyJS JSON: title, stem, every item a required radio group. */
export function surveyJson(definition: MeasureDefinition): Record<string, unknown> {
  const items = [...definition.items, ...(definition.supplementaryItems ?? [])];
  return {
    title: localizedText(definition.title, 'en'),
    description: definition.instructions ? localizedText(definition.instructions, 'en') : undefined,
    questionsOnPageMode: 'singlePage',
    pages: [
      {
        name: 'page1',
        elements: items.map((item) => ({
          type: 'radiogroup',
          name: item.id,
          title: localizedText(item.text, 'en'),
          isRequired: item.scored !== false,
          choices: item.options.map((option) => ({
            value: option.value,
            text: localizedText(option.label, 'en'),
          })),
        })),
      },
    ],
  };
}

/** Renders the PHQ-9 into `host` and resolves once every option is present and enabled. */
export async function renderSurveyJs(host: HTMLElement): Promise<void> {
  renderSurvey(new Model(surveyJson(phq9)), host);
  await until(() => host.querySelectorAll('input[type="radio"]:not([disabled])').length === OPTIONS);
}
