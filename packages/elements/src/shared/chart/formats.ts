/**
 * Dates and numbers as a chart writes them: `Intl.DateTimeFormat` in the element's language and
 * the client's time zone (a clinician in Berlin sees a London client's "Thursday" as the
 * client lived it), each formatter built once. One function per format, not methods of a class,
 * so a chart bundles only the formats it writes (a class's unused methods stay in every bundle).
 *
 * @module
 */
import type { TimeStep } from './time.js';

/** The language and time zone a chart writes in (`ChartElement.formats`). */
export interface ChartFormats {
  readonly lang: string;
  readonly timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(formats: ChartFormats, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${formats.lang}|${formats.timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(formats.lang, { ...options, timeZone: formats.timeZone });
    cache.set(key, format);
  }
  return format;
}

function numberFormat(formats: ChartFormats, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${formats.lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(formats.lang, options);
    cache.set(key, format);
  }
  return format;
}

/** "Thu, 3 Apr": a point's day in read-outs and the tooltip. */
export function formatDay(formats: ChartFormats, ms: number): string {
  return dateFormat(formats, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
}

/** "Thu, 3 Apr, 20:15": a point's moment in read-outs. */
export function formatDayTime(formats: ChartFormats, ms: number): string {
  return dateFormat(formats, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

/** "Thu, 3 Apr 2026, 20:15": a point's moment in the data table. */
export function formatMoment(formats: ChartFormats, ms: number): string {
  return dateFormat(formats, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

/** "3 Apr 2026": a date in summaries and table rows. */
export function formatDate(formats: ChartFormats, ms: number): string {
  return dateFormat(formats, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** "Mon": a weekday name for the calendar rows. */
export function formatWeekday(formats: ChartFormats, ms: number): string {
  return dateFormat(formats, { weekday: 'short' }).format(ms);
}

/** A tick label for the step the axis uses: "3 Apr", "Apr 2026", "2026". */
export function formatTick(formats: ChartFormats, ms: number, step: TimeStep): string {
  const options: Intl.DateTimeFormatOptions =
    step === 'day' || step === 'week'
      ? { day: 'numeric', month: 'short' }
      : step === 'year'
        ? { year: 'numeric' }
        : { month: 'short', year: 'numeric' };
  return dateFormat(formats, options).format(ms);
}

/** A number with at most `digits` fraction digits. */
export function formatNumber(formats: ChartFormats, value: number, digits = 1): string {
  return numberFormat(formats, { maximumFractionDigits: digits }).format(value);
}

/** "42 %". */
export function formatPercent(formats: ChartFormats, share: number): string {
  return numberFormat(formats, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
