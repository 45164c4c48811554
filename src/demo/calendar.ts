/**
 * Calendar arithmetic for the demo data, on core/time. A {@link LocalDay} is
 * a day number of core/time (days since 1970-01-01 on the local calendar),
 * which keeps the generator fast and exact.
 */
import {
  type DateParts,
  daysInMonth,
  fromDayNumber,
  isValidDateParts,
  localDateParts,
  toDayNumber,
  toLocalDate,
  weekday,
} from "../core/time/local-date.js";
import { formatDateVi } from "../core/time/format.js";
import { endOfLocalDay as endOfDay, localDateOf, wallTimeToInstant } from "../core/time/zone.js";

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/**
 * The zone of the 2019 Kon Tum report. The demo is generated in it whatever
 * APP_TIMEZONE says, so that the same input always gives the same data.
 */
export const DEMO_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Days since 1970-01-01 on the local calendar of {@link DEMO_TIME_ZONE}. */
export type LocalDay = number;

/** Local calendar day of a date given as year, month (1..12) and day. */
export function localDay(year: number, month: number, day: number): LocalDay {
  return toDayNumber(toLocalDate(year, month, day));
}

/** Local calendar day that contains `instant`. */
export function dayOf(instant: Date): LocalDay {
  return toDayNumber(localDateOf(instant, DEMO_TIME_ZONE));
}

/** The instant at `minutes` (0..1439) after local midnight of `day`. */
export function atLocalTime(day: LocalDay, minutes: number): Date {
  const { year, month, day: dom } = datePartsOf(day);
  return wallTimeToInstant(
    { year, month, day: dom, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 },
    DEMO_TIME_ZONE,
  );
}

/** Last millisecond of `day` in local time (23:59:59.999). */
export function endOfLocalDay(day: LocalDay): Date {
  return endOfDay(fromDayNumber(day), DEMO_TIME_ZONE);
}

/** Local year, month (1..12) and day of the month of a local day. */
export function datePartsOf(day: LocalDay): DateParts {
  return localDateParts(fromDayNumber(day));
}

/** Day of week, 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(day: LocalDay): number {
  return weekday(fromDayNumber(day));
}

/** Formats a local day as `dd/mm/yyyy`. */
export function formatDay(day: LocalDay): string {
  return formatDateVi(fromDayNumber(day));
}

/** Parses `dd/mm/yyyy` into a local day; null for anything else or an impossible date. */
export function parseDay(text: string): LocalDay | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
  return isValidDateParts(year, month, day) ? localDay(year, month, day) : null;
}

/** Public holidays (weekdays only) of 2019 observed by state agencies. */
const HOLIDAYS_2019: ReadonlySet<LocalDay> = new Set([
  localDay(2019, 1, 1),
  // Lunar New Year break 02–10/02/2019.
  localDay(2019, 2, 4),
  localDay(2019, 2, 5),
  localDay(2019, 2, 6),
  localDay(2019, 2, 7),
  localDay(2019, 2, 8),
  // Hung Kings' day (observed), swapped Monday, Reunification Day, Labour Day.
  localDay(2019, 4, 15),
  localDay(2019, 4, 29),
  localDay(2019, 4, 30),
  localDay(2019, 5, 1),
  localDay(2019, 9, 2),
]);

/** True on Monday–Friday outside the 2019 public holidays. */
export function isWorkingDay(day: LocalDay): boolean {
  const wd = weekdayOf(day);
  return wd >= 1 && wd <= 5 && !HOLIDAYS_2019.has(day);
}

/** First working day on or after `day`. */
export function workingDayOnOrAfter(day: LocalDay): LocalDay {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** Last working day on or before `day`. */
export function workingDayOnOrBefore(day: LocalDay): LocalDay {
  let d = day;
  while (!isWorkingDay(d)) d--;
  return d;
}

/** All working days in the inclusive range [from, to]. */
export function workingDaysBetween(from: LocalDay, to: LocalDay): LocalDay[] {
  const out: LocalDay[] = [];
  for (let d = from; d <= to; d++) if (isWorkingDay(d)) out.push(d);
  return out;
}

/** First and last calendar day of a month. */
export function monthBounds(year: number, month: number): { first: LocalDay; last: LocalDay } {
  return { first: localDay(year, month, 1), last: localDay(year, month, daysInMonth(year, month)) };
}
