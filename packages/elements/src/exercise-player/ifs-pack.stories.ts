import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { readThrough, shippedStory } from '../shared/testing/player-stories.js';
import './define.js';

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
export const ReadThrough: Story = { name: 'Read through', ...readThrough('ifs') };

/** Parts check-in: start. */
export const PartsCheckInStart: Story = {
  name: 'Parts check-in: start',
  ...shippedStory('ifs-parts-week', 'start'),
};

/** Parts check-in: resumed mid-way. */
export const PartsCheckInMidWay: Story = {
  name: 'Parts check-in: resumed mid-way',
  ...shippedStory('ifs-parts-week', 'mid-way'),
};

/** Parts check-in: done. */
export const PartsCheckInDone: Story = {
  name: 'Parts check-in: done',
  ...shippedStory('ifs-parts-week', 'done'),
};

/** Parts map: start. */
export const PartsMapStart: Story = {
  name: 'Parts map: start',
  ...shippedStory('ifs-parts-map', 'start'),
};

/** Parts map: resumed mid-way. */
export const PartsMapMidWay: Story = {
  name: 'Parts map: resumed mid-way',
  ...shippedStory('ifs-parts-map', 'mid-way'),
};

/** Parts map: done. */
export const PartsMapDone: Story = {
  name: 'Parts map: done',
  ...shippedStory('ifs-parts-map', 'done'),
};

/** Unblending: start. */
export const UnblendingStart: Story = {
  name: 'Unblending: start',
  ...shippedStory('ifs-unblending', 'start'),
};

/** Unblending: resumed mid-way. */
export const UnblendingMidWay: Story = {
  name: 'Unblending: resumed mid-way',
  ...shippedStory('ifs-unblending', 'mid-way'),
};

/** Unblending: done. */
export const UnblendingDone: Story = {
  name: 'Unblending: done',
  ...shippedStory('ifs-unblending', 'done'),
};

/** Self-energy (8 Cs): start. */
export const SelfEnergyStart: Story = {
  name: 'Self-energy (8 Cs): start',
  ...shippedStory('ifs-self-energy', 'start'),
};

/** Self-energy (8 Cs): resumed mid-way. */
export const SelfEnergyMidWay: Story = {
  name: 'Self-energy (8 Cs): resumed mid-way',
  ...shippedStory('ifs-self-energy', 'mid-way'),
};

/** Self-energy (8 Cs): done. */
export const SelfEnergyDone: Story = {
  name: 'Self-energy (8 Cs): done',
  ...shippedStory('ifs-self-energy', 'done'),
};
