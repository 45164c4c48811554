import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  wallTimeOf,
  wallTimeToInstant,
  zoneOffsetMs,
} from "../../../src/core/time/zone.js";

const TZ = "Asia/Ho_Chi_Minh";

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year, month, day, hour, minute, second: 0, millisecond: 0,
});

describe("zone conversions", () => {
  it("Asia/Ho_Chi_Minh is UTC+7", () => {
    expect(zoneOffsetMs(Date.UTC(2019, 5, 30), TZ)).toBe(7 * 3_600_000);
    expect(wallTimeToInstant(wall(2019, 7, 1), TZ).toISOString()).toBe("2019-06-30T17:00:00.000Z");
  });

  it.each([
    ["2019-06-30T16:59:59.999Z", "2019-06-30"],
    ["2019-06-30T17:00:00.000Z", "2019-07-01"],
    ["2019-06-30T17:30:00Z", "2019-07-01"],
    ["2019-12-31T17:00:00Z", "2020-01-01"],
    ["2020-02-28T17:00:00Z", "2020-02-29"],
  ])("localDateOf(%s) = %s in Vietnam", (iso, date) => {
    expect(localDateOf(new Date(iso), "Asia/Ho_Chi_Minh")).toBe(date);
  });

  it("reads wall time components", () => {
    expect(wallTimeOf(new Date("2019-06-30T17:30:05.123Z"), "Asia/Ho_Chi_Minh")).toEqual({
      year: 2019, month: 7, day: 1, hour: 0, minute: 30, second: 5, millisecond: 123,
    });
    expect(wallTimeOf(new Date("2019-06-30T00:00:00Z"), "UTC").hour).toBe(0);
  });

  it("handles daylight-saving zones", () => {
    const tz = "America/New_York";
    // Summer (EDT, UTC-4) and winter (EST, UTC-5).
    expect(wallTimeToInstant(wall(2019, 7, 1), tz).toISOString()).toBe("2019-07-01T04:00:00.000Z");
    expect(wallTimeToInstant(wall(2019, 1, 1), tz).toISOString()).toBe("2019-01-01T05:00:00.000Z");
    // 02:30 on 10 March 2019 does not exist: lands just after the jump (03:30 EDT).
    expect(wallTimeToInstant(wall(2019, 3, 10, 2, 30), tz).toISOString()).toBe("2019-03-10T07:30:00.000Z");
    // 01:30 on 3 November 2019 happens twice: the earlier (EDT) reading wins.
    expect(wallTimeToInstant(wall(2019, 11, 3, 1, 30), tz).toISOString()).toBe("2019-11-03T05:30:00.000Z");
  });

  it("rejects unknown zones and invalid dates", () => {
    expect(() => localDateOf(new Date(0), "Mars/Olympus")).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), TZ)).toThrow(RangeError);
  });
});

describe("day boundaries", () => {
  it.each([
    ["2019-06-30", "2019-06-29T17:00:00.000Z", "2019-06-30T16:59:59.999Z"],
    ["2020-02-29", "2020-02-28T17:00:00.000Z", "2020-02-29T16:59:59.999Z"],
    ["2019-12-31", "2019-12-30T17:00:00.000Z", "2019-12-31T16:59:59.999Z"],
    ["2019-01-01", "2018-12-31T17:00:00.000Z", "2019-01-01T16:59:59.999Z"],
  ])("%s in Vietnam: %s .. %s", (date, start, end) => {
    expect(startOfLocalDay(date, TZ).toISOString()).toBe(start);
    expect(endOfLocalDay(date, TZ).toISOString()).toBe(end);
    expect(localDateOf(startOfLocalDay(date, TZ), TZ)).toBe(date);
    expect(localDateOf(endOfLocalDay(date, TZ), TZ)).toBe(date);
  });

  it("handles 23- and 25-hour days in DST zones", () => {
    const tz = "America/New_York";
    expect(startOfLocalDay("2019-03-10", tz).toISOString()).toBe("2019-03-10T05:00:00.000Z");
    expect(endOfLocalDay("2019-03-10", tz).toISOString()).toBe("2019-03-11T03:59:59.999Z");
    expect(endOfLocalDay("2019-11-03", tz).toISOString()).toBe("2019-11-04T04:59:59.999Z");
  });

  it("rejects malformed dates", () => {
    expect(() => endOfLocalDay("2019-02-29", TZ)).toThrow(RangeError);
    expect(() => startOfLocalDay("30/06/2019", TZ)).toThrow(RangeError);
  });
});

describe("localDateOf", () => {
  it.each([
    ["2024-12-31T16:59:59.999Z", TZ, "2024-12-31"],
    ["2024-12-31T17:00:00.000Z", TZ, "2025-01-01"],
    ["2025-06-15T00:00:00.000Z", TZ, "2025-06-15"],
    ["2024-12-31T17:00:00.000Z", "UTC", "2024-12-31"],
    ["2025-03-09T04:30:00.000Z", "America/New_York", "2025-03-08"],
    ["2025-03-09T07:30:00.000Z", "America/New_York", "2025-03-09"],
    ["2024-02-28T17:00:00.000Z", TZ, "2024-02-29"],
  ])("%s in %s is %s", (instant, tz, expected) => {
    expect(localDateOf(new Date(instant), tz)).toBe(expected);
  });

  it("throws on an unknown time zone or an invalid Date", () => {
    expect(() => localDateOf(new Date("2025-01-01T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => localDateOf(new Date("not a date"), TZ)).toThrow(RangeError);
  });
});
