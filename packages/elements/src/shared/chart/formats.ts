/**
 * Dates and numbers as a chart writes them: `Intl.DateTimeFormat` in the element's language and
 * the client's time zone (a clinician in Berlin sees a London client's "Thursday" as the
 * client lived it), each formatter built once.
 *
 * @module
 */
import type { TimeStep } from './time.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(
  lang: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d|${lang}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** Formatters for one language and time zone. */
export class ChartFormats {
  readonly lang: string;
  readonly timeZone: string;

  constructor(lang: string, timeZone: string) {
    this.lang = lang;
    this.timeZone = timeZone;
  }

  /** "Thu, 3 Apr": a point's day in read-outs and the tooltip. */
  day(ms: number): string {
    return dateFormat(this.lang, this.timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(
      ms,
    );
  }

  /** "Thu, 3 Apr, 20:15": a point's moment in read-outs. */
  dayTime(ms: number): string {
    return dateFormat(this.lang, this.timeZone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(ms);
  }

  /** "Thu, 3 Apr 2026, 20:15": a point's moment in the data table. */
  moment(ms: number): string {
    return dateFormat(this.lang, this.timeZone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(ms);
  }

  /** "3 Apr 2026": a date in summaries and table rows. */
  date(ms: number): string {
    return dateFormat(this.lang, this.timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(
      ms,
    );
  }

  /** "Mon": a weekday name for the calendar rows. */
  weekday(ms: number): string {
    return dateFormat(this.lang, this.timeZone, { weekday: 'short' }).format(ms);
  }

  /** A tick label for the step the axis uses: "3 Apr", "Apr 2026", "2026". */
  tick(ms: number, step: TimeStep): string {
    const options: Intl.DateTimeFormatOptions =
      step === 'day' || step === 'week'
        ? { day: 'numeric', month: 'short' }
        : step === 'year'
          ? { year: 'numeric' }
          : { month: 'short', year: 'numeric' };
    return dateFormat(this.lang, this.timeZone, options).format(ms);
  }

  /** A number with at most `digits` fraction digits. */
  number(value: number, digits = 1): string {
    const key = `n|${this.lang}|${digits}`;
    let format = cache.get(key) as Intl.NumberFormat | undefined;
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { maximumFractionDigits: digits });
      cache.set(key, format);
    }
    return format.format(value);
  }

  /** "42 %". */
  percent(share: number): string {
    const key = `p|${this.lang}`;
    let format = cache.get(key) as Intl.NumberFormat | undefined;
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { style: 'percent', maximumFractionDigits: 0 });
      cache.set(key, format);
    }
    return format.format(share);
  }
}
