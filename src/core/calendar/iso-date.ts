/**
 * Calendar-day arithmetic on plain `YYYY-MM-DD` strings.
 *
 * All functions are pure: no clock is read and no local time zone is
 * involved. Day arithmetic uses the proleptic Gregorian calendar and integer
 * "day numbers" (days since 1970-01-01), so results never depend on the host
 * time zone or on daylight-saving rules.
 */

import { daysInMonth } from "../time/local-date.js";
import { localDateOf } from "../time/zone.js";

export { daysInMonth };

/**
 * A calendar day written as `YYYY-MM-DD` (four-digit year, zero-padded month
 * and day), e.g. `"2026-02-17"`. In this product a day is always interpreted
 * in Vietnam's civil time zone ({@link VN_TIME_ZONE}).
 *
 * Lexicographic order of valid values equals chronological order.
 */
export type IsoDate = string;

/** IANA name of Vietnam's civil time zone (UTC+7, no daylight saving). */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Day of week as returned by {@link weekday}: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Year, month (1–12) and day (1–31) of an {@link IsoDate}. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day number of 0001-01-01 and 9999-12-31 (see {@link toDayNumber}). */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;


function partsOf(value: string): DateParts | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * True when `value` is a string of the exact form `YYYY-MM-DD` naming an
 * existing day (so `"2025-02-29"` and `"2025-02-31"` are rejected) in years
 * 0001–9999.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && partsOf(value) !== null;
}

/**
 * Splits a valid {@link IsoDate} into its parts.
 * @throws {RangeError} when `value` is not a valid IsoDate.
 */
export function parseIsoDate(value: IsoDate): DateParts {
  const parts = typeof value === "string" ? partsOf(value) : null;
  if (!parts) {
    throw new RangeError(`Invalid calendar date ${JSON.stringify(value)}: expected an existing day written as YYYY-MM-DD`);
  }
  return parts;
}

/**
 * Throws unless `value` is a valid {@link IsoDate}; returns it unchanged.
 * @throws {RangeError} when `value` is not a valid IsoDate.
 */
export function assertIsoDate(value: unknown): IsoDate {
  parseIsoDate(value as IsoDate);
  return value as IsoDate;
}

/**
 * Builds an {@link IsoDate} from numeric parts.
 * @throws {RangeError} when the parts do not name an existing day in 0001–9999.
 */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || !isIsoDate(text)) {
    throw new RangeError(`Invalid calendar date parts ${year}-${month}-${day}`);
  }
  return text;
}

/**
 * Days since 1970-01-01 (negative before). Inverse of {@link fromDayNumber}.
 * Uses the civil-from-days algorithm (H. Hinnant), valid for all years here.
 * @throws {RangeError} when `date` is not a valid IsoDate.
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The {@link IsoDate} of a day number (days since 1970-01-01).
 * @throws {RangeError} when the result would fall outside 0001-01-01 … 9999-12-31.
 */
export function fromDayNumber(dayNumber: number): IsoDate {
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
  return toIsoDate(year, month, day);
}

/**
 * The day `n` calendar days after `date` (before it when `n` is negative).
 * @throws {RangeError} on an invalid date, a non-integer `n`, or a result outside years 0001–9999.
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day offset must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `a` to `b` (`b - a`; negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Day of week of `date`: 0 = Sunday, 1 = Monday, …, 6 = Saturday (the same
 * numbering as `Date.prototype.getUTCDay`).
 * @throws {RangeError} when `date` is not a valid IsoDate.
 */
export function weekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** True for Saturday and Sunday, the weekly days off for public servants. */
export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Gregorian year of `date`. @throws {RangeError} on an invalid date. */
export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/**
 * The calendar day that the UTC instant `instant` falls on in the IANA time
 * zone `timeZone` (for this product normally {@link VN_TIME_ZONE}).
 *
 * @example localDate(new Date("2024-12-31T17:00:00Z"), "Asia/Ho_Chi_Minh") // "2025-01-01"
 * @throws {RangeError} on an invalid `Date`, an unknown time zone, or a year outside 0001–9999.
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("localDate needs a valid Date instance");
  }
  return localDateOf(instant, timeZone);
}
