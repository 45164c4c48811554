import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../../src/core/time/local-date.js";
import { createDayIndex } from "../../../src/core/reminders/day-index.js";
import { calendar } from "./fixtures.js";

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
