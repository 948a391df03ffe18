import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getExercise, listExercises } from '@interlude/content';
import { exerciseOutline } from '../shared/testing/exercise-outline.js';
import { runStory } from '../shared/testing/player-stories.js';
import { testClient } from '../shared/testing/test-client.js';
import './define.js';

const exercise = (id: string) => getExercise(id)!;

/**
 * The Internal Family Systems exercises Interlude ships, for a clinician to read through before assigning
 * them: every step as the client sees it, then each exercise at its start, resumed mid-way
 * and done. Every exercise can be assigned and opened in any order; nothing is locked.
 */
const meta = {
  title: 'Exercises/IFS pack',
  component: 'il-exercise-player',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every IFS exercise written out step by step, with a player at its start page below each. */
export const ReadThrough: Story = {
  name: 'Read through',
  render: () =>
    html`${listExercises('ifs').map(
      (definition) =>
        html`${exerciseOutline(definition)}
          <il-provider .client=${testClient()}>
            <il-exercise-player heading-level="3" .definition=${definition}></il-exercise-player>
          </il-provider>
          <hr />`,
    )}`,
};

/** Parts check-in: start. */
export const PartsCheckInStart: Story = {
  name: 'Parts check-in: start',
  ...runStory(exercise('ifs-parts-week'), 'start'),
};

/** Parts check-in: resumed mid-way. */
export const PartsCheckInMidWay: Story = {
  name: 'Parts check-in: resumed mid-way',
  ...runStory(exercise('ifs-parts-week'), 'mid-way'),
};

/** Parts check-in: done. */
export const PartsCheckInDone: Story = {
  name: 'Parts check-in: done',
  ...runStory(exercise('ifs-parts-week'), 'done'),
};

/** Parts map: start. */
export const PartsMapStart: Story = {
  name: 'Parts map: start',
  ...runStory(exercise('ifs-parts-map'), 'start'),
};

/** Parts map: resumed mid-way. */
export const PartsMapMidWay: Story = {
  name: 'Parts map: resumed mid-way',
  ...runStory(exercise('ifs-parts-map'), 'mid-way'),
};

/** Parts map: done. */
export const PartsMapDone: Story = {
  name: 'Parts map: done',
  ...runStory(exercise('ifs-parts-map'), 'done'),
};

/** Unblending: start. */
export const UnblendingStart: Story = {
  name: 'Unblending: start',
  ...runStory(exercise('ifs-unblending'), 'start'),
};

/** Unblending: resumed mid-way. */
export const UnblendingMidWay: Story = {
  name: 'Unblending: resumed mid-way',
  ...runStory(exercise('ifs-unblending'), 'mid-way'),
};

/** Unblending: done. */
export const UnblendingDone: Story = {
  name: 'Unblending: done',
  ...runStory(exercise('ifs-unblending'), 'done'),
};

/** Self-energy (8 Cs): start. */
export const SelfEnergyStart: Story = {
  name: 'Self-energy (8 Cs): start',
  ...runStory(exercise('ifs-self-energy'), 'start'),
};

/** Self-energy (8 Cs): resumed mid-way. */
export const SelfEnergyMidWay: Story = {
  name: 'Self-energy (8 Cs): resumed mid-way',
  ...runStory(exercise('ifs-self-energy'), 'mid-way'),
};

/** Self-energy (8 Cs): done. */
export const SelfEnergyDone: Story = {
  name: 'Self-energy (8 Cs): done',
  ...runStory(exercise('ifs-self-energy'), 'done'),
};
