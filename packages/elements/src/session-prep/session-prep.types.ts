import { SESSION_PREP_SECTIONS, type SessionPrepSectionId } from '@interlude/core';

/** The sections, in reading order (core's `SESSION_PREP_SECTIONS`). */
export const SESSION_PREP_SECTION_IDS = SESSION_PREP_SECTIONS;

/** One of {@link SESSION_PREP_SECTION_IDS}. */
export type SessionPrepSection = SessionPrepSectionId;

/** Heading levels the element's title can take (its sections are one level below). */
export const SESSION_PREP_HEADING_LEVELS = [2, 3, 4, 5] as const;

/** One of {@link SESSION_PREP_HEADING_LEVELS}. */
export type SessionPrepHeadingLevel = (typeof SESSION_PREP_HEADING_LEVELS)[number];
