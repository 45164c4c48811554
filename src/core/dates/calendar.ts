/**
 * Pure calendar arithmetic on local dates written as "YYYY-MM-DD" strings.
 * No time zone is involved: a LocalDate is a day on the wall calendar.
 */

/** A calendar date "YYYY-MM-DD" (zero-padded, years 1000-9999). */
export type LocalDate = string;

/** Numeric parts of a {@link LocalDate}; `month` is 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Gregorian leap year test. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers form a real calendar date (year 1000-9999). */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Formats parts as "YYYY-MM-DD". Throws RangeError for an impossible date. */
export function toLocalDate(year: number, month: number, day: number): LocalDate {
  if (!isValidDateParts(year, month, day)) {
    throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  }
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Parses a strict "YYYY-MM-DD" string; null when malformed or impossible. */
export function parseLocalDate(date: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDateParts(year, month, day) ? { year, month, day } : null;
}

/** True for a strict, real "YYYY-MM-DD" date. */
export function isLocalDate(date: string): boolean {
  return parseLocalDate(date) !== null;
}

/** Like {@link parseLocalDate} but throws RangeError on bad input. */
export function localDateParts(date: LocalDate): DateParts {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Invalid local date "${date}"`);
  return parts;
}

/** Adds (or subtracts) whole days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * Adds whole months, clamping the day to the target month's length
 * (2019-01-31 + 1 month = 2019-02-28).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO day of week: 1 = Monday ... 7 = Sunday. */
export function isoDayOfWeek(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** Negative, zero or positive like a comparator (string order equals date order). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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

function fromUtcDate(d: Date): LocalDate {
  return toLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
