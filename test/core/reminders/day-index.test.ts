import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../../src/core/time/local-date.js";
import { createDayIndex } from "../../../src/core/reminders/day-index.js";
import { createLocalDays } from "../../../src/core/reminders/local-days.js";
import { at, calendar, TZ } from "./fixtures.js";

describe("working-day index", () => {
  it("agrees with the calendar over 2025–2026, holidays included, and grows on demand", () => {
    const index = createDayIndex(calendar, toDayNumber("2026-02-01"), toDayNumber("2026-02-10"));
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const base = toDayNumber("2025-01-01");
    for (let i = 0; i < 2000; i++) {
      const a = base + rnd(730);
      const b = base + rnd(730);
      const k = 1 + rnd(20);
      const [ia, ib] = [fromDayNumber(a), fromDayNumber(b)];
      expect(index.between(a, b) + 0, `${ia}→${ib}`).toBe(calendar.workingDaysBetween(ia, ib) + 0);
      expect(fromDayNumber(index.after(a, k)), `${ia}+${k}`).toBe(calendar.addWorkingDays(ia, k));
      expect(fromDayNumber(index.before(a, k)), `${ia}-${k}`).toBe(calendar.addWorkingDays(ia, -k));
      expect(index.isWorking(a)).toBe(calendar.isWorkingDay(ia));
      expect(fromDayNumber(index.onOrAfter(a))).toBe(calendar.addWorkingDays(ia, 0));
    }
  });
});

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
