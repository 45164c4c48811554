/**
 * Default (computed) public holidays of Vietnam under the Labour Code 2019
 * (Bộ luật Lao động số 45/2019/QH14, in force since 2021-01-01).
 *
 * These defaults are what the law alone implies. Each year the Government
 * announces the exact arrangement (swapped days, make-up Saturdays, the
 * second National Day), which must be supplied as overrides; see
 * `createWorkCalendar`.
 */
import { addDays, toLocalDate, type LocalDate } from "../time/local-date.js";
import { isWeekend } from "./weekend.js";
import { lunarNewYear, lunarToSolar, lunarYearName, solarToLunar } from "./lunar.js";
import type { Holiday } from "./types.js";

function computed(date: LocalDate, name: string): Holiday {
  return { date, name, source: "computed" };
}

/**
 * Statutory holidays of Gregorian `year` per Labour Code 2019, art. 112(1),
 * without compensatory days:
 * - a) Tết Dương lịch: 1 January;
 * - b) Tết Âm lịch: 5 days — default arrangement: the last day of the lunar
 *   year (29 or 30 tháng Chạp) and lunar 1/1 to 4/1 (art. 112(3) lets the
 *   Prime Minister choose the exact days each year);
 * - c) Ngày Chiến thắng: 30 April;
 * - d) Ngày Quốc tế Lao động: 1 May;
 * - đ) Quốc khánh: 2 September plus one adjacent day — default: 3 September
 *   (the Prime Minister may choose 1 September instead, art. 112(3));
 * - e) Giỗ Tổ Hùng Vương: lunar 10/3 (of the regular, non-leap third month).
 *
 * Days on which two holidays coincide appear once, names joined by " / ".
 * The list is sorted by date.
 * @throws {RangeError} when `year` is outside the lunar calendar's supported range.
 */
export function statutoryHolidays(year: number): Holiday[] {
  const yearName = lunarYearName(year);
  const tet = lunarNewYear(year);
  const lunarEve = addDays(tet, -1);
  const eveDay = solarToLunar(lunarEve).day;

  const list: Holiday[] = [
    computed(toLocalDate(year, 1, 1), "Tết Dương lịch"),
    computed(lunarEve, `Tết Nguyên đán ${yearName} (${eveDay} tháng Chạp)`),
    ...[1, 2, 3, 4].map((i) => computed(addDays(tet, i - 1), `Tết Nguyên đán ${yearName} (mùng ${i} tháng Giêng)`)),
    computed(lunarToSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    computed(toLocalDate(year, 4, 30), "Ngày Chiến thắng (30/4)"),
    computed(toLocalDate(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
    computed(toLocalDate(year, 9, 2), "Quốc khánh (2/9)"),
    computed(toLocalDate(year, 9, 3), "Quốc khánh (ngày liền kề 3/9)"),
  ];

  const byDate = new Map<LocalDate, Holiday>();
  for (const holiday of list) {
    const existing = byDate.get(holiday.date);
    byDate.set(holiday.date, existing ? computed(holiday.date, `${existing.name} / ${holiday.name}`) : holiday);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Adds compensatory days off (nghỉ bù) per Labour Code 2019, art. 111(3):
 * when a holiday of art. 112(1) falls on a weekly day off (Saturday or
 * Sunday for public servants), the worker takes the next working day off.
 *
 * Weekend holidays are handled in date order; each one gets the first later
 * day that is not a weekend, not a holiday and not already a compensatory day.
 * E.g. Giỗ Tổ on Saturday 2023-04-29 and 30/4 on Sunday, with 1/5 on Monday,
 * yield compensatory days on Tuesday 2/5 and Wednesday 3/5.
 *
 * All computed holidays lie between 20 January and 3 September, so the
 * compensatory days always stay in the same year. Returns a new sorted list.
 */
export function withCompensatoryDays(holidays: readonly Holiday[]): Holiday[] {
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const taken = new Set(sorted.map((h) => h.date));
  const result: Holiday[] = [...sorted];
  for (const holiday of sorted) {
    if (!isWeekend(holiday.date)) continue;
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push(computed(candidate, `Nghỉ bù ${holiday.name}`));
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The computed default holidays of `year`: {@link statutoryHolidays} plus
 * compensatory days ({@link withCompensatoryDays}). Used for every year that
 * has no official holiday data.
 */
export function defaultHolidays(year: number): Holiday[] {
  return withCompensatoryDays(statutoryHolidays(year));
}
