import { describe, expect, it } from "vitest";
import { nextSendSlot, sendSlotAt } from "../../../src/core/reminders/send-window.js";
import { parseReminderPolicy } from "../../../src/core/reminders/policy.js";
import { readFileSync } from "node:fs";
import { DEFAULT_POLICY_FILE } from "../../../src/core/reminders/policy.js";
import { at, calendar, policy, TZ } from "./fixtures.js";

describe("send windows (07:30–17:00 on working days)", () => {
  it.each([
    ["2026-03-11T07:29", null],
    ["2026-03-11T07:29:59", null],
    ["2026-03-11T07:30", "2026-03-11:0"],
    ["2026-03-11T12:00", "2026-03-11:0"],
    ["2026-03-11T17:00", "2026-03-11:0"],
    ["2026-03-11T17:00:59.999", "2026-03-11:0"],
    ["2026-03-11T17:01", null],
    ["2026-03-14T10:00", null], // Saturday
    ["2026-03-15T10:00", null], // Sunday
    ["2026-04-30T10:00", null], // 30/4
    ["2026-02-18T10:00", null], // Tết
    ["2026-01-10T10:00", "2026-01-10:0"], // Saturday worked in exchange for 02/01
  ])("%s → %s", (local, expected) => {
    const slot = sendSlotAt(at(local), calendar, policy, TZ);
    expect(slot ? `${slot.date}:${slot.index}` : null).toBe(expected);
  });

  it("finds the next window after the evening, a weekend and a holiday break", () => {
    expect(nextSendSlot(at("2026-03-11T17:01"), calendar, policy, TZ).start).toEqual(at("2026-03-12T07:30"));
    expect(nextSendSlot(at("2026-03-13T20:00"), calendar, policy, TZ).start).toEqual(at("2026-03-16T07:30"));
    expect(nextSendSlot(at("2026-02-13T18:00"), calendar, policy, TZ).start).toEqual(at("2026-02-23T07:30"));
    expect(nextSendSlot(at("2026-03-11T06:00"), calendar, policy, TZ).start).toEqual(at("2026-03-11T07:30"));
    const inside = nextSendSlot(at("2026-03-11T09:00"), calendar, policy, TZ);
    expect([inside.start, inside.end]).toEqual([at("2026-03-11T07:30"), at("2026-03-11T17:01")]);
  });

  it("supports several windows a day, indexed in order", () => {
    const d = JSON.parse(readFileSync(DEFAULT_POLICY_FILE, "utf8"));
    d.sendWindows = [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }];
    const two = parseReminderPolicy(d);
    expect(sendSlotAt(at("2026-03-11T12:00"), calendar, two, TZ)).toBeNull();
    expect(sendSlotAt(at("2026-03-11T14:00"), calendar, two, TZ)?.index).toBe(1);
    expect(nextSendSlot(at("2026-03-11T12:00"), calendar, two, TZ).start).toEqual(at("2026-03-11T13:30"));
  });
});
