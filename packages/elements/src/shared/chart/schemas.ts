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

/** ISO 8601 date-time with a `Z` or `±hh:mm` offset, the shape `InstantStringSchema` accepts. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is an instant string with an offset that denotes a real moment. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A series' points, `[{ at, value }]`, each checked in one pass: a year of daily values is
 * validated in well under a millisecond (a zod object per point costs several, and a first
 * parse compiles each object schema). Problems are reported per point by path, never by value.
 */
const pointsSchema = (maxPoints: number) =>
  z.array(z.unknown()).check(
    z.maxLength(maxPoints),
    z.superRefine((points, ctx) => {
      points.forEach((point, index) => {
        const entry = (typeof point === 'object' && point !== null ? point : {}) as {
          at?: unknown;
          value?: unknown;
        };
        if (!isInstant(entry.at)) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be an ISO 8601 date-time with offset',
            path: [index, 'at'],
          });
        }
        if (typeof entry.value !== 'number' || !Number.isFinite(entry.value)) {
          ctx.addIssue({ code: 'custom', message: 'must be a finite number', path: [index, 'value'] });
        }
      });
    }),
  ) as unknown as z.ZodMiniType<{ at: string; value: number }[]>;

/** A tracked item's values over time: `{ id, label, direction, min, max, points: [{ at, value }] }`. */
export const TrackedSeriesSchema = (maxPoints: number) =>
  z
    .object({
      id: chartText(),
      label: chartText(),
      direction: z.enum(['higher-is-worse', 'higher-is-better']),
      min: finite(),
      max: finite(),
      points: pointsSchema(maxPoints),
    })
    .check(
      z.refine((series) => series.max > series.min, { message: 'must be more than min', path: ['max'] }),
      z.superRefine((series, ctx) => {
        (series.points as unknown as ({ value?: unknown } | null)[]).forEach((point, index) => {
          const value = point?.value;
          if (typeof value === 'number' && (value < series.min || value > series.max)) {
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
