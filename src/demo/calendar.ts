/**
 * Calendar arithmetic for the demo data in Asia/Ho_Chi_Minh (fixed +07:00,
 * no daylight saving time). A {@link LocalDay} is the number of days since
 * 1970-01-01 in local time, which keeps the generator fast and exact.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Offset of Asia/Ho_Chi_Minh from UTC in milliseconds. */
export const TZ_OFFSET_MS = 7 * 3_600_000;

/** Days since 1970-01-01 on the local (+07:00) calendar. */
export type LocalDay = number;

/** Local calendar day of a date given as year, month (1..12) and day. */
export function localDay(year: number, month: number, day: number): LocalDay {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Local calendar day that contains `instant`. */
export function dayOf(instant: Date): LocalDay {
  return Math.floor((instant.getTime() + TZ_OFFSET_MS) / DAY_MS);
}

/** The instant at `minutes` after local midnight of `day`. */
export function atLocalTime(day: LocalDay, minutes: number): Date {
  return new Date(day * DAY_MS + minutes * 60_000 - TZ_OFFSET_MS);
}

/** Last millisecond of `day` in local time (23:59:59.999 +07:00). */
export function endOfLocalDay(day: LocalDay): Date {
  return new Date((day + 1) * DAY_MS - TZ_OFFSET_MS - 1);
}

/** Local year and month (1..12) of a local day. */
export function yearMonthOf(day: LocalDay): { year: number; month: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** Day of week, 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: LocalDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Formats a local day as `dd/mm/yyyy`. */
export function formatDay(day: LocalDay): string {
  const d = new Date(day * DAY_MS);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** Parses `dd/mm/yyyy` into a local day. */
export function parseDay(text: string): LocalDay | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  return localDay(Number(m[3]), Number(m[2]), Number(m[1]));
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
  return { first: localDay(year, month, 1), last: localDay(year, month + 1, 1) - 1 };
}
