import { describe, expect, it } from "vitest";
import { daysUntilDeadline, isDueSoon, isOverdue } from "../../../src/core/tasks/task-timing.js";

const TZ = "Asia/Ho_Chi_Minh";
/** Local wall time in Vietnam → instant. */
const at = (local: string): Date => new Date(`${local}+07:00`);

describe("daysUntilDeadline counts local calendar days", () => {
  it.each([
    ["2019-06-30T23:59:59.999", "2019-06-30T08:00", 0],
    ["2019-06-30T23:59:59.999", "2019-06-29T23:59", 1],
    ["2019-06-30T23:59:59.999", "2019-07-01T00:00", -1],
    ["2019-07-01T00:30", "2019-06-30T23:30", 1],
    ["2020-03-01T23:59:59.999", "2020-02-28T12:00", 2],
    ["2020-01-01T23:59:59.999", "2019-12-31T23:00", 1],
  ])("deadline %s, now %s → %i", (deadline, now, days) => {
    expect(daysUntilDeadline(at(deadline), at(now), TZ)).toBe(days);
  });

  it("is null without a deadline", () => {
    expect(daysUntilDeadline(null, at("2019-06-30T08:00"), TZ)).toBeNull();
  });

  it("reads the days in the given zone", () => {
    // 2019-06-30T20:00Z is still 30/06 in UTC but already 01/07 in Vietnam.
    const deadline = new Date("2019-07-01T10:00:00Z");
    const now = new Date("2019-06-30T20:00:00Z");
    expect(daysUntilDeadline(deadline, now, TZ)).toBe(0);
    expect(daysUntilDeadline(deadline, now, "UTC")).toBe(1);
  });
});

describe("overdue and due soon", () => {
  const deadline = at("2019-06-30T23:59:59.999");
  it.each([
    ["open", "2019-07-01T00:00", true, false],
    ["open", "2019-06-30T23:59", false, true],
    ["open", "2019-06-23T08:00", false, true],
    ["open", "2019-06-22T08:00", false, false],
    ["done", "2019-07-01T00:00", false, false],
    ["done", "2019-06-29T08:00", false, false],
  ])("%s task at %s: overdue %s, due soon %s", (status, now, overdue, soon) => {
    const task = { status, deadline };
    expect(isOverdue(task, at(now))).toBe(overdue);
    expect(isDueSoon(task, at(now), TZ)).toBe(soon);
  });
});
