/**
 * The pieces of chart data every chart checks the same way (a tracked series, an occurrence,
 * short text, instants, dates, time zones), so the elements' `data` checks are built from one
 * set of rules.
 *
 * @module
 */
import { list, number, object, oneOf, refine, text, type Check } from './check.js';
import { wallClock } from './time.js';

/** ISO 8601 date-time with a `Z` or `±hh:mm` offset, the shape `InstantStringSchema` accepts. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is an instant string with an offset that denotes a real moment. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

// The checks below are built at load time; `@__PURE__` lets a chart's bundle drop the ones it
// does not use (the mood chart has no local dates, the outcome chart no occurrences). Calls in
// their arguments need it too: esbuild keeps a pure call whose arguments are not.

/** An instant with its offset (e.g. `2026-04-03T20:15:00+01:00`). */
export const chartInstant = /* @__PURE__ */ text(
  40,
  1,
  isInstant,
  'must be an ISO 8601 date-time with offset',
);

/** A local date `YYYY-MM-DD` that exists on the calendar. */
export const chartLocalDate = /* @__PURE__ */ text(
  10,
  10,
  (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  'must be a date like 2026-03-29',
);

/** An IANA time zone this runtime knows (e.g. `Europe/London`). */
export const chartTimeZone = /* @__PURE__ */ text(
  64,
  1,
  (zone) => {
    try {
      // Read through the formatter the chart keeps for the zone (it throws for an unknown one),
      // not one more: a page's first formatters are not free, and the chart needs this one.
      return /^[A-Za-z]/.test(zone) && !!wallClock(0, zone);
    } catch {
      return false;
    }
  },
  'must be an IANA time zone such as Europe/Berlin',
);

/** Non-empty text of at most `max` characters (rendered as text, never HTML). */
export const chartText = (max = 200) => text(max);

const point = /* @__PURE__ */ object({ at: chartInstant, value: /* @__PURE__ */ number() });

/**
 * A series' points, `[{ at, value }]`: the bulk of a chart's data. A list of well-formed points
 * passes one inline test per point; only a list with a bad one takes the general check, which
 * names each problem by path.
 */
const points = (maxPoints: number): Check => {
  const general = list(point, maxPoints);
  return (value, path, issues) => {
    const wellFormed =
      Array.isArray(value) &&
      value.length <= maxPoints &&
      value.every(
        (entry: { at?: unknown; value?: unknown } | null) =>
          isInstant(entry?.at) && entry.at.length <= 40 && Number.isFinite(entry.value),
      );
    if (!wellFormed) general(value, path, issues);
  };
};

/** A tracked item's values over time: `{ id, label, direction, min, max, points: [{ at, value }] }`. */
export const trackedSeries = (maxPoints: number) =>
  refine<{ min?: unknown; max?: unknown; points?: unknown } | null>(
    object({
      id: chartText(),
      label: chartText(),
      direction: oneOf(['higher-is-worse', 'higher-is-better'] as const),
      min: number(),
      max: number(),
      points: points(maxPoints),
    }),
    // Also on a series with other problems, so every bad value is named at once.
    (series, fail) => {
      if (typeof series?.min !== 'number' || typeof series.max !== 'number') return;
      if ((series.max as number) <= (series.min as number)) return fail('must be more than min', 'max');
      if (Array.isArray(series.points))
        series.points.forEach((point, index) => {
          const value = point?.value;
          if (typeof value === 'number' && (value < (series.min as number) || value > (series.max as number)))
            fail('must lie within min and max', 'points', index, 'value');
        });
    },
    true,
  );

/** One due occurrence with its status. */
export const occurrenceItem = /* @__PURE__ */ object({
  id: /* @__PURE__ */ chartText(600),
  assignmentId: /* @__PURE__ */ chartText(600),
  localDate: chartLocalDate,
  dueAt: chartInstant,
  status: /* @__PURE__ */ oneOf(['completed', 'late', 'missed', 'pending'] as const),
});
