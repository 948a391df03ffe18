import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getExercise, listExercises } from '@interlude/content';
import { exerciseOutline } from '../shared/testing/exercise-outline.js';
import { runStory } from '../shared/testing/player-stories.js';
import { testClient } from '../shared/testing/test-client.js';
import './define.js';

const exercise = (id: string) => getExercise(id)!;

/**
 * The Acceptance and Commitment Therapy exercises Interlude ships, for a clinician to read through before assigning
 * them: every step as the client sees it, then each exercise at its start, resumed mid-way
 * and done. Every exercise can be assigned and opened in any order; nothing is locked.
 */
const meta = {
  title: 'Exercises/ACT pack',
  component: 'il-exercise-player',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every ACT exercise written out step by step, with a player at its start page below each. */
export const ReadThrough: Story = {
  name: 'Read through',
  render: () =>
    html`${listExercises('act').map(
      (definition) =>
        html`${exerciseOutline(definition)}
          <il-provider .client=${testClient()}>
            <il-exercise-player heading-level="3" .definition=${definition}></il-exercise-player>
          </il-provider>
          <hr />`,
    )}`,
};

/** Values card sort: start. */
export const ValuesSortStart: Story = {
  name: 'Values card sort: start',
  ...runStory(exercise('act-values-card-sort'), 'start'),
};

/** Values card sort: resumed mid-way. */
export const ValuesSortMidWay: Story = {
  name: 'Values card sort: resumed mid-way',
  ...runStory(exercise('act-values-card-sort'), 'mid-way'),
};

/** Values card sort: done. */
export const ValuesSortDone: Story = {
  name: 'Values card sort: done',
  ...runStory(exercise('act-values-card-sort'), 'done'),
};

/** Committed action: start. */
export const CommittedActionStart: Story = {
  name: 'Committed action: start',
  ...runStory(exercise('act-committed-action'), 'start'),
};

/** Committed action: resumed mid-way. */
export const CommittedActionMidWay: Story = {
  name: 'Committed action: resumed mid-way',
  ...runStory(exercise('act-committed-action'), 'mid-way'),
};

/** Committed action: done. */
export const CommittedActionDone: Story = {
  name: 'Committed action: done',
  ...runStory(exercise('act-committed-action'), 'done'),
};

/** Defusion: start. */
export const DefusionStart: Story = {
  name: 'Defusion: start',
  ...runStory(exercise('act-defusion'), 'start'),
};

/** Defusion: resumed mid-way. */
export const DefusionMidWay: Story = {
  name: 'Defusion: resumed mid-way',
  ...runStory(exercise('act-defusion'), 'mid-way'),
};

/** Defusion: done. */
export const DefusionDone: Story = { name: 'Defusion: done', ...runStory(exercise('act-defusion'), 'done') };

/** Leaves on a stream: start. */
export const LeavesOnAStreamStart: Story = {
  name: 'Leaves on a stream: start',
  ...runStory(exercise('act-leaves-on-a-stream'), 'start'),
};

/** Leaves on a stream: resumed mid-way. */
export const LeavesOnAStreamMidWay: Story = {
  name: 'Leaves on a stream: resumed mid-way',
  ...runStory(exercise('act-leaves-on-a-stream'), 'mid-way'),
};

/** Leaves on a stream: done. */
export const LeavesOnAStreamDone: Story = {
  name: 'Leaves on a stream: done',
  ...runStory(exercise('act-leaves-on-a-stream'), 'done'),
};

/** Dropping the struggle: start. */
export const WillingnessStart: Story = {
  name: 'Dropping the struggle: start',
  ...runStory(exercise('act-willingness'), 'start'),
};

/** Dropping the struggle: resumed mid-way. */
export const WillingnessMidWay: Story = {
  name: 'Dropping the struggle: resumed mid-way',
  ...runStory(exercise('act-willingness'), 'mid-way'),
};

/** Dropping the struggle: done. */
export const WillingnessDone: Story = {
  name: 'Dropping the struggle: done',
  ...runStory(exercise('act-willingness'), 'done'),
};

/** Dropping anchor: start. */
export const DroppingAnchorStart: Story = {
  name: 'Dropping anchor: start',
  ...runStory(exercise('act-dropping-anchor'), 'start'),
};

/** Dropping anchor: resumed mid-way. */
export const DroppingAnchorMidWay: Story = {
  name: 'Dropping anchor: resumed mid-way',
  ...runStory(exercise('act-dropping-anchor'), 'mid-way'),
};

/** Dropping anchor: done. */
export const DroppingAnchorDone: Story = {
  name: 'Dropping anchor: done',
  ...runStory(exercise('act-dropping-anchor'), 'done'),
};
