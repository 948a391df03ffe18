import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ExerciseDefinition } from '@interlude/core';
import { everyKindSteps, exerciseOf, sampleAnswer } from '../shared/testing/exercises.js';
import { player, runStory } from '../shared/testing/player-stories.js';
import audioFile from './test-fixtures/guide.wav?no-inline';
import captionFile from './test-fixtures/guide.vtt?no-inline';
import './define.js';

const absolute = (path: string) => new URL(path, location.href).href;
const EVERY_KIND = exerciseOf(
  everyKindSteps({ audio: absolute(audioFile), captions: absolute(captionFile) }),
);

/** The every-kind exercise standing at `stepId`, with sample answers to every step before it. */
function at(stepId: string, extra: Record<string, unknown> = {}) {
  const answers: Record<string, unknown> = {};
  for (const step of EVERY_KIND.steps) {
    if (step.id === stepId) break;
    const answer = sampleAnswer(step);
    if (answer !== undefined && !step.condition) answers[step.id] = answer;
  }
  return runStory(EVERY_KIND, { stepId, answers: { ...answers, ...extra } as never });
}

/**
 * `<il-exercise-player>` plays any exercise definition. These stories show one step of each
 * kind (from a test exercise that has them all), the start page, a resumed run, the end, and
 * the notices a vendor's developer may meet. The ACT, IFS and CBT packs have pages of their own.
 */
const meta = {
  title: 'Exercises/Player',
  component: 'il-exercise-player',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The start page: why the exercise can help, how long it takes, and who it is based on. */
export const Start: Story = runStory(EVERY_KIND, 'start');

/** Text with the small formatting a definition may use: paragraphs, a list, strong words. */
export const TextStep: Story = { name: 'Step: text', ...at('intro') };

/** A free-text answer with a character count. */
export const PromptStep: Story = { name: 'Step: prompt', ...at('situation') };

/** A rating (a radio group with its anchors), here 0–100 in tens. */
export const RatingStep: Story = { name: 'Step: rating', ...at('belief', { belief: 60 }) };

/** A choice with gentle quiz feedback for the option chosen: it explains, it never marks. */
export const ChoiceStep: Story = { name: 'Step: choice with feedback', ...at('feel', { feel: 'reactive' }) };

/** A card sort part-way: drag a card, or Space to pick it up, arrows to move, Space to drop. */
export const CardSortStep: Story = {
  name: 'Step: card sort',
  ...at('values', { values: { less: ['health'] } }),
};

/** A list builder whose entries have a day, a time and a rating (a behavioural-activation plan). */
export const ListBuilderStep: Story = { name: 'Step: list builder with fields', ...at('plan') };

/** A plain list builder: add, edit, reorder (handle or arrows) and remove. */
export const PlainListStep: Story = {
  name: 'Step: list builder',
  ...at('steps', { steps: ['Walk', 'Call Sam'] }),
};

/** A timer with guidance as timed text; the whole guidance is below it. */
export const TimerStep: Story = { name: 'Step: timer with guidance', ...at('pause') };

/** Guided audio with its transcript beside it and captions. */
export const AudioStep: Story = { name: 'Step: audio with transcript and captions', ...at('listen') };

/** The breathing pacer before it starts; under reduced motion it holds still and counts in text. */
export const BreathingStep: Story = { name: 'Step: breathing pacer', ...at('breathe') };

/** A parts map with two parts: the form, and the map of parts around Self. */
export const PartsMapStep: Story = { name: 'Step: parts map', ...at('parts') };

/** A reflection quoting earlier answers, with a note to write. */
export const ReflectionStep: Story = { name: 'Step: reflection', ...at('summary') };

/** Resumed mid-way after a reload: at the same step, with the answers so far. */
export const Resumed: Story = { name: 'Resumed mid-way', ...runStory(EVERY_KIND, 'mid-way') };

/** Saved: the thanks, and "do it again". */
export const Done: Story = runStory(EVERY_KIND, 'done');

/** Right to left, in Arabic: the player's own words are Arabic; the exercise's text falls back to English. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  ...at('values', { values: { very: ['family'] } }),
  globals: { dir: 'rtl', lang: 'ar' },
};

/** The dark theme. */
export const Dark: Story = {
  name: 'Dark theme',
  ...at('feel', { feel: 'curious' }),
  globals: { theme: 'dark' },
};

/** The high-contrast theme, on the card sort: piles, cards and the focus ring. */
export const HighContrast: Story = {
  name: 'High-contrast theme',
  ...at('values', { values: { very: ['family'] } }),
  globals: { theme: 'high-contrast' },
};

/** German: the player's own words; the exercise's text is English unless the definition gives German. */
export const German: Story = {
  name: 'German',
  ...at('plan'),
  globals: { lang: 'de' },
};

/** No client reached the player: it says so instead of showing a blank box. */
export const NotConnected: Story = {
  name: 'Not connected',
  render: () => html`<il-exercise-player .definition=${EVERY_KIND}></il-exercise-player>`,
};

/** An invalid definition: the notice names the problem's path and never echoes its values. */
export const InvalidDefinition: Story = {
  name: 'Invalid definition',
  ...runStory(EVERY_KIND, 'start'),
  render: (_args, { loaded }) =>
    player({ ...EVERY_KIND, steps: [] } as unknown as ExerciseDefinition, loaded['client'] as never),
};
