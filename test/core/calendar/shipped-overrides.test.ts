import { describe, expect, it } from "vitest";
import {
  isWeekend,
  loadShippedOverrides,
  solarToLunar,
  statutoryHolidays,
} from "../../../src/core/calendar/index.js";
import { yearOf } from "../../../src/core/time/local-date.js";

const shipped = loadShippedOverrides();

describe.each([2025, 2026])("shipped data for %i", (year) => {
  const rows = shipped.filter((o) => yearOf(o.date) === year);
  const holidays = rows.filter((o) => o.kind === "holiday");
  const workdays = rows.filter((o) => o.kind === "workday");

  it("is present and named", () => {
    expect(holidays.length).toBeGreaterThan(10);
    expect(rows.every((o) => o.name.trim().length > 0)).toBe(true);
  });

  it("makes only weekend days into workdays", () => {
    expect(workdays.length).toBeGreaterThan(0);
    expect(workdays.every((o) => isWeekend(o.date))).toBe(true);
  });

  it("contains every statutory day of Labour Code 2019, art. 112(1), except the default 3/9", () => {
    const official = new Set(holidays.map((o) => o.date));
    const missing = statutoryHolidays(year)
      .filter((h) => !h.name.includes("ngày liền kề") && !h.name.includes("tháng Chạp") && !h.name.includes("mùng 4"))
      .filter((h) => !official.has(h.date));
    expect(missing).toEqual([]);
  });

  // Each of the 11 statutory days yields one weekday off (itself, or a
  // compensatory day when it falls on a weekend, art. 111(3)); each swapped
  // day adds one more, paid back by one make-up workday.
  it("has weekday days off = 11 + one per make-up workday", () => {
    const weekdayOff = holidays.filter((o) => !isWeekend(o.date));
    expect(weekdayOff).toHaveLength(11 + workdays.length);
  });

  it("names Tết days after their true lunar date", () => {
    for (const row of holidays.filter((o) => o.name.startsWith("Tết Nguyên đán"))) {
      const lunar = solarToLunar(row.date);
      const giêng = /mùng (\d) tháng Giêng/.exec(row.name);
      const chạp = /(\d+) tháng Chạp/.exec(row.name);
      if (giêng) expect([lunar.day, lunar.month], row.date).toEqual([Number(giêng[1]), 1]);
      else if (chạp) expect([lunar.day, lunar.month], row.date).toEqual([Number(chạp[1]), 12]);
      else throw new Error(`Tết row without lunar day: ${row.date} ${row.name}`);
    }
  });
});

it("ships only 2025 and 2026 so far", () => {
  expect([...new Set(shipped.map((o) => yearOf(o.date)))]).toEqual([2025, 2026]);
});
