/**
 * Strings of il-exercise-player and its steps (start page, navigation, each step kind's words,
 * card sort and list moves as announced, the parts map, timers, audio and the breathing pacer).
 * English is the reference: `exercise-player.de.ts` and `exercise-player.ar.ts` must give the same
 * keys with the same arguments (`satisfies ExercisePlayerStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  playerInvalidTitle: 'This exercise cannot be shown',
  playerInvalidBody: (problem: string) => `Its definition is not valid: ${problem}`,
  playerLoading: 'Opening the exercise…',
  playerWhy: 'Why this can help',
  playerMinutes: (minutes: number) => (minutes === 1 ? 'About 1 minute' : `About ${minutes} minutes`),
  playerStart: 'Start',
  playerBasedOn: (approach: string) => `Based on ${approach}.`,
  playerProgress: (step: number, count: number) => `Step ${step} of ${count}`,
  playerResumed: 'Welcome back: this is where you left off.',
  playerOptional: 'Optional',
  playerRequired: 'This step needs an answer before you go on.',
  playerBack: 'Back',
  playerNext: 'Next',
  playerSkip: 'Skip',
  playerFinish: 'Finish',
  playerSaving: 'Saving…',
  playerSubmitFailed: 'This could not be saved. Your answers are still here; please try again.',
  playerDraftSaving: 'Saving on this device…',
  playerDraftSaved: 'Saved on this device',
  playerDraftFailed: 'Could not save on this device. Your answers are still here.',
  playerHeadingText: 'Read',
  playerHeadingTimer: 'A timed practice',
  playerHeadingAudio: 'Listen',
  playerHeadingBreathing: 'Breathe',
  playerHeadingReflection: 'Looking back',
  playerDoneTitle: 'Done. Thank you for taking the time.',
  playerDoneBody: 'Saved on this device. It reaches your clinician the next time you are online.',
  playerAgain: 'Do it again',
  playerCharacters: (used: number, max: number) => `${used} of ${max} characters`,
  cardSortInstructions:
    'To move a card: press Space to pick it up, the arrow keys to move it between piles, Space to drop it, Escape to cancel. With a mouse, drag it; or tap it, then choose where it goes.',
  cardSortUnsorted: 'Not sorted yet',
  cardSortProgress: (sorted: number, total: number) => `${sorted} of ${total} cards sorted`,
  cardSortPileCount: (count: number) => (count === 1 ? '1 card' : `${count} cards`),
  cardSortPileCountMax: (count: number, max: number) => `${count} of at most ${max}`,
  cardSortMoveHere: (card: string, pile: string) => `Move “${card}” to ${pile}`,
  cardSortLifted: (card: string, pile: string, position: number, count: number) =>
    `${card} picked up, in ${pile}, ${position} of ${count}. Arrow keys move it, Space drops it, Escape cancels.`,
  cardSortMoved: (card: string, pile: string, position: number, count: number) =>
    `${card}: ${pile}, ${position} of ${count}.`,
  cardSortDropped: (card: string, pile: string, position: number, count: number) =>
    `${card} dropped in ${pile}, ${position} of ${count}.`,
  cardSortCancelled: (card: string, pile: string) => `Move cancelled. ${card} is back in ${pile}.`,
  cardSortSkipped: (pile: string) => `${pile} is full.`,
  cardSortFull: (pile: string, max: number) => `${pile} holds at most ${max} cards. Move one out first.`,
  listEntry: (label: string, position: number) => `${label || 'Entry'} ${position}`,
  listAdd: 'Add',
  listEmpty: 'Nothing added yet.',
  listCount: (count: number, max: number) => `${count} of at most ${max}`,
  listFull: (max: number) => `This list is full (${max}).`,
  listRemove: 'Remove',
  listRemoved: (entry: string) => `${entry} removed.`,
  listMoveUp: (entry: string) => `Move ${entry} up`,
  listMoveDown: (entry: string) => `Move ${entry} down`,
  listReorder: (entry: string) => `Reorder ${entry}`,
  listReorderInstructions: 'Press Space to pick it up, the Up and Down arrows to move it, Space to drop it.',
  listLifted: (entry: string, position: number, count: number) =>
    `${entry} picked up, ${position} of ${count}. Up and Down move it, Space drops it, Escape cancels.`,
  listMoved: (entry: string, position: number, count: number) => `${entry}: ${position} of ${count}.`,
  listDropped: (entry: string, position: number, count: number) =>
    `${entry} dropped, ${position} of ${count}.`,
  listCancelled: (entry: string, position: number, count: number) =>
    `Move cancelled. ${entry} is back at ${position} of ${count}.`,
  listChooseDay: 'Choose a day',
  partsName: 'Name',
  partsRole: 'Role',
  partsRoleManager: 'Manager',
  partsRoleFirefighter: 'Firefighter',
  partsRoleExile: 'Exile',
  partsRoleUnsure: 'Not sure',
  partsRoleManagers: 'Managers',
  partsRoleFirefighters: 'Firefighters',
  partsRoleExiles: 'Exiles',
  partsRoleUnsureGroup: 'Role not sure yet',
  partsPart: (position: number, name: string) => (name ? `Part ${position}: ${name}` : `Part ${position}`),
  partsAdd: 'Add a part',
  partsRemove: 'Remove this part',
  partsRemoved: (part: string) => `${part} removed.`,
  partsFull: (max: number) => `The map holds up to ${max} parts.`,
  partsMapCaption: (count: number) =>
    count === 0
      ? 'Your map: parts you name appear here'
      : count === 1
        ? 'Your map: 1 part'
        : `Your map: ${count} parts`,
  partsSelf: 'Self',
  practiceStart: 'Start',
  practicePause: 'Pause',
  practiceResume: 'Resume',
  practiceRestart: 'Start again',
  timerRemaining: (time: string) => `${time} left`,
  timerProgress: 'Time passed',
  timerDone: 'Time is up. Go on when you are ready.',
  timerAllGuidance: 'All the guidance',
  audioTranscript: 'Transcript',
  breathingReady: 'Start when you are ready',
  breathingIn: 'Breathe in',
  breathingHold: 'Hold',
  breathingOut: 'Breathe out',
  breathingRest: 'Rest',
  breathingCycle: (breath: number, count: number) => `Breath ${breath} of ${count}`,
  breathingPlan: (inhale: number, hold: number, exhale: number, rest: number, cycles: number) =>
    `In for ${inhale} s${hold ? `, hold ${hold} s` : ''}, out for ${exhale} s${rest ? `, rest ${rest} s` : ''}; ${cycles} breaths.`,
  breathingDone: 'Well done. Breathe as you like now, and go on when you are ready.',
};

export type ExercisePlayerStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const exercisePlayerStrings: StringGroup<ExercisePlayerStrings> = {
  en,
  de: () => import('./exercise-player.de.js').then((module) => module.de),
  ar: () => import('./exercise-player.ar.js').then((module) => module.ar),
};
