import { describe, expect, it } from "vitest";
import { formatDateTimeVi, formatDateVi } from "../../../src/core/time/format.js";
import { parseDate } from "../../../src/core/time/parse-date.js";

const TZ = "Asia/Ho_Chi_Minh";

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
    expect(formatDateTimeVi(new Date("2019-06-30T03:00:00Z"), TZ)).toBe("30/06/2019 10:00");
  });

  it("round-trips with parseDate", () => {
    const r = parseDate(formatDateVi("2019-06-30"), { tz: TZ });
    expect(r.ok && r.value.date).toBe("2019-06-30");
  });
});
