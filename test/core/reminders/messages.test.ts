import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../src/i18n/translator.js";
import { compareDigestOccurrences, renderDigest } from "../../../src/core/reminders/digest.js";
import { renderEscalation } from "../../../src/core/reminders/escalation-message.js";
import { bind, type ReminderTaskDetails } from "../../../src/core/reminders/task-text.js";
import { buildReminderRows, outboxKeysToCheck, selectDue, taskIdsToDescribe, type SlotContext } from "../../../src/core/reminders/rows.js";
import { createLocalDays } from "../../../src/core/time/local-days.js";
import { createDayIndex } from "../../../src/core/reminders/day-index.js";
import { sendSlotAt } from "../../../src/core/reminders/send-window.js";
import { planReminders, type ReminderTask } from "../../../src/core/reminders/plan.js";
import { DEFAULT_POLICY_FILE, parseReminderPolicy } from "../../../src/core/reminders/policy.js";
import { readFileSync } from "node:fs";
import { at, calendar, directory, plan, policy, task, TZ } from "./fixtures.js";

const translator = createTranslator();
const vi = bind(translator, "vi");

function details(t: ReminderTask, extra: Partial<ReminderTaskDetails> = {}): ReminderTaskDetails {
  return { id: t.id, code: `NV-${String(t.id).padStart(4, "0")}`, title: `Nhiệm vụ số ${t.id}`, confidential: false, agencyName: "Sở Y tế", assignedAt: t.assignedAt, ...extra };
}

/** Person 1's digest occurrences of `tasks` at `local`, in display order, and the tasks' details. */
function items(tasks: ReminderTask[], local: string, extra: (t: ReminderTask) => Partial<ReminderTaskDetails> = () => ({})) {
  const ordered = tasks
    .flatMap((t) => plan(t, local).filter((o) => o.personId === 1 && o.channel === "digest"))
    .sort(compareDigestOccurrences);
  return [ordered, new Map(tasks.map((t) => [t.id, details(t, extra(t))]))] as const;
}

describe("digest", () => {
  it("groups overdue, due today, due soon and standing tasks, with buttons per task", () => {
    const recent = { lastUpdateAt: at("2026-03-09T09:00") };
    const tasks = [task("2026-03-16", recent), task("2026-03-11", recent), task("2026-03-10", { lastUpdateAt: at("2026-02-20T09:00") }), task(null, { assignedAt: at("2026-02-09T08:00") })];
    const [soon, today, overdue, standing] = tasks.map((t) => details(t));
    const message = renderDigest(...items(tasks, "2026-03-11T07:30"), "2026-03-11", policy, vi);
    expect(message.text).toBe(
      [
        "📋 Nhắc việc ngày 11/03/2026: 4 nhiệm vụ cần chú ý",
        "",
        "⚠️ Quá hạn (1):",
        `1. ${overdue!.code} — ${overdue!.title} · hạn 10/03/2026, quá hạn 1 ngày làm việc · 🕸 19 ngày chưa cập nhật`,
        "",
        "⏰ Đến hạn hôm nay (1):",
        `2. ${today!.code} — ${today!.title} · hạn hôm nay (11/03/2026)`,
        "",
        "🔜 Sắp đến hạn (1):",
        `3. ${soon!.code} — ${soon!.title} · hạn 16/03/2026, còn 3 ngày làm việc`,
        "",
        "📝 Nhiệm vụ thường xuyên cần báo cáo tiến độ (1):",
        `4. ${standing!.code} — ${standing!.title} · nhiệm vụ thường xuyên, 30 ngày chưa báo cáo tiến độ`,
      ].join("\n"),
    );
    expect(message.buttons).toHaveLength(8);
    expect(message.buttons![0]!.map((b) => [b.label, b.action])).toEqual([
      ["1. ✅ Đã hoàn thành", `done:${overdue!.id}`],
      ["1. 📝 Cập nhật", `upd:${overdue!.id}`],
      ["1. ⏳ Xin gia hạn", `ext:${overdue!.id}`],
    ]);
    expect(message.buttons![1]!.map((b) => b.action)).toEqual([`ack:${overdue!.id}`, `snz:${overdue!.id}:overdue:1`]);
    expect(message.buttons![7]!.map((b) => b.action)).toEqual([`ack:${standing!.id}`, `snz:${standing!.id}:standing:30`]);
    expect(message.taskId).toBeUndefined();
  });

  it("never shows the title of a confidential task", () => {
    const t = task("2026-03-13");
    const message = renderDigest(...items([t], "2026-03-11T10:00", () => ({ confidential: true, title: "Bí mật" })), "2026-03-11", policy, vi);
    expect(message.text).toContain("nội dung mật");
    expect(message.text).not.toContain("Bí mật");
    expect(message.taskId).toBe(t.id);
  });

  it("stays under 2,000 characters: caps the list, says how many more, and gives buttons to the first five only", () => {
    const tasks = Array.from({ length: 60 }, (_, i) => task(i % 2 ? "2026-03-10" : "2026-03-13"));
    const long = (t: ReminderTask) => ({ title: `Tham mưu UBND tỉnh ban hành kế hoạch triển khai nhiệm vụ số ${t.id} về chuyển đổi số` });
    const message = renderDigest(...items(tasks, "2026-03-11T10:00", long), "2026-03-11", policy, vi);
    expect(message.text.length).toBeLessThanOrEqual(2000);
    const shown = message.text.split("\n").filter((l) => /^\d+\. /.test(l)).length;
    expect(shown).toBeGreaterThan(5);
    expect(message.text).toContain(`… và ${60 - shown} nhiệm vụ khác — xem /nhiemvu`);
    expect(message.text).toContain("Các nút bấm dành cho 5 nhiệm vụ đầu");
    expect(message.text).toContain("⚠️ Quá hạn (30):");
    expect(message.buttons).toHaveLength(10);
    for (const row of message.buttons!) for (const b of row) expect(Buffer.byteLength(b.action)).toBeLessThanOrEqual(64);
  });

  it("is written in the recipient's language", () => {
    const message = renderDigest(...items([task("2026-03-13")], "2026-03-11T10:00"), "2026-03-11", policy, bind(translator, "en"));
    expect(message.text).toContain("Reminders for 11/03/2026: 1 task needs attention");
    expect(message.text).toContain("due 13/03/2026, 2 working days left");
  });
});

describe("escalation message", () => {
  const t = task("2026-03-13");
  const o = plan(t, "2026-03-24T10:00").find((x) => x.channel === "escalation")!;

  it("names the task, the agency, how overdue it is since when, and the last update", () => {
    const message = renderEscalation(o, details(t), { at: at("2026-03-20T09:00"), text: "Đã trình dự thảo lần 2" }, policy, TZ, vi);
    expect(message.text).toBe(
      [
        "🚨 Nhiệm vụ quá hạn 7 ngày làm việc — đề nghị chỉ đạo, đôn đốc",
        `Nhiệm vụ ${details(t).code}: ${details(t).title}`,
        "Cơ quan chủ trì: Sở Y tế",
        "Hạn xử lý 13/03/2026; quá hạn 7 ngày làm việc (từ ngày 14/03/2026).",
        "Cập nhật gần nhất ngày 20/03/2026: “Đã trình dự thảo lần 2”",
        "Anh/chị nhận thông báo này với vai trò lãnh đạo UBND tỉnh phụ trách.",
      ].join("\n"),
    );
    expect(message.taskId).toBe(t.id);
  });

  it("hides the title and the update text of a confidential task", () => {
    const message = renderEscalation(o, details(t, { confidential: true, title: "Bí mật" }), { at: at("2026-03-20T09:00"), text: "chi tiết mật" }, policy, TZ, vi);
    expect(message.text).toContain(`Nhiệm vụ ${details(t).code}: nội dung mật`);
    expect(message.text).not.toMatch(/Bí mật|chi tiết mật/);
    expect(message.text).toContain("Cập nhật gần nhất ngày 20/03/2026 (nội dung mật).");
    const none = renderEscalation(o, details(t), undefined, policy, TZ, vi);
    expect(none.text).toContain("Chưa có báo cáo tiến độ nào từ khi giao nhiệm vụ ngày 01/12/2025.");
  });
});

describe("rows: one digest per window, nothing twice", () => {
  const days = createLocalDays(TZ);
  const index = createDayIndex(calendar, days.dayOfIso("2026-01-01"), days.dayOfIso("2026-12-31"));
  const isWorking = (d: number) => index.isWorking(d);
  const tasks = [task("2026-03-13"), task("2026-03-10")];

  function rowsAt(local: string, existing: string[], p = policy) {
    const now = at(local);
    const occurrences = planReminders(tasks, directory, calendar, p, now, TZ, [], { days, index });
    const slot = sendSlotAt(now, isWorking, p, TZ, days);
    const ctx: SlotContext = { days, policy: p, isWorking, slotCache: new Map() };
    const sendable = occurrences.filter((o) => o.sendable);
    const keys = outboxKeysToCheck(sendable, slot, ctx);
    const selection = selectDue(sendable, slot, new Set(existing), ctx);
    const described = new Set(taskIdsToDescribe(selection, p));
    const rows = buildReminderRows(selection, {
      now,
      timeZone: TZ,
      policy: p,
      slot,
      translator,
      tasks: new Map(tasks.filter((t) => described.has(t.id)).map((t) => [t.id, details(t)])),
      people: directory.people,
      lastUpdates: new Map(),
    });
    return { keys, rows };
  }

  it("asks the outbox about every window from the earliest due one, and builds one digest per recipient in display order", () => {
    const { keys, rows } = rowsAt("2026-03-12T09:00", []);
    // Person 1: before:2 of the first task fell due on 11/03, overdue:1 of the second on 11/03.
    expect(keys.filter((k) => k.startsWith("digest:1:"))).toEqual(["digest:1:2026-03-11:0", "digest:1:2026-03-12:0"]);
    expect(rows.map((r) => `${r.dedupeKey} ${r.occurrences.map((o) => `${o.taskId}:${o.trigger}`).join(",")}`)).toEqual([
      `digest:1:2026-03-12:0 ${tasks[1]!.id}:overdue:1,${tasks[0]!.id}:before:2`,
      `digest:2:2026-03-12:0 ${tasks[1]!.id}:overdue:1`,
      `digest:7:2026-03-12:0 ${tasks[1]!.id}:overdue:1,${tasks[0]!.id}:before:2`,
    ]);
  });

  it("leaves out what an earlier digest carried, and everything once today's digest exists", () => {
    expect(rowsAt("2026-03-12T09:00", ["digest:1:2026-03-11:0"]).rows.map((r) => r.dedupeKey)).toEqual(["digest:2:2026-03-12:0", "digest:7:2026-03-12:0"]);
    expect(rowsAt("2026-03-12T09:00", ["digest:1:2026-03-12:0", "digest:2:2026-03-11:0"]).rows.map((r) => r.dedupeKey)).toEqual(["digest:7:2026-03-12:0"]);
    // A digest from before the rung fell due proves nothing.
    expect(rowsAt("2026-03-12T09:00", ["digest:2:2026-03-10:0"]).rows.map((r) => r.dedupeKey)).toContain("digest:2:2026-03-12:0");
  });

  it("builds nothing for digests outside the window", () => {
    expect(rowsAt("2026-03-12T18:00", []).rows).toEqual([]);
  });

  it("uses the window index in keys when there are several windows", () => {
    const two = parseReminderPolicy({
      ...(JSON.parse(readFileSync(DEFAULT_POLICY_FILE, "utf8")) as object),
      sendWindows: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }],
    });
    const { rows } = rowsAt("2026-03-11T14:00", ["digest:1:2026-03-11:0"], two);
    expect(rows.map((r) => r.dedupeKey)).toEqual(["digest:2:2026-03-11:1", "digest:7:2026-03-11:1"]);
  });
});
