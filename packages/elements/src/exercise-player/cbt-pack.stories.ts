import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getExercise, listExercises } from '@interlude/content';
import { exerciseOutline } from '../shared/testing/exercise-outline.js';
import { runStory } from '../shared/testing/player-stories.js';
import { testClient } from '../shared/testing/test-client.js';
import './define.js';

const exercise = (id: string) => getExercise(id)!;

/**
 * The Cognitive Behavioural Therapy exercises Interlude ships, for a clinician to read through before assigning
 * them: every step as the client sees it, then each exercise at its start, resumed mid-way
 * and done. Every exercise can be assigned and opened in any order; nothing is locked.
 */
const meta = {
  title: 'Exercises/CBT pack',
  component: 'il-exercise-player',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every CBT exercise written out step by step, with a player at its start page below each. */
export const ReadThrough: Story = {
  name: 'Read through',
  render: () =>
    html`${listExercises('cbt').map(
      (definition) =>
        html`${exerciseOutline(definition)}
          <il-provider .client=${testClient()}>
            <il-exercise-player heading-level="3" .definition=${definition}></il-exercise-player>
          </il-provider>
          <hr />`,
    )}`,
};

/** Thought record: start. */
export const ThoughtRecordStart: Story = {
  name: 'Thought record: start',
  ...runStory(exercise('cbt-thought-record'), 'start'),
};

/** Thought record: resumed mid-way. */
export const ThoughtRecordMidWay: Story = {
  name: 'Thought record: resumed mid-way',
  ...runStory(exercise('cbt-thought-record'), 'mid-way'),
};

/** Thought record: done. */
export const ThoughtRecordDone: Story = {
  name: 'Thought record: done',
  ...runStory(exercise('cbt-thought-record'), 'done'),
};

/** Activity planner: start. */
export const ActivityPlannerStart: Story = {
  name: 'Activity planner: start',
  ...runStory(exercise('cbt-activity-planner'), 'start'),
};

/** Activity planner: resumed mid-way. */
export const ActivityPlannerMidWay: Story = {
  name: 'Activity planner: resumed mid-way',
  ...runStory(exercise('cbt-activity-planner'), 'mid-way'),
};

/** Activity planner: done. */
export const ActivityPlannerDone: Story = {
  name: 'Activity planner: done',
  ...runStory(exercise('cbt-activity-planner'), 'done'),
};

/** Activity diary: start. */
export const ActivityDiaryStart: Story = {
  name: 'Activity diary: start',
  ...runStory(exercise('cbt-activity-diary'), 'start'),
};

/** Activity diary: resumed mid-way. */
export const ActivityDiaryMidWay: Story = {
  name: 'Activity diary: resumed mid-way',
  ...runStory(exercise('cbt-activity-diary'), 'mid-way'),
};

/** Activity diary: done. */
export const ActivityDiaryDone: Story = {
  name: 'Activity diary: done',
  ...runStory(exercise('cbt-activity-diary'), 'done'),
};

/** Low-mood cycle (psychoeducation): start. */
export const MoodCycleStart: Story = {
  name: 'Low-mood cycle (psychoeducation): start',
  ...runStory(exercise('cbt-mood-cycle'), 'start'),
};

/** Low-mood cycle (psychoeducation): resumed mid-way. */
export const MoodCycleMidWay: Story = {
  name: 'Low-mood cycle (psychoeducation): resumed mid-way',
  ...runStory(exercise('cbt-mood-cycle'), 'mid-way'),
};

/** Low-mood cycle (psychoeducation): done. */
export const MoodCycleDone: Story = {
  name: 'Low-mood cycle (psychoeducation): done',
  ...runStory(exercise('cbt-mood-cycle'), 'done'),
};
