/**
 * Memoized date parsing for imports: a file of 50,000 rows repeats the same
 * few hundred dates, and each time-zone conversion costs several Intl calls.
 */
import { endOfLocalDay, startOfLocalDay } from "../time/zone.js";
import { parseDate, type ParseDateResult } from "../time/parse-date.js";

/** Parses cell texts and computes day boundaries in one zone, remembering every answer. */
export interface DateReader {
  /** {@link parseDate} in the reader's zone. */
  parse(text: string): ParseDateResult;
  /** Local 00:00 of a "YYYY-MM-DD" date. */
  startOfDay(date: string): Date;
  /** Local 23:59:59.999 of a "YYYY-MM-DD" date. */
  endOfDay(date: string): Date;
}

/** A {@link DateReader} for `timeZone` (APP_TIMEZONE). */
export function createDateReader(timeZone: string): DateReader {
  const parsed = new Map<string, ParseDateResult>();
  const starts = new Map<string, Date>();
  const ends = new Map<string, Date>();
  const memo = <V>(cache: Map<string, V>, key: string, compute: () => V): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      cache.set(key, value);
    }
    return value;
  };
  return {
    parse: (text) => memo(parsed, text, () => parseDate(text, { tz: timeZone })),
    // Copies, so that a caller mutating a Date cannot corrupt the cache.
    startOfDay: (date) => new Date(memo(starts, date, () => startOfLocalDay(date, timeZone)).getTime()),
    endOfDay: (date) => new Date(memo(ends, date, () => endOfLocalDay(date, timeZone)).getTime()),
  };
}
