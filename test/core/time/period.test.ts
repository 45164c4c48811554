import { describe, expect, it } from "vitest";
import { monthPeriod, monthsPeriod, quarterOfMonth, quarterPeriod, weekPeriod, yearPeriod } from "../../../src/core/time/period.js";

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
