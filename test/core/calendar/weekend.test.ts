import { describe, expect, it } from "vitest";
import { isWeekend } from "../../../src/core/calendar/index.js";

describe("isWeekend", () => {
  it.each([
    ["2026-01-10", true],
    ["2026-01-11", true],
    ["2026-01-12", false],
    ["2026-01-16", false],
  ])("isWeekend(%s) = %s", (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });
});
