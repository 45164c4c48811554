import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isLocalDate,
  isoDayOfWeek,
  localDateParts,
  toDayNumber,
  toLocalDate,
  weekday,
} from "../../../src/core/time/local-date.js";

describe("leap years and month lengths", () => {
  it.each([
    [2019, false],
    [2020, true],
    [1900, false],
    [2000, true],
    [2100, false],
    [2024, true],
  ])("isLeapYear(%i) = %s", (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });

  it.each([
    [2019, 1, 31],
    [2019, 2, 28],
    [2020, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2019, 4, 30],
    [2019, 6, 30],
    [2019, 9, 30],
    [2019, 11, 30],
    [2019, 12, 31],
  ])("daysInMonth(%i, %i) = %i", (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });
});

describe("isLocalDate", () => {
  it.each([
    ["2025-01-01", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["2025-02-29", false],
    ["2025-02-31", false],
    ["1900-02-29", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-01-00", false],
    ["0000-01-01", false],
    ["2025-1-01", false],
    ["20250101", false],
    [" 2025-01-01", false],
    ["2025-01-01T00:00:00Z", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([[20250101], [null], [undefined], [new Date(Date.UTC(2025, 0, 1))]])("rejects non-string %j", (value) => {
    expect(isLocalDate(value)).toBe(false);
  });
});

describe("strict local dates", () => {
  it.each([
    ["2019-06-30", { year: 2019, month: 6, day: 30 }],
    ["2020-02-29", { year: 2020, month: 2, day: 29 }],
    ["2026-02-17", { year: 2026, month: 2, day: 17 }],
  ])("localDateParts(%j)", (s, expected) => {
    expect(localDateParts(s)).toEqual(expected);
    expect(isLocalDate(s)).toBe(true);
  });

  // A typed "0999-01-01" is refused by parseDate (see parse-date.test.ts);
  // as a stored value any year 0001–9999 is a LocalDate.
  it.each([
    ["2019-02-29"],
    ["2019-13-01"],
    ["2019-00-10"],
    ["2019-06-31"],
    ["2019-6-30"],
    ["2019-06-30T00:00"],
    ["2025-02-31"],
    ["nope"],
    ["2025/01/01"],
  ])("localDateParts(%j) throws RangeError", (s) => {
    expect(() => localDateParts(s)).toThrow(RangeError);
    expect(isLocalDate(s)).toBe(false);
  });

  it("toLocalDate pads and rejects impossible dates", () => {
    expect(toLocalDate(2019, 6, 3)).toBe("2019-06-03");
    expect(toLocalDate(2026, 2, 17)).toBe("2026-02-17");
    expect(toLocalDate(5, 3, 7)).toBe("0005-03-07");
    expect(() => toLocalDate(2019, 2, 29)).toThrow(RangeError);
  });

  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 1.5, 1],
    [10000, 1, 1],
  ])("toLocalDate(%i, %s, %i) throws RangeError", (y, m, d) => {
    expect(() => toLocalDate(y, m, d)).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2019-06-30", 1, "2019-07-01"],
    ["2019-12-31", 1, "2020-01-01"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2019-02-28", 1, "2019-03-01"],
    ["2019-03-01", -1, "2019-02-28"],
    ["2019-01-01", -1, "2018-12-31"],
    ["2019-06-15", 0, "2019-06-15"],
    ["2019-06-15", 30, "2019-07-15"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2025-02-28", 1, "2025-03-01"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-01-31", 30, "2025-03-02"],
    ["2025-06-15", 0, "2025-06-15"],
    ["2025-01-01", 365, "2026-01-01"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2026-03-29", 1, "2026-03-30"],
  ])("addDays(%s, %i) = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it("throws on invalid input or out-of-range result", () => {
    expect(() => addDays("2025-02-31", 1)).toThrow(RangeError);
    expect(() => addDays("2025-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("2025-01-01", Number.NaN)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
    expect(() => addDays("0001-01-01", -1)).toThrow(RangeError);
  });

  it("agrees with Date.UTC day arithmetic over 1900–2100", () => {
    const start = Date.UTC(1900, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    for (let ms = start, n = toDayNumber("1900-01-01"); ms <= end; ms += 7 * 86_400_000 + 86_400_000, n += 8) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(iso)).toBe(ms / 86_400_000);
      expect(weekday(iso)).toBe(new Date(ms).getUTCDay());
    }
  });

  it("daysBetween is b - a", () => {
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2026-01-01", "2025-01-01")).toBe(-365);
  });
});

describe("addMonths", () => {
  it.each([
    ["2019-01-31", 1, "2019-02-28"],
    ["2020-01-31", 1, "2020-02-29"],
    ["2019-03-31", -1, "2019-02-28"],
    ["2019-12-15", 1, "2020-01-15"],
    ["2019-01-15", -1, "2018-12-15"],
    ["2019-01-15", -13, "2017-12-15"],
    ["2019-06-30", 12, "2020-06-30"],
  ])("addMonths(%s, %i) = %s", (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });
});

describe("days of the week and order", () => {
  it.each([
    ["1970-01-01", 4],
    ["1969-12-31", 3],
    ["2000-01-01", 6],
    ["2025-01-01", 3],
    ["2025-04-26", 6],
    ["2026-02-17", 2],
    ["2026-04-26", 0],
    ["2026-09-02", 3],
  ])("weekday(%s) = %i", (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });

  it("weekday throws on an invalid date", () => {
    expect(() => weekday("2025-02-30")).toThrow(RangeError);
  });

  it.each([
    ["2019-07-01", 1],
    ["2019-06-30", 7],
    ["2019-06-29", 6],
    ["2020-02-29", 6],
  ])("isoDayOfWeek(%s) = %i", (d, dow) => {
    expect(isoDayOfWeek(d)).toBe(dow);
  });

  it("compares dates", () => {
    expect(compareLocalDates("2019-06-30", "2019-07-01")).toBe(-1);
    expect(compareLocalDates("2019-07-01", "2019-07-01")).toBe(0);
    expect(compareLocalDates("2020-01-01", "2019-12-31")).toBe(1);
  });
});
