/**
 * Local dates: days on the wall calendar written as "YYYY-MM-DD" strings.
 *
 * All functions are pure: no clock is read and no time zone is involved (see
 * `zone.ts` for instants). Day arithmetic uses the proleptic Gregorian
 * calendar and integer "day numbers" (days since 1970-01-01), so results never
 * depend on the host time zone or on daylight-saving rules.
 */

/**
 * A calendar day written as `YYYY-MM-DD` (four-digit year 0001–9999,
 * zero-padded month and day), e.g. `"2026-02-17"`. Which zone the day belongs
 * to is the caller's business (in this product the configured APP_TIMEZONE).
 *
 * Lexicographic order of valid values equals chronological order.
 */
export type LocalDate = string;

/** Year, month (1–12) and day (1–31) of a {@link LocalDate}. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day of week as returned by {@link weekday}: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day number of 0001-01-01 and 9999-12-31 (see {@link toDayNumber}). */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;

/** Gregorian leap year test. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name an existing day in years 0001–9999. */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

function partsOf(value: string): DateParts | null {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDateParts(year, month, day) ? { year, month, day } : null;
}

/**
 * True when `value` is a string of the exact form `YYYY-MM-DD` naming an
 * existing day (so `"2025-02-29"` and `"2025-02-31"` are rejected) in years
 * 0001–9999.
 */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && partsOf(value) !== null;
}

/**
 * Splits a valid {@link LocalDate} into its parts.
 * @throws {RangeError} when `value` is not a valid LocalDate.
 */
export function localDateParts(value: LocalDate): DateParts {
  const parts = typeof value === "string" ? partsOf(value) : null;
  if (!parts) {
    throw new RangeError(`Invalid calendar date ${JSON.stringify(value)}: expected an existing day written as YYYY-MM-DD`);
  }
  return parts;
}

/**
 * Throws unless `value` is a valid {@link LocalDate}; returns it unchanged.
 * @throws {RangeError} when `value` is not a valid LocalDate.
 */
export function assertLocalDate(value: unknown): LocalDate {
  localDateParts(value as LocalDate);
  return value as LocalDate;
}

/**
 * Builds a {@link LocalDate} from numeric parts, zero-padded.
 * @throws {RangeError} when the parts do not name an existing day in 0001–9999.
 */
export function toLocalDate(year: number, month: number, day: number): LocalDate {
  if (!isValidDateParts(year, month, day)) throw new RangeError(`Invalid calendar date parts ${year}-${month}-${day}`);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Gregorian year of `date`. @throws {RangeError} on an invalid date. */
export function yearOf(date: LocalDate): number {
  return localDateParts(date).year;
}

/**
 * Days since 1970-01-01 (negative before). Inverse of {@link fromDayNumber}.
 * Uses the civil-from-days algorithm (H. Hinnant), valid for all years here.
 * @throws {RangeError} when `date` is not a valid LocalDate.
 */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The {@link LocalDate} of a day number (days since 1970-01-01).
 * @throws {RangeError} when the result would fall outside 0001-01-01 … 9999-12-31.
 */
export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside the supported range 0001-01-01 … 9999-12-31`);
  }
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return toLocalDate(year, month, day);
}

/**
 * The day `n` calendar days after `date` (before it when `n` is negative).
 * @throws {RangeError} on an invalid date, a non-integer `n`, or a result outside years 0001–9999.
 */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day offset must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
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

/** Calendar days from `a` to `b` (`b - a`; negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Negative, zero or positive like a comparator (string order equals date order). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day of week of `date`: 0 = Sunday, 1 = Monday, …, 6 = Saturday (the same
 * numbering as `Date.prototype.getUTCDay`).
 * @throws {RangeError} when `date` is not a valid LocalDate.
 */
export function weekday(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** ISO day of week: 1 = Monday ... 7 = Sunday. */
export function isoDayOfWeek(date: LocalDate): number {
  return weekday(date) || 7;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
