/**
 * The pieces of chart data every chart validates the same way (a tracked series, an occurrence,
 * short text), so the elements' `data` schemas are built from one set of rules.
 *
 * @module
 */
import * as z from 'zod/mini';
import { InstantStringSchema, LocalDateSchema } from '@interlude/core';

/** Non-empty text of at most `max` characters (rendered as text, never HTML). */
export const chartText = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));

const finite = () => z.number().check(z.refine(Number.isFinite, 'must be finite'));

/** A tracked item's values over time: `{ id, label, direction, min, max, points: [{ at, value }] }`. */
export const TrackedSeriesSchema = (maxPoints: number) =>
  z
    .object({
      id: chartText(),
      label: chartText(),
      direction: z.enum(['higher-is-worse', 'higher-is-better']),
      min: finite(),
      max: finite(),
      points: z.array(z.object({ at: InstantStringSchema, value: finite() })).check(z.maxLength(maxPoints)),
    })
    .check(
      z.refine((series) => series.max > series.min, { message: 'must be more than min', path: ['max'] }),
      z.superRefine((series, ctx) => {
        series.points.forEach((point, index) => {
          if (point.value < series.min || point.value > series.max) {
            ctx.addIssue({
              code: 'custom',
              message: 'must lie within min and max',
              path: ['points', index, 'value'],
            });
          }
        });
      }),
    );

/** One due occurrence with its status. */
export const OccurrenceItemSchema = z.object({
  id: chartText(600),
  assignmentId: chartText(600),
  localDate: LocalDateSchema,
  dueAt: InstantStringSchema,
  status: z.enum(['completed', 'late', 'missed', 'pending']),
});
