/**
 * Working-day calendar: weekends, Labour Code holidays and official overrides.
 */
import { defaultHolidays } from "./holidays.js";
import { addDays, assertLocalDate, isLocalDate, toDayNumber, yearOf, type LocalDate } from "../time/local-date.js";
import type { CalendarOverride, Holiday, SpecialWorkday, WorkCalendar } from "./types.js";
import { isWeekend } from "./weekend.js";

/**
 * Longest run of consecutive days off the calendar will scan before giving up
 * (guards against override data that removes every working day).
 */
const MAX_DAYS_OFF_IN_A_ROW = 60;

interface YearData {
  readonly holidays: ReadonlyMap<LocalDate, Holiday>;
  readonly workdays: ReadonlyMap<LocalDate, SpecialWorkday>;
}

function validateOverrides(overrides: readonly CalendarOverride[]): Map<number, CalendarOverride[]> {
  const seen = new Map<LocalDate, CalendarOverride>();
  const byYear = new Map<number, CalendarOverride[]>();
  overrides.forEach((override, index) => {
    if (!isLocalDate(override.date)) {
      throw new RangeError(`Calendar override #${index + 1}: invalid date ${JSON.stringify(override.date)}`);
    }
    if (override.kind !== "holiday" && override.kind !== "workday") {
      throw new RangeError(`Calendar override ${override.date}: unknown kind ${JSON.stringify(override.kind)}`);
    }
    if (seen.has(override.date)) {
      throw new RangeError(`Calendar override ${override.date} is defined more than once`);
    }
    seen.set(override.date, override);
    const year = yearOf(override.date);
    const list = byYear.get(year) ?? [];
    list.push(override);
    byYear.set(year, list);
  });
  return byYear;
}

/**
 * Builds a {@link WorkCalendar} for Vietnamese public bodies.
 *
 * Rules, per Gregorian year:
 * 1. Saturdays and Sundays are days off (Labour Code 2019, art. 111, and
 *    the 40-hour week of Decision 188/1999/QĐ-TTg for public bodies).
 * 2. If `overrides` holds at least one `"holiday"` entry dated in that year,
 *    those entries are the year's complete holiday list: the official
 *    decision is authoritative and replaces the computed defaults entirely
 *    (so a year's data file must list every day off of the year, including
 *    compensatory and swapped days).
 * 3. Otherwise the holidays are the computed defaults of Labour Code 2019,
 *    art. 112(1), with compensatory days per art. 111(3) (see `defaultHolidays`).
 * 4. A `"workday"` override makes its day a working day whatever else applies
 *    (make-up Saturdays, ngày làm bù).
 *
 * Per-year data is computed lazily and cached, so build one calendar and
 * share it. Note that rule 2 is keyed by each override's own date: an entry
 * dated 2026-12-31 in a data file about 2027 switches 2026 to official data.
 *
 * @param overrides official days for any number of years (e.g. from
 *   `loadShippedOverrides()` or `parseCalendarCsv()`).
 * @throws {RangeError} when an override has an invalid date or kind, or two
 *   overrides share a date.
 */
export function createWorkCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const overridesByYear = validateOverrides(overrides);
  const cache = new Map<number, YearData>();

  function yearData(year: number): YearData {
    let data = cache.get(year);
    if (data) return data;
    const entries = overridesByYear.get(year) ?? [];
    const official = entries.filter((o) => o.kind === "holiday");
    const holidayList: Holiday[] =
      official.length > 0
        ? official.map((o) => ({ date: o.date, name: o.name, source: "official" as const }))
        : defaultHolidays(year);
    const workdays = new Map<LocalDate, SpecialWorkday>(
      entries.filter((o) => o.kind === "workday").map((o) => [o.date, { date: o.date, name: o.name }]),
    );
    const holidays = new Map<LocalDate, Holiday>();
    for (const holiday of holidayList) {
      if (!workdays.has(holiday.date)) holidays.set(holiday.date, holiday);
    }
    data = { holidays, workdays };
    cache.set(year, data);
    return data;
  }

  function isWorkingDay(date: LocalDate): boolean {
    const data = yearData(yearOf(date));
    if (data.workdays.has(date)) return true;
    return !isWeekend(date) && !data.holidays.has(date);
  }

  function holidayName(date: LocalDate): string | null {
    return yearData(yearOf(date)).holidays.get(date)?.name ?? null;
  }

  function step(date: LocalDate, direction: 1 | -1): LocalDate {
    let candidate = date;
    for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++) {
      candidate = addDays(candidate, direction);
      if (isWorkingDay(candidate)) return candidate;
    }
    throw new RangeError(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days ${direction > 0 ? "after" : "before"} ${date}`);
  }

  function nextWorkingDay(date: LocalDate): LocalDate {
    return step(assertLocalDate(date), 1);
  }

  function previousWorkingDay(date: LocalDate): LocalDate {
    return step(assertLocalDate(date), -1);
  }

  function addWorkingDays(date: LocalDate, n: number): LocalDate {
    assertLocalDate(date);
    if (!Number.isSafeInteger(n)) throw new RangeError(`Working-day offset must be an integer, got ${n}`);
    if (n === 0) return isWorkingDay(date) ? date : step(date, 1);
    const direction = n > 0 ? 1 : -1;
    let current = date;
    for (let remaining = Math.abs(n); remaining > 0; remaining--) current = step(current, direction);
    return current;
  }

  function workingDaysBetween(a: LocalDate, b: LocalDate): number {
    const start = toDayNumber(a);
    const end = toDayNumber(b);
    if (start === end) return 0;
    const [from, to, sign] = start < end ? [a, end - start, 1] : [b, start - end, -1];
    let count = 0;
    for (let offset = 1; offset <= to; offset++) {
      if (isWorkingDay(addDays(from, offset))) count++;
    }
    return sign * count;
  }

  function checkYear(year: number): void {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year ${year}`);
  }

  function holidaysOfYear(year: number): Holiday[] {
    checkYear(year);
    return [...yearData(year).holidays.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  }

  function specialWorkdaysOfYear(year: number): SpecialWorkday[] {
    checkYear(year);
    return [...yearData(year).workdays.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  }

  return {
    isWorkingDay: (date) => isWorkingDay(assertLocalDate(date)),
    holidayName: (date) => holidayName(assertLocalDate(date)),
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay,
    previousWorkingDay,
    holidaysOfYear,
    specialWorkdaysOfYear,
  };
}
