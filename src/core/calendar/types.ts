import type { LocalDate } from "../time/local-date.js";

/**
 * Kind of an official calendar adjustment:
 * - `"holiday"`: a day off (public holiday, compensatory day off, or a
 *   working day swapped into a holiday break);
 * - `"workday"`: a day worked although it would otherwise be off, typically a
 *   Saturday worked in exchange for a swapped day (ngày làm bù).
 */
export type OverrideKind = "holiday" | "workday";

/**
 * One day of a Government announcement for a given year (Thông báo of the
 * Ministry of Home Affairs / letter of the Government Office).
 *
 * Semantics inside a {@link WorkCalendar}: if a year has at least one override
 * of kind `"holiday"`, the year's holidays are exactly its `"holiday"`
 * overrides (computed defaults are discarded for that year); `"workday"`
 * overrides always make their day a working day.
 */
export interface CalendarOverride {
  readonly date: LocalDate;
  readonly kind: OverrideKind;
  /** Vietnamese name shown to users, e.g. "Tết Nguyên đán Bính Ngọ". */
  readonly name: string;
}

/** A day off other than an ordinary weekend, with its Vietnamese name. */
export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
  /**
   * `"computed"`: derived from the Labour Code 2019 rules (art. 112(1), with
   * compensatory days per art. 111(3)); `"official"`: taken from a
   * {@link CalendarOverride}.
   */
  readonly source: "computed" | "official";
}

/** A weekend day turned into a working day by an official announcement. */
export interface SpecialWorkday {
  readonly date: LocalDate;
  readonly name: string;
}

/**
 * Working-day calendar for Vietnamese public bodies. All methods are pure
 * functions of their arguments and of the overrides the calendar was built
 * with. Every method throws `RangeError` on an invalid {@link LocalDate}, and
 * for days of a year without official holiday data outside the range the
 * lunar calendar supports (`LUNAR_MIN_YEAR`–`LUNAR_MAX_YEAR`, 1900–2199).
 */
export interface WorkCalendar {
  /** True unless `date` is a Saturday/Sunday or a holiday, or a `"workday"` override applies. */
  isWorkingDay(date: LocalDate): boolean;
  /** Name of the holiday on `date`, or `null` (also `null` for ordinary weekends and make-up workdays). */
  holidayName(date: LocalDate): string | null;
  /**
   * Moves by working days.
   * - `n > 0`: the n-th working day strictly after `date`;
   * - `n < 0`: the |n|-th working day strictly before `date`;
   * - `n = 0`: `date` itself if it is a working day, else the next working day.
   *
   * For every `date` and `n >= 0`: `workingDaysBetween(date, addWorkingDays(date, n)) === n`
   * when `n > 0`; and for a working day `date`, also
   * `workingDaysBetween(date, addWorkingDays(date, -k)) === -k`.
   * @throws {RangeError} on an invalid date or a non-integer `n`.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /**
   * Signed count of working days between two days, using the half-open
   * interval `(a, b]`: when `b > a` it counts the working days `d` with
   * `a < d <= b` (the start day is excluded, the end day included); when
   * `b < a` it returns minus the count over `(b, a]`; it is 0 when `a === b`.
   *
   * Examples (plain weeks without holidays): Monday→Friday of the same week
   * is 4; Friday→next Monday is 1; Saturday→Sunday is 0.
   * "Overdue by k working days" is `workingDaysBetween(deadline, today) === k`;
   * "k working days before the deadline" is `addWorkingDays(deadline, -k)`.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate;
  /**
   * The year's holidays in date order: the official ones if the year has
   * `"holiday"` overrides, otherwise the computed defaults (including
   * compensatory days). Days turned into working days by a `"workday"`
   * override are left out.
   */
  holidaysOfYear(year: number): Holiday[];
  /** The `"workday"` overrides of `year` in date order (typically Saturdays worked in exchange for a swapped day). */
  specialWorkdaysOfYear(year: number): SpecialWorkday[];
}
