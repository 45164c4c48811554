import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  formatDateTimeVi,
  formatDateVi,
  localDateOf,
  parseDate,
  startOfLocalDay,
} from "../../../src/core/dates/parse-date.js";

const TZ = "Asia/Ho_Chi_Minh";

describe("parseDate: accepted forms", () => {
  it.each([
    // input, date, time, instant (UTC)
    ["30/06/2019", "2019-06-30", null, "2019-06-29T17:00:00.000Z"],
    ["1/7/2019", "2019-07-01", null, "2019-06-30T17:00:00.000Z"],
    ["01/07/2019", "2019-07-01", null, "2019-06-30T17:00:00.000Z"],
    ["30-06-2019", "2019-06-30", null, "2019-06-29T17:00:00.000Z"],
    ["30.06.2019", "2019-06-30", null, "2019-06-29T17:00:00.000Z"],
    ["  30/06/2019  ", "2019-06-30", null, "2019-06-29T17:00:00.000Z"],
    ["29/02/2020", "2020-02-29", null, "2020-02-28T17:00:00.000Z"],
    ["30/06/2019 10:00", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["30/06/2019 9:05", "2019-06-30", "09:05", "2019-06-30T02:05:00.000Z"],
    ["30/06/2019 23:59", "2019-06-30", "23:59", "2019-06-30T16:59:00.000Z"],
    ["30/06/2019 00:00", "2019-06-30", "00:00", "2019-06-29T17:00:00.000Z"],
    ["30/06/2019 10h30", "2019-06-30", "10:30", "2019-06-30T03:30:00.000Z"],
    ["30/06/2019 10:00:30", "2019-06-30", "10:00", "2019-06-30T03:00:30.000Z"],
    ["2019-06-30", "2019-06-30", null, "2019-06-29T17:00:00.000Z"],
    ["2019-06-30T10:00", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["2019-06-30 10:00", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["2019-06-30T10:00:00", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["2019-06-30T10:00:00.250", "2019-06-30", "10:00", "2019-06-30T03:00:00.250Z"],
    ["2019-06-30T10:00:00+07:00", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["2019-06-30T10:00:00+0700", "2019-06-30", "10:00", "2019-06-30T03:00:00.000Z"],
    ["2019-06-30T10:00:00Z", "2019-06-30", "17:00", "2019-06-30T10:00:00.000Z"],
    ["2019-06-30T17:30:00Z", "2019-07-01", "00:30", "2019-06-30T17:30:00.000Z"],
    ["2019-06-30t17:30z", "2019-07-01", "00:30", "2019-06-30T17:30:00.000Z"],
    ["2019-06-30T10:00-05:00", "2019-06-30", "22:00", "2019-06-30T15:00:00.000Z"],
  ])("%j → %s %s", (input, date, time, instant) => {
    const r = parseDate(input, { tz: TZ });
    expect(r).toEqual({ ok: true, value: { date, time, instant: new Date(instant) } });
  });

  it("uses Asia/Ho_Chi_Minh by default", () => {
    const r = parseDate("30/06/2019");
    expect(r.ok && r.value.instant.toISOString()).toBe("2019-06-29T17:00:00.000Z");
  });

  it("reads wall times in the given zone", () => {
    const r = parseDate("30/06/2019 10:00", { tz: "UTC" });
    expect(r.ok && r.value.instant.toISOString()).toBe("2019-06-30T10:00:00.000Z");
  });

  it.each([
    ["30/06", 2019, "2019-06-30"],
    ["1/7", 2019, "2019-07-01"],
    ["29/02", 2020, "2020-02-29"],
    ["30-06", 2019, "2019-06-30"],
  ])("short %j with reference year %i → %s", (input, referenceYear, date) => {
    const r = parseDate(input, { tz: TZ, referenceYear });
    expect(r.ok && r.value.date).toBe(date);
  });
});

describe("parseDate: rejected input", () => {
  it.each([
    ["31/02/2019"],
    ["29/02/2019"],
    ["30/02/2020"],
    ["31/04/2019"],
    ["32/01/2019"],
    ["00/01/2019"],
    ["15/13/2019"],
    ["15/00/2019"],
    ["30/06/2019 24:00"],
    ["30/06/2019 23:60"],
    ["30/06/2019 10:00:60"],
    ["2019-02-29"],
    ["2019-13-01"],
    ["2019-06-31"],
    ["2019-06-30T24:00"],
    ["0999-01-01"],
  ])("%j → invalid_date", (input) => {
    expect(parseDate(input, { tz: TZ })).toEqual({ ok: false, reason: "invalid_date" });
  });

  it.each([
    ["32/01", 2019],
    ["00/01", 2019],
    ["29/02", 2019],
    ["10/13", 2019],
  ])("short %j (year %i) → invalid_date", (input, referenceYear) => {
    expect(parseDate(input, { tz: TZ, referenceYear })).toEqual({ ok: false, reason: "invalid_date" });
  });

  it.each([
    [""],
    ["abc"],
    ["30/06"], // short form needs a reference year
    ["30/06/19"],
    ["30/06-2019"],
    ["6/2019"],
    ["2019"],
    ["2019/06/30"],
    ["2019-6-30"],
    ["30/06/2019 10"],
    ["30/06/2019T10:00"],
    ["2019-06-30T10"],
    ["2019-06-30T10:00+25:00"],
    ["2019-06-30Z"],
    ["30 / 06 / 2019"],
    ["ngày 30/06/2019"],
  ])("%j → format", (input) => {
    expect(parseDate(input, { tz: TZ })).toEqual({ ok: false, reason: "format" });
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

describe("formatting", () => {
  it.each([
    [new Date("2019-06-30T03:00:00Z"), "30/06/2019"],
    [new Date("2019-06-30T16:59:59.999Z"), "30/06/2019"],
    [new Date("2019-06-30T17:00:00Z"), "01/07/2019"],
    ["2019-06-30", "30/06/2019"],
    ["2019-07-01", "01/07/2019"],
  ])("formatDateVi(%s) = %s", (value, expected) => {
    expect(formatDateVi(value, TZ)).toBe(expected);
  });

  it("formats date and time", () => {
    expect(formatDateTimeVi(new Date("2019-06-30T17:05:00Z"), TZ)).toBe("01/07/2019 00:05");
    expect(formatDateTimeVi(new Date("2019-06-30T03:00:00Z"))).toBe("30/06/2019 10:00");
  });

  it("round-trips with parseDate", () => {
    const r = parseDate(formatDateVi("2019-06-30"), { tz: TZ });
    expect(r.ok && r.value.date).toBe("2019-06-30");
  });
});
