import { describe, expect, it } from "vitest";
import { formatDateTimeVi, formatDateVi } from "../../../src/core/time/format.js";
import { createLocalDays } from "../../../src/core/time/local-days.js";
import { parseDate } from "../../../src/core/time/parse-date.js";
import { extractPeriodAndAsOf, parsePeriod } from "../../../src/core/time/parse-period.js";
import {
  assertTimeZone,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  wallTimeOf,
  wallTimeToInstant,
  zoneOffsetMs,
} from "../../../src/core/time/zone.js";

/** What a caller that forgot the zone passes at run time (e.g. an unset option). */
const forgotten = undefined as unknown as string;
const instant = new Date("2019-06-30T03:00:00Z");
const wall = { year: 2019, month: 6, day: 30, hour: 10, minute: 0, second: 0, millisecond: 0 };

describe("every conversion needs its time zone: there is no default", () => {
  it.each<[string, () => unknown]>([
    ["assertTimeZone", () => assertTimeZone(forgotten)],
    ["wallTimeOf", () => wallTimeOf(instant, forgotten)],
    ["zoneOffsetMs", () => zoneOffsetMs(instant.getTime(), forgotten)],
    ["wallTimeToInstant", () => wallTimeToInstant(wall, forgotten)],
    ["localDateOf", () => localDateOf(instant, forgotten)],
    ["startOfLocalDay", () => startOfLocalDay("2019-06-30", forgotten)],
    ["endOfLocalDay", () => endOfLocalDay("2019-06-30", forgotten)],
    ["formatDateVi of an instant", () => formatDateVi(instant, forgotten)],
    ["formatDateTimeVi", () => formatDateTimeVi(instant, forgotten)],
    ["parseDate", () => parseDate("30/06/2019", { tz: forgotten })],
    ["parseDate of unreadable text", () => parseDate("abc", { tz: forgotten })],
    ["parsePeriod", () => parsePeriod("quý 2/2019", instant, forgotten)],
    ["extractPeriodAndAsOf", () => extractPeriodAndAsOf("Sở Y tế quý 2/2019", instant, forgotten)],
    ["createLocalDays", () => createLocalDays(forgotten)],
  ])("%s refuses a missing zone", (_name, call) => {
    expect(call).toThrow(RangeError);
  });

  it("refuses an unknown zone", () => {
    expect(() => assertTimeZone("Mars/Olympus")).toThrow(RangeError);
    expect(assertTimeZone("Asia/Ho_Chi_Minh")).toBe("Asia/Ho_Chi_Minh");
  });

  it("does not compile without the zone", () => {
    // Each line is a type error that tsc (npx tsc --noEmit) reports if the zone ever becomes optional again.
    const calls = [
      // @ts-expect-error the zone is required
      () => localDateOf(instant),
      // @ts-expect-error the zone is required
      () => startOfLocalDay("2019-06-30"),
      // @ts-expect-error the zone is required
      () => endOfLocalDay("2019-06-30"),
      // @ts-expect-error the zone is required
      () => wallTimeOf(instant),
      // @ts-expect-error the zone is required
      () => zoneOffsetMs(0),
      // @ts-expect-error the zone is required
      () => wallTimeToInstant(wall),
      // @ts-expect-error an instant needs its zone
      () => formatDateVi(instant),
      // @ts-expect-error the zone is required
      () => formatDateTimeVi(instant),
      // @ts-expect-error the options with the zone are required
      () => parseDate("30/06/2019"),
      // @ts-expect-error the zone is required
      () => parseDate("30/06/2019", { referenceYear: 2019 }),
      // @ts-expect-error the zone is required
      () => parsePeriod("quý 2/2019", instant),
      // @ts-expect-error the zone is required
      () => extractPeriodAndAsOf("quý 2/2019", instant),
    ];
    for (const call of calls) expect(call).toThrow();
  });

  it("formats a plain local date without a zone: a day is a day", () => {
    expect(formatDateVi("2019-06-30")).toBe("30/06/2019");
  });
});
