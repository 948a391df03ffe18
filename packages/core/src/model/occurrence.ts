/**
 * An occurrence: one due instance of an assignment, derived from its schedule (never stored
 * as the source of truth).
 *
 * @module
 */
import * as z from 'zod/mini';
import { InstantStringSchema, LocalDateSchema, LocalTimeSchema } from './time.js';

/** What became of an occurrence, as a function of submissions and `now`. */
export const OCCURRENCE_STATUSES = ['pending', 'completed', 'late', 'missed'] as const;

/** `'pending' | 'completed' | 'late' | 'missed'`. */
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** Schema for {@link Occurrence}. */
export const OccurrenceSchema = z.object({
  /**
   * Stable id: the assignment id and the scheduled local date-time, e.g.
   * `a-1@2026-03-29T09:00`. It names the wall time asked for, so it stays the same even
   * when a daylight-saving gap moves the actual due instant.
   */
  id: z.string().check(z.minLength(1)),
  assignmentId: z.string().check(z.minLength(1)),
  /** The local date it is scheduled for, in the schedule's time zone. */
  localDate: LocalDateSchema,
  /** The local time asked for; absent for "any time that day" occurrences. */
  localTime: z.optional(LocalTimeSchema),
  /** When it is due, with the zone's offset at that instant. */
  dueAt: InstantStringSchema,
  /** A completion before this instant is on time. */
  windowEndsAt: InstantStringSchema,
  /** From this instant on, an occurrence with no completion is missed. */
  expiresAt: InstantStringSchema,
  /** The schedule's time zone. */
  timeZone: z.string().check(z.minLength(1)),
});

/** One due instance of an assignment with its window and expiry. */
export type Occurrence = z.output<typeof OccurrenceSchema>;
