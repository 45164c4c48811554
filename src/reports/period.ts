/**
 * The period a report covers: local dates, the instants that bound the task
 * query, and the calendar months of appendix 2.
 */
import { addMonths, localDateParts, type LocalDate } from "../core/time/local-date.js";
import type { Period } from "../core/time/period.js";
import { endOfLocalDay, localDateOf, startOfLocalDay } from "../core/time/zone.js";

/** A date given to the report: an instant, or a local "YYYY-MM-DD" day. */
export type ReportDateInput = Date | LocalDate;

/** What a report is asked for: an optional assignment period and the as-of date. */
export interface ReportPeriodInput {
  /** Tasks assigned from this instant or day (default: 1 January of the year of `to`). */
  from?: ReportDateInput;
  /** Tasks assigned up to this instant or day, inclusive (default: the as-of day). */
  to?: ReportDateInput;
  /** Categories are computed as of this instant; a local day means the end of that day. */
  asOf: ReportDateInput;
}

/** One calendar month of appendix 2. */
export interface ReportMonth {
  year: number;
  /** 1-12. */
  month: number;
  /** Local midnight that starts the month (or the period, for the first month). */
  start: Date;
}

/** A resolved report period. */
export interface ResolvedPeriod {
  /** Inclusive local dates of the assignment period. */
  period: Period;
  /** Query bounds: assigned at or after `fromInstant` and at or before `toInstant`. */
  fromInstant: Date;
  toInstant: Date;
  asOf: Date;
  asOfDate: LocalDate;
  months: ReportMonth[];
}

/** Longest period a report covers: appendix 2 has two columns per month. */
export const MAX_REPORT_MONTHS = 24;

/**
 * Resolves the period of a report in time zone `tz`. Throws RangeError when
 * the period ends before it starts or spans more than
 * {@link MAX_REPORT_MONTHS} calendar months.
 */
export function resolvePeriod(input: ReportPeriodInput, tz: string): ResolvedPeriod {
  const asOf = typeof input.asOf === "string" ? endOfLocalDay(input.asOf, tz) : input.asOf;
  const asOfDate = localDateOf(asOf, tz);
  const toInstant =
    input.to === undefined ? endOfLocalDay(asOfDate, tz) : typeof input.to === "string" ? endOfLocalDay(input.to, tz) : input.to;
  const to = localDateOf(toInstant, tz);
  const fromInstant =
    input.from === undefined
      ? startOfLocalDay(`${to.slice(0, 4)}-01-01`, tz)
      : typeof input.from === "string"
        ? startOfLocalDay(input.from, tz)
        : input.from;
  const from = localDateOf(fromInstant, tz);
  if (fromInstant.getTime() > toInstant.getTime()) throw new RangeError(`the period ends (${to}) before it starts (${from})`);

  const months: ReportMonth[] = [];
  const last = to.slice(0, 7);
  for (let first = `${from.slice(0, 7)}-01`; first.slice(0, 7) <= last; first = addMonths(first, 1)) {
    if (months.length === MAX_REPORT_MONTHS) {
      throw new RangeError(`the period spans more than ${MAX_REPORT_MONTHS} months`);
    }
    const { year, month } = localDateParts(first);
    months.push({ year, month, start: months.length === 0 ? fromInstant : startOfLocalDay(first, tz) });
  }
  return { period: { from, to }, fromInstant, toInstant, asOf, asOfDate, months };
}
