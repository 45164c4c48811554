import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareLocalDates,
  daysInMonth,
  isLeapYear,
  isLocalDate,
  isoDayOfWeek,
  monthPeriod,
  monthsPeriod,
  parseLocalDate,
  quarterOfMonth,
  quarterPeriod,
  toLocalDate,
  weekPeriod,
  yearPeriod,
} from "../../../src/core/dates/calendar.js";

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

describe("strict local dates", () => {
  it.each([
    ["2019-06-30", { year: 2019, month: 6, day: 30 }],
    ["2020-02-29", { year: 2020, month: 2, day: 29 }],
    ["2019-02-29", null],
    ["2019-13-01", null],
    ["2019-00-10", null],
    ["2019-06-31", null],
    ["2019-6-30", null],
    ["2019-06-30T00:00", null],
    ["0999-01-01", null],
  ])("parseLocalDate(%j)", (s, expected) => {
    expect(parseLocalDate(s)).toEqual(expected);
    expect(isLocalDate(s)).toBe(expected !== null);
  });

  it("toLocalDate pads and rejects impossible dates", () => {
    expect(toLocalDate(2019, 6, 3)).toBe("2019-06-03");
    expect(() => toLocalDate(2019, 2, 29)).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it.each([
    ["2019-06-30", 1, "2019-07-01"],
    ["2019-12-31", 1, "2020-01-01"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2019-02-28", 1, "2019-03-01"],
    ["2019-03-01", -1, "2019-02-28"],
    ["2019-01-01", -1, "2018-12-31"],
    ["2019-06-15", 0, "2019-06-15"],
    ["2019-06-15", 30, "2019-07-15"],
  ])("addDays(%s, %i) = %s", (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

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

describe("periods", () => {
  it("months", () => {
    expect(monthPeriod(2019, 2)).toEqual({ from: "2019-02-01", to: "2019-02-28" });
    expect(monthPeriod(2020, 2)).toEqual({ from: "2020-02-01", to: "2020-02-29" });
    expect(monthsPeriod(2019, 1, 6)).toEqual({ from: "2019-01-01", to: "2019-06-30" });
  });

  it.each([
    [1, "2019-01-01", "2019-03-31"],
    [2, "2019-04-01", "2019-06-30"],
    [3, "2019-07-01", "2019-09-30"],
    [4, "2019-10-01", "2019-12-31"],
  ])("quarter %i of 2019", (q, from, to) => {
    expect(quarterPeriod(2019, q)).toEqual({ from, to });
  });

  it("rejects impossible quarters", () => {
    expect(() => quarterPeriod(2019, 5)).toThrow(RangeError);
    expect(() => quarterPeriod(2019, 0)).toThrow(RangeError);
  });

  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [12, 4],
  ])("quarterOfMonth(%i) = %i", (m, q) => {
    expect(quarterOfMonth(m)).toBe(q);
  });

  it("years", () => {
    expect(yearPeriod(2019)).toEqual({ from: "2019-01-01", to: "2019-12-31" });
  });

  it.each([
    ["2019-07-01", "2019-07-01", "2019-07-07"], // Monday
    ["2019-07-07", "2019-07-01", "2019-07-07"], // Sunday
    ["2019-06-30", "2019-06-24", "2019-06-30"], // Sunday, end of month
    ["2019-01-01", "2018-12-31", "2019-01-06"], // week across a year boundary
    ["2020-03-01", "2020-02-24", "2020-03-01"], // leap February
  ])("weekPeriod(%s) = %s..%s", (d, from, to) => {
    expect(weekPeriod(d)).toEqual({ from, to });
  });
});
