import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY_FILE, ladderOf, loadReminderPolicy, parseReminderPolicy, ReminderPolicyError } from "../../../src/core/reminders/policy.js";

const document = () => JSON.parse(readFileSync(DEFAULT_POLICY_FILE, "utf8")) as Record<string, any>;

describe("reminder policy", () => {
  it("ships the documented defaults", () => {
    const p = loadReminderPolicy();
    expect(p.sendWindows).toEqual([{ startMinute: 7 * 60 + 30, endMinute: 17 * 60 }]);
    expect(p.ladders.normal).toMatchObject({ beforeDays: [5, 2, 0], overdueFirst: 1, overdueFirstTo: ["focal", "head"], overdueEvery: 3, overdueTo: ["focal"] });
    expect(p.ladders.normal.escalations).toEqual([
      { level: 3, to: ["head"] },
      { level: 7, to: ["leader"] },
      { level: 15, to: ["inspector"] },
    ]);
    expect(p.ladders.urgent.beforeDays).toEqual([2, 1, 0]);
    expect(p.ladders.flash).toMatchObject({ beforeDays: [1, 0], overdueEvery: 1, ignoreWindow: true });
    expect(p.standing).toEqual({ noUpdateDays: 30, every: 30, to: ["focal"] });
    expect(p.staleAfterDays).toBe(14);
    expect(p.digest.maxChars).toBeLessThanOrEqual(2000);
  });

  it("documents every field of the policy file in config/README.md", () => {
    const readme = readFileSync(new URL("../../../config/README.md", import.meta.url), "utf8");
    const d = document();
    const fields = [
      ...Object.keys(d).filter((k) => k !== "$comment"),
      ...Object.keys(d.ladders.normal),
      ...Object.keys(d.ladders.normal.overdue),
      ...Object.keys(d.standing),
      ...Object.keys(d.digest),
    ];
    for (const field of fields) expect(readme, field).toMatch(new RegExp(`\`(?:[\\w.]+\\.)?${field.replace("$", "\\$")}\``));
  });

  it("sorts rungs and reads an unknown urgency as normal", () => {
    const d = document();
    d.ladders.normal.before.days = [0, 5, 2];
    d.ladders.normal.escalations.reverse();
    const p = parseReminderPolicy(d);
    expect(p.ladders.normal.beforeDays).toEqual([5, 2, 0]);
    expect(p.ladders.normal.escalations.map((e) => e.level)).toEqual([3, 7, 15]);
    expect(ladderOf(p, "khẩn")).toBe(p.ladders.normal);
    expect(ladderOf(p, "flash")).toBe(p.ladders.flash);
  });

  it.each([
    ["a window ending before it starts", (d: any) => (d.sendWindows = [{ start: "17:00", end: "07:30" }]), "sendWindows.0"],
    ["overlapping windows", (d: any) => (d.sendWindows = [{ start: "07:30", end: "12:00" }, { start: "11:00", end: "17:00" }]), "sendWindows.1"],
    ["a bad time", (d: any) => (d.sendWindows = [{ start: "7h30", end: "17:00" }]), "sendWindows.0.start"],
    ["an unknown role", (d: any) => (d.ladders.urgent.before.to = ["secretary"]), "ladders.urgent.before.to.0"],
    ["an unknown field", (d: any) => (d.digest.color = "red"), "digest"],
    ["a repeated escalation level", (d: any) => d.ladders.flash.escalations.push({ level: 1, to: ["head"] }), "ladders.flash.escalations"],
    ["a missing ladder", (d: any) => delete d.ladders.flash, "ladders.flash"],
  ])("rejects %s, naming the field", (_, change, path) => {
    const d = document();
    change(d);
    expect(() => parseReminderPolicy(d, "test.json")).toThrow(ReminderPolicyError);
    try {
      parseReminderPolicy(d, "test.json");
    } catch (error) {
      expect((error as ReminderPolicyError).issues.join("\n")).toContain(path);
    }
  });

  it("reports a missing or malformed file", () => {
    expect(() => loadReminderPolicy("/nonexistent/policy.json")).toThrow(/Invalid reminder policy \/nonexistent\/policy.json/);
  });
});
