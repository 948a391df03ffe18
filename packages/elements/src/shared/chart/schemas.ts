/**
 * The pieces of chart data every chart validates the same way (a tracked series, an occurrence,
 * short text), so the elements' `data` schemas are built from one set of rules.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * An instant with its offset, as core's `InstantStringSchema` reads it (zod's ISO date-time with
 * offset). Built here rather than imported: core's time module brings every schema it defines
 * into a chart's bundle.
 */
export const ChartInstantSchema = z.iso.datetime({ offset: true });

/** A local date `YYYY-MM-DD` that exists on the calendar. */
export const ChartLocalDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-29'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a date like 2026-03-29'),
);

/** An IANA time zone this runtime knows (e.g. `Europe/London`). */
export const ChartTimeZoneSchema = z.string().check(
  z.maxLength(64),
  z.refine((zone) => {
    try {
      return (
        /^[A-Za-z]/.test(zone) &&
        new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone !== ''
      );
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Berlin'),
);

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
      points: z.array(z.object({ at: ChartInstantSchema, value: finite() })).check(z.maxLength(maxPoints)),
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
  localDate: ChartLocalDateSchema,
  dueAt: ChartInstantSchema,
  status: z.enum(['completed', 'late', 'missed', 'pending']),
});
