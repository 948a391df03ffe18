import { FLAG_KINDS, REVIEW_STATES, type FlagKind, type ReviewState } from '@interlude/core';

/** The views of the queue: open flags, snoozed ones, acknowledged ones. */
export const REVIEW_QUEUE_VIEWS = REVIEW_STATES;

/** `'open' | 'snoozed' | 'acknowledged'`. */
export type ReviewQueueView = ReviewState;

/** The kinds a queue can be filtered to (core's `FLAG_KINDS`). */
export const REVIEW_QUEUE_KINDS = FLAG_KINDS;

/** One of {@link REVIEW_QUEUE_KINDS}. */
export type ReviewQueueKind = FlagKind;

/** Names the vendor shows for ids (Interlude stores only opaque ids). */
export type DisplayNames = Readonly<Record<string, string>>;

/** The columns of the grid, in order. */
export const REVIEW_QUEUE_COLUMNS = ['client', 'flag', 'date', 'acknowledge', 'snooze'] as const;
