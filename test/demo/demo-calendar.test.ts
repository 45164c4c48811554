import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { atLocalTime, dayOf, endOfLocalDay, formatDay, isWorkingDay, localDay, parseDay } from "../../src/demo/calendar.js";
import { generateDemo } from "../../src/demo/generate-demo.js";
import { readAppendices } from "../../src/demo/read-appendices.js";
import { AGENCIES } from "../../src/demo/seed/agencies.js";

describe("demo calendar (Asia/Ho_Chi_Minh day numbers)", () => {
  it.each([
    [1970, 1, 1, 0],
    [2019, 1, 1, 17897],
    [2019, 6, 30, 18077],
    [2020, 2, 29, 18321],
  ])("localDay(%i, %i, %i) = %i", (y, m, d, n) => {
    expect(localDay(y, m, d)).toBe(n);
  });

  it.each([
    ["2019-06-29T16:59:59.999Z", "29/06/2019"],
    ["2019-06-29T17:00:00.000Z", "30/06/2019"],
    ["2019-06-30T16:59:59.999Z", "30/06/2019"],
    ["2019-12-31T17:00:00.000Z", "01/01/2020"],
  ])("dayOf(%s) is %s", (instant, day) => {
    expect(formatDay(dayOf(new Date(instant)))).toBe(day);
  });

  it("places local times and day ends at +07:00", () => {
    const day = localDay(2019, 6, 30);
    expect(atLocalTime(day, 7 * 60 + 30).toISOString()).toBe("2019-06-30T00:30:00.000Z");
    expect(atLocalTime(day, 0).toISOString()).toBe("2019-06-29T17:00:00.000Z");
    expect(endOfLocalDay(day).toISOString()).toBe("2019-06-30T16:59:59.999Z");
  });

  it.each([
    ["30/06/2019", localDay(2019, 6, 30)],
    ["1/7/2019", localDay(2019, 7, 1)],
    ["31/02/2019", null],
    ["00/01/2019", null],
    ["15/13/2019", null],
    ["2019-06-30", null],
  ])("parseDay(%j) = %s", (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    ["2019-02-04", false, "Tết 2019"],
    ["2019-02-11", true, "Monday after Tết"],
    ["2019-04-29", false, "swapped Monday"],
    ["2019-06-29", false, "Saturday"],
    ["2019-07-01", true, "Monday"],
  ])("isWorkingDay(%s) = %s (%s)", (date, working) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    expect(isWorkingDay(localDay(y, m, d))).toBe(working);
  });
});

describe("demo dates", () => {
  it("are exactly those of the 2019 report data set as first generated", () => {
    const data = generateDemo({ ...readAppendices(), agencies: AGENCIES });
    const instants = [
      ...data.documents.map((d) => d.issuedAt.getTime()),
      ...data.tasks.flatMap((t) => [t.assignedAt.getTime(), t.deadline?.getTime() ?? null, t.completedAt?.getTime() ?? null]),
    ];
    expect(createHash("sha256").update(JSON.stringify(instants)).digest("hex")).toBe("c6fa928fb078d6714eea126d0c343167e43297e2307da4bab60620c918a8aea2");
  });
});
