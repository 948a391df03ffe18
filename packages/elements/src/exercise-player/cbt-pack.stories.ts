import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { readThrough, shippedStory } from '../shared/testing/player-stories.js';
import './define.js';

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
export const ReadThrough: Story = { name: 'Read through', ...readThrough('cbt') };

/** Thought record: start. */
export const ThoughtRecordStart: Story = {
  name: 'Thought record: start',
  ...shippedStory('cbt-thought-record', 'start'),
};

/** Thought record: resumed mid-way. */
export const ThoughtRecordMidWay: Story = {
  name: 'Thought record: resumed mid-way',
  ...shippedStory('cbt-thought-record', 'mid-way'),
};

/** Thought record: done. */
export const ThoughtRecordDone: Story = {
  name: 'Thought record: done',
  ...shippedStory('cbt-thought-record', 'done'),
};

/** Activity planner: start. */
export const ActivityPlannerStart: Story = {
  name: 'Activity planner: start',
  ...shippedStory('cbt-activity-planner', 'start'),
};

/** Activity planner: resumed mid-way. */
export const ActivityPlannerMidWay: Story = {
  name: 'Activity planner: resumed mid-way',
  ...shippedStory('cbt-activity-planner', 'mid-way'),
};

/** Activity planner: done. */
export const ActivityPlannerDone: Story = {
  name: 'Activity planner: done',
  ...shippedStory('cbt-activity-planner', 'done'),
};

/** Activity diary: start. */
export const ActivityDiaryStart: Story = {
  name: 'Activity diary: start',
  ...shippedStory('cbt-activity-diary', 'start'),
};

/** Activity diary: resumed mid-way. */
export const ActivityDiaryMidWay: Story = {
  name: 'Activity diary: resumed mid-way',
  ...shippedStory('cbt-activity-diary', 'mid-way'),
};

/** Activity diary: done. */
export const ActivityDiaryDone: Story = {
  name: 'Activity diary: done',
  ...shippedStory('cbt-activity-diary', 'done'),
};

/** Low-mood cycle (psychoeducation): start. */
export const MoodCycleStart: Story = {
  name: 'Low-mood cycle (psychoeducation): start',
  ...shippedStory('cbt-mood-cycle', 'start'),
};

/** Low-mood cycle (psychoeducation): resumed mid-way. */
export const MoodCycleMidWay: Story = {
  name: 'Low-mood cycle (psychoeducation): resumed mid-way',
  ...shippedStory('cbt-mood-cycle', 'mid-way'),
};

/** Low-mood cycle (psychoeducation): done. */
export const MoodCycleDone: Story = {
  name: 'Low-mood cycle (psychoeducation): done',
  ...shippedStory('cbt-mood-cycle', 'done'),
};
