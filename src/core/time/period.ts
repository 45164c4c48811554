/**
 * Inclusive ranges of local dates: months, quarters, years and weeks, as
 * reports and `/thongke` name them.
 */
import { type LocalDate, addDays, daysInMonth, isoDayOfWeek, toLocalDate } from "./local-date.js";

/** An inclusive range of local dates. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** Whole month `month` (1-12) of `year`. */
export function monthPeriod(year: number, month: number): Period {
  return { from: toLocalDate(year, month, 1), to: toLocalDate(year, month, daysInMonth(year, month)) };
}

/** Quarter `quarter` (1-4) of `year`. */
export function quarterPeriod(year: number, quarter: number): Period {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`Invalid quarter ${quarter}`);
  const first = (quarter - 1) * 3 + 1;
  return { from: monthPeriod(year, first).from, to: monthPeriod(year, first + 2).to };
}

/** Months `fromMonth`..`toMonth` (inclusive, 1-12) of `year`. */
export function monthsPeriod(year: number, fromMonth: number, toMonth: number): Period {
  return { from: monthPeriod(year, fromMonth).from, to: monthPeriod(year, toMonth).to };
}

/** The whole `year`. */
export function yearPeriod(year: number): Period {
  return { from: toLocalDate(year, 1, 1), to: toLocalDate(year, 12, 31) };
}

/** Monday-to-Sunday week containing `date`. */
export function weekPeriod(date: LocalDate): Period {
  const from = addDays(date, 1 - isoDayOfWeek(date));
  return { from, to: addDays(from, 6) };
}

/** Quarter (1-4) containing `month` (1-12). */
export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
