import { describe, expect, it } from "vitest";
import { planReminders } from "../../../src/core/reminders/plan.js";
import { at, calendar, directory, plan, policy, summary, task, TZ } from "./fixtures.js";

/** [local instant, expected "trigger@due→people"] for one task. */
type Row = [string, string[]];

function table(deadline: string | null, rows: Row[], extra: Parameters<typeof task>[1] = {}, channel?: "digest" | "immediate" | "escalation") {
  const t = task(deadline, extra);
  for (const [local, expected] of rows) {
    expect(summary(plan(t, local), channel), `${deadline} ${extra.urgency ?? "normal"} at ${local}`).toEqual(expected);
  }
}

describe("planReminders: normal ladder (5, 2, 0 working days before; overdue 1 then every 3; escalations 3/7/15)", () => {
  it("reminds exactly 5, 2 and 0 working days before a Friday deadline, and keeps the current rung in between", () => {
    table("2026-03-13", [
      ["2026-03-05T10:00", []],
      ["2026-03-06T07:30", ["before:5@2026-03-06→1,7"]],
      ["2026-03-10T16:00", ["before:5@2026-03-06→1,7"]],
      ["2026-03-11T07:30", ["before:2@2026-03-11→1,7"]],
      ["2026-03-12T10:00", ["before:2@2026-03-11→1,7"]],
      ["2026-03-13T10:00", ["before:0@2026-03-13→1,7"]],
      ["2026-03-13T23:59", ["before:0@2026-03-13→1,7"]],
    ]);
  });

  it("goes over the weekend after a Friday deadline: nothing new on Saturday, overdue:1 on Monday to focal and head", () => {
    table("2026-03-13", [
      ["2026-03-14T10:00", ["before:0@2026-03-13→1,7"]],
      ["2026-03-15T10:00", ["before:0@2026-03-13→1,7"]],
      ["2026-03-16T07:30", ["overdue:1@2026-03-16→1,2,7"]],
      ["2026-03-18T10:00", ["escalation:3@2026-03-18→2,7", "overdue:1@2026-03-16→1,2,7"]],
      ["2026-03-19T10:00", ["escalation:3@2026-03-18→2,7", "overdue:4@2026-03-19→1,7"]],
      ["2026-03-24T10:00", ["escalation:7@2026-03-24→3", "overdue:7@2026-03-24→1,7"]],
      ["2026-04-03T10:00", ["escalation:15@2026-04-03→5", "overdue:13@2026-04-01→1,7"]],
      ["2026-04-10T10:00", ["escalation:15@2026-04-03→5", "overdue:19@2026-04-09→1,7"]],
      // Six working days after the rung: past escalationCatchUpWorkingDays (5), no longer sent.
      ["2026-04-13T10:00", ["overdue:19@2026-04-09→1,7"]],
    ]);
    const saturday = plan(task("2026-03-13"), "2026-03-14T10:00")[0]!;
    expect(saturday).toMatchObject({ state: "overdue", overdueDays: 0, sendable: false });
    expect(saturday.sendAt).toEqual(at("2026-03-16T07:30"));
  });

  it("counts a deadline on a day off from the last working day before it", () => {
    table("2026-03-21", [
      ["2026-03-18T10:00", ["before:2@2026-03-18→1,7"]],
      ["2026-03-20T10:00", ["before:0@2026-03-20→1,7"]],
      ["2026-03-23T10:00", ["overdue:1@2026-03-23→1,2,7"]],
    ]);
  });

  it("skips Tết 2026 (14–22/02): rungs before and after the break land on working days", () => {
    table("2026-02-24", [
      ["2026-02-10T10:00", ["before:5@2026-02-10→1,7"]],
      ["2026-02-13T10:00", ["before:2@2026-02-13→1,7"]],
      ["2026-02-17T10:00", ["before:2@2026-02-13→1,7"]],
      ["2026-02-24T10:00", ["before:0@2026-02-24→1,7"]],
    ]);
    table("2026-02-13", [
      ["2026-02-20T10:00", ["before:0@2026-02-13→1,7"]],
      ["2026-02-23T10:00", ["overdue:1@2026-02-23→1,2,7"]],
      ["2026-02-25T10:00", ["escalation:3@2026-02-25→2,7", "overdue:1@2026-02-23→1,2,7"]],
    ]);
  });

  it("skips Giỗ Tổ (27/04), 30/04 and 01/05/2026", () => {
    table("2026-04-28", [["2026-04-23T10:00", ["before:2@2026-04-23→1,7"]]]);
    table("2026-04-29", [
      ["2026-04-30T10:00", ["before:0@2026-04-29→1,7"]],
      ["2026-05-04T07:30", ["overdue:1@2026-05-04→1,2,7"]],
    ]);
    const holiday = plan(task("2026-04-29"), "2026-04-30T10:00")[0]!;
    expect(holiday.sendable).toBe(false);
    expect(holiday.sendAt).toEqual(at("2026-05-04T07:30"));
  });

  it("sends the leader's escalation to the leaders without an agency when the agency has no leader", () => {
    table("2026-03-13", [["2026-03-24T10:00", ["escalation:7@2026-03-24→4"]]], { agencyId: 20 }, "escalation");
    table("2026-03-13", [["2026-03-24T10:00", ["overdue:7@2026-03-24→6"]]], { agencyId: 20 }, "digest");
  });
});

describe("planReminders: urgent and flash ladders", () => {
  it("urgent: 2, 1, 0 before; overdue 1 then every 2; escalations at 1 (head), 3 (leader), 5 (inspection)", () => {
    table(
      "2026-03-13",
      [
        ["2026-03-11T10:00", ["before:2@2026-03-11→1,7"]],
        ["2026-03-12T10:00", ["before:1@2026-03-12→1,7"]],
        ["2026-03-13T10:00", ["before:0@2026-03-13→1,7"]],
        ["2026-03-16T10:00", ["escalation:1@2026-03-16→2,7", "overdue:1@2026-03-16→1,7"]],
        ["2026-03-18T10:00", ["escalation:3@2026-03-18→3", "overdue:3@2026-03-18→1,7"]],
        ["2026-03-20T10:00", ["escalation:5@2026-03-20→5", "overdue:5@2026-03-20→1,7"]],
      ],
      { urgency: "urgent" },
    );
  });

  it("flash: 1, 0 before; every working day overdue; escalations 1/2/3; sent on its own, outside the window too", () => {
    table(
      "2026-03-13",
      [
        ["2026-03-12T10:00", ["before:1@2026-03-12→1,7"]],
        ["2026-03-16T10:00", ["escalation:1@2026-03-16→2,7", "overdue:1@2026-03-16→1,7"]],
        ["2026-03-17T10:00", ["escalation:2@2026-03-17→3", "overdue:2@2026-03-17→1,7"]],
        ["2026-03-18T10:00", ["escalation:3@2026-03-18→5", "overdue:3@2026-03-18→1,7"]],
      ],
      { urgency: "flash" },
    );
    const t = task("2026-03-13", { urgency: "flash" });
    const evening = plan(t, "2026-03-12T20:00");
    expect(evening.every((o) => o.channel === "immediate" && o.sendable)).toBe(true);
    const saturday = plan(t, "2026-03-14T03:00");
    expect(summary(saturday)).toEqual(["before:0@2026-03-13→1,7"]);
    expect(saturday.every((o) => o.sendable)).toBe(true);
    const early = plan(t, "2026-03-12T06:00");
    expect(early.every((o) => !o.sendable && o.sendAt.getTime() === at("2026-03-12T07:30").getTime())).toBe(true);
  });

  it("treats an unknown urgency as normal", () => {
    table("2026-03-13", [["2026-03-06T10:00", ["before:5@2026-03-06→1,7"]]], { urgency: "whatever" });
  });
});

describe("planReminders: standing tasks, stale flag, closed tasks", () => {
  it("asks a standing task for an update after 30 days without one, then every 30 days, on a working day", () => {
    const assignedAt = at("2026-01-05T08:00");
    table(null, [
      ["2026-02-03T10:00", []],
      ["2026-02-04T10:00", ["standing:30@2026-02-04→1,7"]],
      ["2026-03-06T10:00", ["standing:60@2026-03-06→1,7"]],
      // +90 days is Sunday 05/04: the rung waits for Monday; the 60-day rung is still current.
      ["2026-04-05T10:00", ["standing:60@2026-03-06→1,7"]],
      ["2026-04-06T10:00", ["standing:90@2026-04-06→1,7"]],
    ], { assignedAt });
    table(null, [["2026-03-23T08:00", ["standing:30@2026-03-23→1,7"]]], { assignedAt, lastUpdateAt: at("2026-02-20T09:00") });
    // +30 days falls in Tết: the rung is due on the first working day after it.
    table(null, [
      ["2026-02-17T10:00", []],
      ["2026-02-23T10:00", ["standing:30@2026-02-23→1,7"]],
    ], { assignedAt: at("2026-01-16T08:00") });
  });

  it("flags tasks without an update for 14 days as stale", () => {
    const now = "2026-03-11T10:00";
    const fresh = plan(task("2026-03-13", { lastUpdateAt: new Date(at(now).getTime() - 14 * 86_400_000 + 60_000) }), now)[0]!;
    const stale = plan(task("2026-03-13", { lastUpdateAt: new Date(at(now).getTime() - 14 * 86_400_000) }), now)[0]!;
    expect([fresh.stale, fresh.idleDays]).toEqual([false, 14]);
    expect([stale.stale, stale.idleDays]).toEqual([true, 14]);
  });

  it("never plans completed or cancelled tasks, nor tasks not yet assigned", () => {
    const now = "2026-03-11T10:00";
    expect(plan(task("2026-03-13", { status: "done", completedAt: at("2026-03-10T10:00") }), now)).toEqual([]);
    expect(plan(task("2026-03-13", { status: "cancelled" }), now)).toEqual([]);
    expect(plan(task("2026-03-13", { status: "done", completedAt: null }), now)).toEqual([]);
    expect(plan(task("2026-03-13", { assignedAt: at("2026-03-11T10:01") }), now)).toEqual([]);
    // Completed after the planned instant: still open then (plans for a past instant).
    expect(summary(plan(task("2026-03-13", { status: "done", completedAt: at("2026-03-12T10:00") }), now))).toEqual(["before:2@2026-03-11→1,7"]);
  });

  it("does not send rungs that fell before the task was assigned", () => {
    const t = task("2026-03-13", { assignedAt: at("2026-03-12T09:00") });
    expect(plan(t, "2026-03-12T10:00")).toEqual([]);
    expect(summary(plan(t, "2026-03-13T10:00"))).toEqual(["before:0@2026-03-13→1,7"]);
  });
});

describe("planReminders: send window and snooze", () => {
  const t = task("2026-03-13");
  it.each([
    ["2026-03-11T07:29", false, "2026-03-11T07:30"],
    ["2026-03-11T07:30", true, "2026-03-11T07:30"],
    ["2026-03-11T17:00", true, "2026-03-11T17:00"],
    ["2026-03-11T17:00:59", true, "2026-03-11T17:00:59"],
    ["2026-03-11T17:01", false, "2026-03-12T07:30"],
  ])("at %s sendable=%s, send at %s", (local, sendable, sendAt) => {
    const o = plan(t, local).find((x) => x.personId === 1)!;
    expect(o.trigger).toBe("before:2");
    expect(o.sendable).toBe(sendable);
    expect(o.sendAt).toEqual(at(sendAt));
  });

  it("moves one occurrence for one person until the snooze ends", () => {
    const snoozes = [{ taskId: t.id, personId: 1, trigger: "before:2", until: at("2026-03-12T07:30") }];
    const now = plan(t, "2026-03-11T15:00", snoozes);
    expect(now.find((o) => o.personId === 1)).toMatchObject({ snoozed: true, sendable: false, dueDate: "2026-03-12" });
    expect(now.find((o) => o.personId === 7)).toMatchObject({ snoozed: false, sendable: true, dueDate: "2026-03-11" });
    expect(plan(t, "2026-03-12T07:30", snoozes).find((o) => o.personId === 1)).toMatchObject({ snoozed: true, sendable: true });
    // The next rung is not affected.
    expect(plan(t, "2026-03-13T10:00", snoozes).find((o) => o.personId === 1)).toMatchObject({ trigger: "before:0", snoozed: false });
    // A snooze ending before the rung fell due (an earlier cycle) changes nothing.
    const old = [{ taskId: t.id, personId: 1, trigger: "before:2", until: at("2026-03-01T07:30") }];
    expect(plan(t, "2026-03-11T15:00", old).find((o) => o.personId === 1)).toMatchObject({ snoozed: false, dueDate: "2026-03-11" });
  });

  it("plans many tasks in one call", () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => task(i % 2 ? "2026-03-13" : "2026-03-10"));
    const out = planReminders(tasks, directory, calendar, policy, at("2026-03-11T10:00"), TZ);
    expect(out.filter((o) => o.trigger === "before:2").length).toBe(1000);
    expect(out.filter((o) => o.trigger === "overdue:1").length).toBe(1500);
  });
});
