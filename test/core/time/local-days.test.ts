import { describe, expect, it } from "vitest";
import { createLocalDays } from "../../../src/core/time/local-days.js";

const TZ = "Asia/Ho_Chi_Minh";
/** Local wall time in Vietnam → instant. */
const at = (local: string): Date => new Date(`${local}+07:00`);

describe("local days", () => {
  it("converts instants to Vietnamese calendar days and back", () => {
    const days = createLocalDays(TZ);
    expect(days.iso(days.dayOf(at("2026-03-11T23:59:59.999")))).toBe("2026-03-11");
    expect(days.iso(days.dayOf(at("2026-03-12T00:00")))).toBe("2026-03-12");
    expect(days.minuteOf(at("2026-03-11T17:00:59"))).toBe(17 * 60);
    expect(days.at(days.dayOfIso("2026-03-11"), 450)).toEqual(at("2026-03-11T07:30"));
  });

  it("follows daylight saving time in zones that have it", () => {
    const days = createLocalDays("Europe/Berlin");
    expect(days.iso(days.dayOf(new Date("2026-03-29T22:30:00Z")))).toBe("2026-03-30");
    expect(days.iso(days.dayOf(new Date("2026-03-28T22:30:00Z")))).toBe("2026-03-28");
    expect(days.at(days.dayOfIso("2026-03-30"), 450)).toEqual(new Date("2026-03-30T05:30:00Z"));
  });
});
