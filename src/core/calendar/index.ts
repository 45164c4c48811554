/**
 * Vietnamese working-day calendar: weekends, Labour Code 2019 holidays
 * (computed from the Vietnamese lunar calendar) and official yearly overrides.
 *
 * Dates are `LocalDate`s of `core/time`. Typical use:
 * ```ts
 * const calendar = createWorkCalendar(loadShippedOverrides());
 * const today = localDateOf(now, deps.timeZone);
 * const remindOn = calendar.addWorkingDays(deadline, -5);
 * const overdue = calendar.workingDaysBetween(deadline, today); // > 0 when overdue
 * ```
 */
export { isWeekend } from "./weekend.js";
export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  lunarNewYear,
  lunarToSolar,
  lunarYearName,
  solarToLunar,
  type LunarDay,
} from "./lunar.js";
export { defaultHolidays, statutoryHolidays, withCompensatoryDays } from "./holidays.js";
export { createWorkCalendar } from "./work-calendar.js";
export { parseCalendarCsv, type CalendarCsvError, type ParseCalendarCsvResult } from "./parse-calendar-csv.js";
export { loadShippedOverrides } from "./shipped-overrides.js";
export type { CalendarOverride, Holiday, OverrideKind, SpecialWorkday, WorkCalendar } from "./types.js";
