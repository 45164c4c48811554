import { describe, expect, it } from "vitest";
import { categorize, completionRate, countTasks, nextCategoryChange, type CategorizableTask } from "../../../src/core/stats/categorize.js";
import { endOfLocalDay } from "../../../src/core/time/zone.js";

const TZ = "Asia/Ho_Chi_Minh";
/** C: end of 30/06/2019 in Vietnam. */
const C = endOfLocalDay("2019-06-30", TZ);
const at = (iso: string) => new Date(iso);
const deadline = (date: string) => endOfLocalDay(date, TZ);

const task = (over: Partial<CategorizableTask>): CategorizableTask => ({
  assignedAt: at("2019-06-01T08:00:00+07:00"),
  deadline: deadline("2019-06-20"),
  completedAt: null,
  status: "open",
  ...over,
});

describe("categorize", () => {
  it.each([
    ["completed at 23:59 on its deadline day is on time", task({ completedAt: at("2019-06-20T23:59:00+07:00"), status: "done" }), "onTime"],
    ["completed at 00:00 the next day is late", task({ completedAt: at("2019-06-21T00:00:00+07:00"), status: "done" }), "late"],
    ["completed before the deadline is on time", task({ completedAt: at("2019-06-10T10:00:00+07:00"), status: "done" }), "onTime"],
    ["completed with no deadline is on time", task({ deadline: null, completedAt: at("2019-06-25T10:00:00+07:00"), status: "done" }), "onTime"],
    ["completed after C, deadline passed, is overdue at C", task({ completedAt: at("2019-07-01T09:00:00+07:00"), status: "done" }), "overdue"],
    ["completed after C, deadline not passed, is in term at C", task({ deadline: deadline("2019-07-15"), completedAt: at("2019-07-01T09:00:00+07:00"), status: "done" }), "inTerm"],
    ["open with the deadline equal to C is in term", task({ deadline: deadline("2019-06-30") }), "inTerm"],
    ["open with the deadline the day before C is overdue", task({ deadline: deadline("2019-06-29") }), "overdue"],
    ["open with no deadline is in term", task({ deadline: null }), "inTerm"],
    ["open with a later deadline is in term", task({ deadline: deadline("2019-08-01") }), "inTerm"],
    ["completed exactly at C is counted as completed", task({ deadline: deadline("2019-06-30"), completedAt: C, status: "done" }), "onTime"],
    ["assigned after C does not count", task({ assignedAt: at("2019-07-01T00:00:00+07:00") }), null],
    ["assigned exactly at C counts", task({ assignedAt: C, deadline: null }), "inTerm"],
    ["cancelled never counts", task({ status: "cancelled" }), null],
  ])("%s", (_name, t, expected) => {
    expect(categorize(t, C)).toBe(expected);
  });

  it("counts a list and computes the completion rate", () => {
    const counts = countTasks(
      [
        task({ completedAt: at("2019-06-10T10:00:00+07:00"), status: "done" }),
        task({ completedAt: at("2019-06-25T10:00:00+07:00"), status: "done" }),
        task({ deadline: deadline("2019-07-30") }),
        task({}),
        task({ status: "cancelled" }),
      ],
      C,
    );
    expect(counts).toEqual({ total: 4, onTime: 1, late: 1, inTerm: 1, overdue: 1 });
    expect(completionRate(counts)).toBe(0.5);
    expect(completionRate({ total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 })).toBe(0);
  });
});

describe("nextCategoryChange", () => {
  const ms = (d: Date) => new Date(d.getTime() + 1);
  it.each([
    ["an open task in term changes the millisecond after its deadline", task({ deadline: deadline("2019-07-15") }), ms(deadline("2019-07-15"))],
    ["an open task with the deadline equal to C changes the next millisecond", task({ deadline: C }), ms(C)],
    ["an overdue open task never changes by itself", task({}), null],
    ["a standing open task never changes by itself", task({ deadline: null }), null],
    ["a task completed after C changes at its completion", task({ deadline: deadline("2019-07-15"), completedAt: at("2019-07-01T09:00:00+07:00"), status: "done" }), at("2019-07-01T09:00:00+07:00")],
    ["a task assigned after C changes at its assignment", task({ assignedAt: at("2019-07-01T08:30:00+07:00"), deadline: deadline("2019-07-15") }), at("2019-07-01T08:30:00+07:00")],
    ["a task completed before C still names its later deadline (harmlessly early)", task({ deadline: deadline("2019-07-15"), completedAt: at("2019-06-10T10:00:00+07:00"), status: "done" }), ms(deadline("2019-07-15"))],
    ["a cancelled task never changes", task({ status: "cancelled", deadline: deadline("2019-07-15") }), null],
  ])("%s", (_name, t, expected) => {
    expect(nextCategoryChange(t, C)).toEqual(expected);
  });

  it("bounds an interval over which the category stays the one at C, and the category can change at its end", () => {
    const cases = [
      task({ deadline: deadline("2019-07-15") }),
      task({ deadline: deadline("2019-07-15"), completedAt: at("2019-07-01T09:00:00+07:00"), status: "done" }),
      task({ assignedAt: at("2019-07-01T08:30:00+07:00"), deadline: deadline("2019-07-15") }),
    ];
    for (const t of cases) {
      const next = nextCategoryChange(t, C)!;
      for (const c of [C, new Date((C.getTime() + next.getTime()) / 2), new Date(next.getTime() - 1)]) {
        expect(categorize(t, c)).toBe(categorize(t, C));
      }
      expect(categorize(t, next)).not.toBe(categorize(t, C));
    }
  });
});
