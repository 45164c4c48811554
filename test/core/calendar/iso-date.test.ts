import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  localDate,
  parseIsoDate,
  toDayNumber,
  toIsoDate,
  VN_TIME_ZONE,
  weekday,
} from "../../../src/core/calendar/index.js";

describe("isIsoDate", () => {
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
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([[20250101], [null], [undefined], [new Date(Date.UTC(2025, 0, 1))]])("rejects non-string %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("parseIsoDate / toIsoDate", () => {
  it("round-trips", () => {
    expect(parseIsoDate("2026-02-17")).toEqual({ year: 2026, month: 2, day: 17 });
    expect(toIsoDate(2026, 2, 17)).toBe("2026-02-17");
    expect(toIsoDate(5, 3, 7)).toBe("0005-03-07");
  });

  it.each(["2025-02-31", "nope", "2025/01/01"])("parseIsoDate(%j) throws RangeError", (value) => {
    expect(() => parseIsoDate(value)).toThrow(RangeError);
  });

  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 1.5, 1],
    [10000, 1, 1],
  ])("toIsoDate(%i, %s, %i) throws RangeError", (y, m, d) => {
    expect(() => toIsoDate(y, m, d)).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
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

describe("weekday / isWeekend", () => {
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

  it.each([
    ["2026-01-10", true],
    ["2026-01-11", true],
    ["2026-01-12", false],
    ["2026-01-16", false],
  ])("isWeekend(%s) = %s", (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });

  it("throws on an invalid date", () => {
    expect(() => weekday("2025-02-30")).toThrow(RangeError);
  });
});

describe("localDate", () => {
  it.each([
    ["2024-12-31T16:59:59.999Z", VN_TIME_ZONE, "2024-12-31"],
    ["2024-12-31T17:00:00.000Z", VN_TIME_ZONE, "2025-01-01"],
    ["2025-06-15T00:00:00.000Z", VN_TIME_ZONE, "2025-06-15"],
    ["2024-12-31T17:00:00.000Z", "UTC", "2024-12-31"],
    ["2025-03-09T04:30:00.000Z", "America/New_York", "2025-03-08"],
    ["2025-03-09T07:30:00.000Z", "America/New_York", "2025-03-09"],
    ["2024-02-28T17:00:00.000Z", VN_TIME_ZONE, "2024-02-29"],
  ])("%s in %s is %s", (instant, tz, expected) => {
    expect(localDate(new Date(instant), tz)).toBe(expected);
  });

  it("throws on an unknown time zone or an invalid Date", () => {
    expect(() => localDate(new Date("2025-01-01T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => localDate(new Date("not a date"), VN_TIME_ZONE)).toThrow(RangeError);
  });
});
