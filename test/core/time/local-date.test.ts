import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareLocalDates,
  daysInMonth,
  isLeapYear,
  isLocalDate,
  isoDayOfWeek,
  localDateParts,
  toLocalDate,
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

describe("strict local dates", () => {
  it.each([
    ["2019-06-30", { year: 2019, month: 6, day: 30 }],
    ["2020-02-29", { year: 2020, month: 2, day: 29 }],
  ])("localDateParts(%j)", (s, expected) => {
    expect(localDateParts(s)).toEqual(expected);
    expect(isLocalDate(s)).toBe(true);
  });

  // A typed "0999-01-01" is refused by parseDate (see parse-date.test.ts);
  // as a stored value any year 0001–9999 is a LocalDate.
  it.each([["2019-02-29"], ["2019-13-01"], ["2019-00-10"], ["2019-06-31"], ["2019-6-30"], ["2019-06-30T00:00"]])(
    "localDateParts(%j) throws",
    (s) => {
      expect(() => localDateParts(s)).toThrow(RangeError);
      expect(isLocalDate(s)).toBe(false);
    },
  );

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
