import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { readThrough, shippedStory } from '../shared/testing/player-stories.js';
import './define.js';

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
export const ReadThrough: Story = { name: 'Read through', ...readThrough('act') };

/** Values card sort: start. */
export const ValuesSortStart: Story = {
  name: 'Values card sort: start',
  ...shippedStory('act-values-card-sort', 'start'),
};

/** Values card sort: resumed mid-way. */
export const ValuesSortMidWay: Story = {
  name: 'Values card sort: resumed mid-way',
  ...shippedStory('act-values-card-sort', 'mid-way'),
};

/** Values card sort: done. */
export const ValuesSortDone: Story = {
  name: 'Values card sort: done',
  ...shippedStory('act-values-card-sort', 'done'),
};

/** Committed action: start. */
export const CommittedActionStart: Story = {
  name: 'Committed action: start',
  ...shippedStory('act-committed-action', 'start'),
};

/** Committed action: resumed mid-way. */
export const CommittedActionMidWay: Story = {
  name: 'Committed action: resumed mid-way',
  ...shippedStory('act-committed-action', 'mid-way'),
};

/** Committed action: done. */
export const CommittedActionDone: Story = {
  name: 'Committed action: done',
  ...shippedStory('act-committed-action', 'done'),
};

/** Defusion: start. */
export const DefusionStart: Story = {
  name: 'Defusion: start',
  ...shippedStory('act-defusion', 'start'),
};

/** Defusion: resumed mid-way. */
export const DefusionMidWay: Story = {
  name: 'Defusion: resumed mid-way',
  ...shippedStory('act-defusion', 'mid-way'),
};

/** Defusion: done. */
export const DefusionDone: Story = { name: 'Defusion: done', ...shippedStory('act-defusion', 'done') };

/** Leaves on a stream: start. */
export const LeavesOnAStreamStart: Story = {
  name: 'Leaves on a stream: start',
  ...shippedStory('act-leaves-on-a-stream', 'start'),
};

/** Leaves on a stream: resumed mid-way. */
export const LeavesOnAStreamMidWay: Story = {
  name: 'Leaves on a stream: resumed mid-way',
  ...shippedStory('act-leaves-on-a-stream', 'mid-way'),
};

/** Leaves on a stream: done. */
export const LeavesOnAStreamDone: Story = {
  name: 'Leaves on a stream: done',
  ...shippedStory('act-leaves-on-a-stream', 'done'),
};

/** Dropping the struggle: start. */
export const WillingnessStart: Story = {
  name: 'Dropping the struggle: start',
  ...shippedStory('act-willingness', 'start'),
};

/** Dropping the struggle: resumed mid-way. */
export const WillingnessMidWay: Story = {
  name: 'Dropping the struggle: resumed mid-way',
  ...shippedStory('act-willingness', 'mid-way'),
};

/** Dropping the struggle: done. */
export const WillingnessDone: Story = {
  name: 'Dropping the struggle: done',
  ...shippedStory('act-willingness', 'done'),
};

/** Dropping anchor: start. */
export const DroppingAnchorStart: Story = {
  name: 'Dropping anchor: start',
  ...shippedStory('act-dropping-anchor', 'start'),
};

/** Dropping anchor: resumed mid-way. */
export const DroppingAnchorMidWay: Story = {
  name: 'Dropping anchor: resumed mid-way',
  ...shippedStory('act-dropping-anchor', 'mid-way'),
};

/** Dropping anchor: done. */
export const DroppingAnchorDone: Story = {
  name: 'Dropping anchor: done',
  ...shippedStory('act-dropping-anchor', 'done'),
};
