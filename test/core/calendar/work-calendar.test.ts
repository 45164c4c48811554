import { describe, expect, it } from "vitest";
import {
  createWorkCalendar,
  loadShippedOverrides,
  type CalendarOverride,
} from "../../../src/core/calendar/index.js";
import { addDays } from "../../../src/core/time/local-date.js";

const official = createWorkCalendar(loadShippedOverrides());
const computedOnly = createWorkCalendar([]);

describe("isWorkingDay", () => {
  it.each([
    // Ordinary weeks (no data needed).
    ["2025-03-07", true, "Friday"],
    ["2025-03-08", false, "Saturday"],
    ["2025-03-09", false, "Sunday"],
    ["2025-03-10", true, "Monday"],
    // 2025, official data.
    ["2025-01-01", false, "Tết Dương lịch"],
    ["2025-01-24", true, "Friday before Tết"],
    ["2025-01-27", false, "Tết Ất Tỵ, 28 tháng Chạp"],
    ["2025-01-31", false, "Tết Ất Tỵ, mùng 3"],
    ["2025-02-03", true, "Monday after Tết (the computed default would be a compensatory day)"],
    ["2025-04-07", false, "Giỗ Tổ"],
    ["2025-04-26", true, "make-up Saturday"],
    ["2025-04-30", false, "Ngày Chiến thắng"],
    ["2025-05-02", false, "swapped Friday"],
    ["2025-05-05", true, "Monday after the break"],
    ["2025-09-01", false, "National Day, adjacent day"],
    ["2025-09-02", false, "National Day"],
    ["2025-09-03", true, "3/9 is worked in 2025 (official data replaces the default)"],
    // 2026, official data.
    ["2025-12-31", true, "last day of 2025"],
    ["2026-01-01", false, "Tết Dương lịch"],
    ["2026-01-02", false, "swapped Friday"],
    ["2026-01-10", true, "make-up Saturday"],
    ["2026-01-11", false, "ordinary Sunday"],
    ["2026-02-13", true, "Friday before Tết"],
    ["2026-02-16", false, "Tết Bính Ngọ, 29 tháng Chạp"],
    ["2026-02-20", false, "Tết Bính Ngọ, mùng 4"],
    ["2026-02-23", true, "Monday after Tết"],
    ["2026-04-26", false, "Giỗ Tổ on Sunday"],
    ["2026-04-27", false, "compensatory Monday"],
    ["2026-04-28", true, "Tuesday"],
    ["2026-04-30", false, "Ngày Chiến thắng"],
    ["2026-05-01", false, "Ngày Quốc tế Lao động"],
    ["2026-08-22", true, "make-up Saturday"],
    ["2026-08-31", false, "swapped Monday"],
    ["2026-09-01", false, "National Day, adjacent day"],
    ["2026-09-02", false, "National Day"],
    ["2026-09-03", true, "Thursday after National Day"],
    // 2027 has no data: computed defaults apply.
    ["2027-01-01", false, "Tết Dương lịch (computed)"],
    ["2027-09-03", false, "default adjacent National Day (computed)"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(official.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2019-02-04", false],
    ["2019-02-08", false],
    ["2019-02-11", true],
    ["2019-04-15", false], // compensatory day for Giỗ Tổ on Sunday 14/4
    ["2019-04-29", true], // officially swapped in 2019, but no data is given here
    ["2019-09-03", false],
  ])("computed defaults: %s → %s", (date, expected) => {
    expect(computedOnly.isWorkingDay(date)).toBe(expected);
  });
});

describe("holidayName", () => {
  it.each([
    ["2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)"],
    ["2026-02-14", "Tết Nguyên đán Bính Ngọ (27 tháng Chạp)"],
    ["2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"],
    ["2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04/2025)"],
    ["2026-01-10", null], // make-up Saturday
    ["2026-01-11", null], // ordinary Sunday
    ["2026-03-03", null], // ordinary Tuesday
    ["2027-01-01", "Tết Dương lịch"],
  ])("%s → %j", (date, expected) => {
    expect(official.holidayName(date)).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it.each([
    // plain weeks
    ["2025-03-03", 1, "2025-03-04"],
    ["2025-03-07", 1, "2025-03-10"],
    ["2025-03-08", 1, "2025-03-10"],
    ["2025-03-03", 5, "2025-03-10"],
    ["2025-03-10", -1, "2025-03-07"],
    ["2025-03-09", -1, "2025-03-07"],
    ["2025-03-10", -5, "2025-03-03"],
    // n = 0
    ["2025-03-07", 0, "2025-03-07"],
    ["2025-03-08", 0, "2025-03-10"],
    ["2026-02-17", 0, "2026-02-23"],
    // across Tết Bính Ngọ
    ["2026-02-13", 1, "2026-02-23"],
    ["2026-02-12", 3, "2026-02-24"],
    ["2026-02-23", -1, "2026-02-13"],
    ["2026-02-18", 1, "2026-02-23"],
    ["2026-02-18", -1, "2026-02-13"],
    // make-up Saturday counts as a working day
    ["2026-01-09", 1, "2026-01-10"],
    ["2026-01-10", 1, "2026-01-12"],
    ["2025-04-25", 1, "2025-04-26"],
    // year boundary, Tết Dương lịch 2026 break
    ["2025-12-31", 1, "2026-01-05"],
    ["2026-01-05", -1, "2025-12-31"],
    ["2025-12-29", 5, "2026-01-07"],
    // 30/4 – 1/5 with compensatory day (2026)
    ["2026-04-24", 1, "2026-04-28"],
    ["2026-04-24", 3, "2026-05-04"],
    // computed default years
    ["2027-12-31", 1, "2028-01-04"],
  ])("addWorkingDays(%s, %i) = %s", (date, n, expected) => {
    expect(official.addWorkingDays(date, n)).toBe(expected);
  });

  it("is the inverse of workingDaysBetween", () => {
    for (let start = "2025-12-20"; start <= "2026-03-10"; start = addDays(start, 1)) {
      for (let n = 1; n <= 25; n++) {
        const forward = official.addWorkingDays(start, n);
        expect(official.workingDaysBetween(start, forward)).toBe(n);
        if (official.isWorkingDay(start)) {
          expect(official.workingDaysBetween(start, official.addWorkingDays(start, -n))).toBe(-n);
        }
      }
    }
  });
});

describe("nextWorkingDay / previousWorkingDay", () => {
  it.each([
    ["2026-02-13", "2026-02-23", "2026-02-12"],
    ["2026-02-14", "2026-02-23", "2026-02-13"],
    ["2026-01-09", "2026-01-10", "2026-01-08"],
    ["2026-01-05", "2026-01-06", "2025-12-31"],
  ])("%s: next %s, previous %s", (date, next, previous) => {
    expect(official.nextWorkingDay(date)).toBe(next);
    expect(official.previousWorkingDay(date)).toBe(previous);
  });
});

describe("workingDaysBetween — counts working days in (a, b]", () => {
  it.each([
    ["2025-03-03", "2025-03-03", 0, "same day"],
    ["2025-03-03", "2025-03-07", 4, "Monday → Friday"],
    ["2025-03-07", "2025-03-03", -4, "Friday → Monday, backwards"],
    ["2025-03-07", "2025-03-10", 1, "Friday → Monday"],
    ["2025-03-08", "2025-03-09", 0, "Saturday → Sunday"],
    ["2025-03-07", "2025-03-09", 0, "end on a weekend"],
    ["2025-03-08", "2025-03-10", 1, "start on a weekend"],
    ["2026-02-13", "2026-02-23", 1, "across Tết"],
    ["2026-02-10", "2026-02-27", 8, "Tết inside the range"],
    ["2026-02-13", "2026-02-25", 3, "3 working days overdue after Tết"],
    ["2026-04-24", "2026-05-08", 7, "Giỗ Tổ compensatory day, 30/4 and 1/5"],
    ["2025-12-30", "2026-01-06", 3, "year boundary"],
    ["2026-01-06", "2025-12-30", -3, "year boundary, backwards"],
    ["2026-01-09", "2026-01-12", 2, "make-up Saturday counts"],
    // 261 weekdays − 12 weekday days off + 1 make-up Saturday
    ["2025-01-01", "2025-12-31", 250, "whole of 2025 (official data)"],
  ])("(%s, %s] = %i — %s", (a, b, expected) => {
    expect(official.workingDaysBetween(a, b)).toBe(expected);
  });
});

describe("holidaysOfYear / specialWorkdaysOfYear", () => {
  it("returns the official list for a year with data", () => {
    const list = official.holidaysOfYear(2026);
    expect(list).toHaveLength(22);
    expect(list.every((h) => h.source === "official")).toBe(true);
    expect(list[0]).toEqual({ date: "2026-01-01", name: "Tết Dương lịch", source: "official" });
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
  });

  it("returns the computed list (with compensatory days) otherwise", () => {
    const list = official.holidaysOfYear(2019);
    expect(list.map((h) => h.date)).toEqual([
      "2019-01-01",
      "2019-02-04",
      "2019-02-05",
      "2019-02-06",
      "2019-02-07",
      "2019-02-08",
      "2019-04-14",
      "2019-04-15",
      "2019-04-30",
      "2019-05-01",
      "2019-09-02",
      "2019-09-03",
    ]);
    expect(list.every((h) => h.source === "computed")).toBe(true);
  });

  it("lists make-up workdays", () => {
    expect(official.specialWorkdaysOfYear(2025).map((d) => d.date)).toEqual(["2025-04-26"]);
    expect(official.specialWorkdaysOfYear(2026).map((d) => d.date)).toEqual(["2026-01-10", "2026-08-22"]);
    expect(official.specialWorkdaysOfYear(2027)).toEqual([]);
  });
});

describe("override semantics", () => {
  const holiday = (date: string, name = "Nghỉ"): CalendarOverride => ({ date, kind: "holiday", name });
  const workday = (date: string, name = "Làm bù"): CalendarOverride => ({ date, kind: "workday", name });

  it("holiday overrides replace the year's computed holidays entirely", () => {
    const calendar = createWorkCalendar([holiday("2019-04-29", "Nghỉ hoán đổi")]);
    expect(calendar.isWorkingDay("2019-04-29")).toBe(false);
    expect(calendar.isWorkingDay("2019-04-30")).toBe(true); // not listed → working day
    expect(calendar.holidaysOfYear(2019).map((h) => h.date)).toEqual(["2019-04-29"]);
    expect(calendar.isWorkingDay("2020-01-01")).toBe(false); // other years keep the defaults
  });

  it("workday-only data keeps the computed holidays", () => {
    const calendar = createWorkCalendar([workday("2019-05-04")]);
    expect(calendar.isWorkingDay("2019-05-04")).toBe(true);
    expect(calendar.isWorkingDay("2019-04-30")).toBe(false);
  });

  it("a workday override wins over a holiday on the same day", () => {
    const calendar = createWorkCalendar([workday("2019-04-30")]);
    expect(calendar.isWorkingDay("2019-04-30")).toBe(true);
    expect(calendar.holidayName("2019-04-30")).toBeNull();
    expect(calendar.holidaysOfYear(2019).map((h) => h.date)).not.toContain("2019-04-30");
  });

  it.each([
    [[holiday("2025-02-31")], "invalid date"],
    [[{ date: "2025-01-01", kind: "off", name: "x" } as unknown as CalendarOverride], "unknown kind"],
    [[holiday("2025-01-01"), workday("2025-01-01")], "duplicate date"],
  ])("rejects bad data: %#", (overrides) => {
    expect(() => createWorkCalendar(overrides)).toThrow(RangeError);
  });

  it("gives up when data leaves no working day for a long time", () => {
    const overrides: CalendarOverride[] = [];
    for (let d = "2030-03-01"; d <= "2030-06-30"; d = addDays(d, 1)) overrides.push(holiday(d));
    const calendar = createWorkCalendar(overrides);
    expect(() => calendar.nextWorkingDay("2030-03-01")).toThrow(RangeError);
  });
});

describe("invalid input throws RangeError", () => {
  it.each([
    ["isWorkingDay", () => official.isWorkingDay("2025-02-31")],
    ["holidayName", () => official.holidayName("20250101")],
    ["addWorkingDays date", () => official.addWorkingDays("2025-13-01", 1)],
    ["addWorkingDays n", () => official.addWorkingDays("2025-01-02", 1.5)],
    ["addWorkingDays NaN", () => official.addWorkingDays("2025-01-02", Number.NaN)],
    ["workingDaysBetween a", () => official.workingDaysBetween("x", "2025-01-02")],
    ["workingDaysBetween b", () => official.workingDaysBetween("2025-01-02", "2025-1-3")],
    ["nextWorkingDay", () => official.nextWorkingDay("")],
    ["previousWorkingDay", () => official.previousWorkingDay("2025-02-29")],
    ["holidaysOfYear", () => official.holidaysOfYear(2025.5)],
    ["holidaysOfYear out of lunar range", () => official.holidaysOfYear(1800)],
    ["specialWorkdaysOfYear", () => official.specialWorkdaysOfYear(0)],
  ])("%s", (_label, call) => {
    expect(call).toThrow(RangeError);
  });
});
