import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWorkCalendar, loadShippedOverrides } from "../../src/core/calendar/index.js";
import { createDb } from "../../src/db/connect.js";
import { planReminderRows, sweepReminders } from "../../src/core/reminders/sweep.js";
import { snoozeReminder } from "../../src/core/reminders/snooze.js";
import { AppError } from "../../src/core/errors.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";
import { at, depsAt, outboxKeys, seedFixture, type Fixture } from "./fixture.js";

const policy = shippedPolicy;
const calendar = createWorkCalendar(loadShippedOverrides());

describe.each(providers)("sweepReminders on %s", (provider) => {
  let database: TestDatabase;
  let f: Fixture;
  const sweep = (local: string) => sweepReminders(depsAt(database.db, local), { now: at(local), policy, calendar });
  const payload = async (key: string) => {
    const row = await database.db.outboxMessage.findUnique({ where: { dedupeKey: key } });
    return row && { ...row, message: JSON.parse(row.payload) as { text: string; buttons?: { label: string; action: string }[][]; taskId?: number } };
  };
  const codesOf = (text: string) => [...text.matchAll(/^\d+\. (NV-\d{4}-\d{4}) /gm)].map((m) => m[1]);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await seedFixture(database.db);
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    await database.db.outboxMessage.deleteMany();
    await database.db.taskSnooze.deleteMany();
  });

  const keysAt11 = () => {
    const { people: p, tasks: t } = f;
    return [
      `digest:${p.fA}:2026-03-11:0`,
      `digest:${p.fB}:2026-03-11:0`,
      `digest:${p.hA}:2026-03-11:0`,
      `escalation:${t.T4}:3:${p.hA}`,
      `escalation:${t.T7}:7:${p.lA}`,
      `escalation:${t.T8}:7:${p.L0}`,
      `escalation:${t.T9}:15:${p.I}`,
      `remind:${t.T10}:before:1:${p.fA}:2026-03-11`,
    ].sort();
  };

  it("enqueues one digest per recipient, the escalations and the flash reminder, with exact texts", async () => {
    const result = await sweep("2026-03-11T10:00");
    expect(await outboxKeys(database.db)).toEqual(keysAt11());
    expect(result.created).toEqual({ digest: 3, escalation: 4, reminder: 1 });
    expect(result.existing).toBe(0);

    const digest = (await payload(`digest:${f.people.fA}:2026-03-11:0`))!;
    expect(digest).toMatchObject({ kind: "digest", personId: f.people.fA, status: "pending", taskId: null });
    expect(digest.nextAttemptAt).toEqual(at("2026-03-11T10:00"));
    expect(digest.message.text).toBe(
      [
        "📋 Nhắc việc ngày 11/03/2026: 5 nhiệm vụ cần chú ý",
        "",
        "⚠️ Quá hạn (4):",
        "1. NV-2026-0009 — Nhiệm vụ thử số 9 · hạn 10/02/2026, quá hạn 16 ngày làm việc",
        "2. NV-2026-0007 — nội dung mật · hạn 27/02/2026, quá hạn 8 ngày làm việc",
        "3. NV-2026-0004 — Nhiệm vụ thử số 4 · hạn 05/03/2026, quá hạn 4 ngày làm việc",
        "4. NV-2026-0002 — Nhiệm vụ thử số 2 · hạn 10/03/2026, quá hạn 1 ngày làm việc",
        "",
        "🔜 Sắp đến hạn (1):",
        "5. NV-2026-0001 — Nhiệm vụ thử số 1 · hạn 13/03/2026, còn 2 ngày làm việc",
      ].join("\n"),
    );
    expect(digest.message.buttons!.flat().filter((b) => b.action.startsWith("snz:")).map((b) => b.action)).toEqual([
      `snz:${f.tasks.T9}:overdue:16`,
      `snz:${f.tasks.T7}:overdue:7`,
      `snz:${f.tasks.T4}:overdue:4`,
      `snz:${f.tasks.T2}:overdue:1`,
      `snz:${f.tasks.T1}:before:2`,
    ]);
    expect(codesOf((await payload(`digest:${f.people.hA}:2026-03-11:0`))!.message.text)).toEqual(["NV-2026-0002"]);
    expect(codesOf((await payload(`digest:${f.people.fB}:2026-03-11:0`))!.message.text)).toEqual(["NV-2026-0008", "NV-2026-0003"]);

    const head = (await payload(`escalation:${f.tasks.T4}:3:${f.people.hA}`))!;
    expect(head.taskId).toBe(f.tasks.T4);
    expect(head.message.text).toBe(
      [
        "🚨 Nhiệm vụ quá hạn 4 ngày làm việc — đề nghị chỉ đạo, đôn đốc",
        "Nhiệm vụ NV-2026-0004: Nhiệm vụ thử số 4",
        "Cơ quan chủ trì: SYT",
        "Hạn xử lý 05/03/2026; quá hạn 4 ngày làm việc (từ ngày 06/03/2026).",
        "Cập nhật gần nhất ngày 06/03/2026: “Đã trình dự thảo, chờ ý kiến Sở Tài chính”",
        "Anh/chị nhận thông báo này với vai trò thủ trưởng cơ quan chủ trì.",
      ].join("\n"),
    );
    const secret = (await payload(`escalation:${f.tasks.T7}:7:${f.people.lA}`))!.message.text;
    expect(secret).toContain("Nhiệm vụ NV-2026-0007: nội dung mật");
    expect(secret).not.toContain("quy hoạch");
    expect((await payload(`escalation:${f.tasks.T8}:7:${f.people.L0}`))!.message.text).toContain("Cơ quan chủ trì: Sở Xây dựng");
    expect((await payload(`escalation:${f.tasks.T9}:15:${f.people.I}`))!.message.text).toContain("vai trò thành viên Tổ kiểm tra");
    const flash = (await payload(`remind:${f.tasks.T10}:before:1:${f.people.fA}:2026-03-11`))!;
    expect(flash.message.text).toContain("🔥 HỎA TỐC");
    expect(flash.message.buttons!.flat().map((b) => b.action)).toContain(`snz:${f.tasks.T10}:before:1`);
  });

  it("enqueues for recipients without a chat account too, and counts them", async () => {
    const result = await sweep("2026-03-11T10:00");
    expect(result.unreachable).toBe(1);
    expect((await payload(`digest:${f.people.fB}:2026-03-11:0`))!.personId).toBe(f.people.fB);
  });

  it("is idempotent: a second sweep, or two instances at once, enqueue nothing new", async () => {
    await sweep("2026-03-11T10:00");
    const again = await sweep("2026-03-11T10:30");
    expect(again.created).toEqual({ digest: 0, escalation: 0, reminder: 0 });
    // The outbox already has every key: nothing is even built (a concurrent sweep would hit ON CONFLICT instead).
    expect([again.rows, again.existing]).toEqual([0, 0]);
    await database.db.outboxMessage.deleteMany();

    // A second instance: its own client (connection pool). In one process, SQLite's driver
    // blocks the event loop while it waits for a lock, so there the clients take turns;
    // PostgreSQL runs them truly at once.
    const other = createDb(database.target);
    try {
      const now = at("2026-03-11T10:00");
      const run = (db: typeof database.db) => sweepReminders(depsAt(db, now), { now, policy, calendar });
      const results =
        provider === "postgresql"
          ? await Promise.all([run(database.db), run(other.db), run(other.db), run(database.db)])
          : [...(await Promise.all([run(database.db), run(database.db)])), await run(other.db)];
      const created = results.map((r) => r.created.digest + r.created.escalation + r.created.reminder);
      expect(created.reduce((a, b) => a + b, 0)).toBe(8);
      expect(await outboxKeys(database.db)).toEqual(keysAt11());
    } finally {
      await other.close();
    }
    expect((await sweep("2026-03-12T09:00")).created).toEqual({ digest: 0, escalation: 0, reminder: 1 });
  });

  it("catches up downtime across a window in the next window, once", async () => {
    // Down all of Wednesday's window; an evening sweep sends only the flash reminder.
    expect((await sweep("2026-03-11T18:00")).created).toEqual({ digest: 0, escalation: 0, reminder: 1 });
    const thursday = await sweep("2026-03-12T07:30");
    expect(thursday.created).toEqual({ digest: 3, escalation: 4, reminder: 1 });
    const fA = (await payload(`digest:${f.people.fA}:2026-03-12:0`))!.message.text;
    expect(codesOf(fA)).toEqual(["NV-2026-0009", "NV-2026-0007", "NV-2026-0004", "NV-2026-0002", "NV-2026-0001"]);
    expect(await outboxKeys(database.db)).toContain(`remind:${f.tasks.T10}:before:0:${f.people.fA}:2026-03-12`);
    for (const local of ["2026-03-12T08:00", "2026-03-12T16:59", "2026-03-12T20:00"]) {
      expect((await sweep(local)).created, local).toEqual({ digest: 0, escalation: 0, reminder: 0 });
    }
    // Friday: only the rungs that fall on Friday.
    const friday = await sweep("2026-03-13T07:45");
    expect(friday.created).toEqual({ digest: 2, escalation: 2, reminder: 1 });
    expect(codesOf((await payload(`digest:${f.people.fA}:2026-03-13:0`))!.message.text)).toEqual(["NV-2026-0007", "NV-2026-0001"]);
    expect(codesOf((await payload(`digest:${f.people.fB}:2026-03-13:0`))!.message.text)).toEqual(["NV-2026-0008"]);
    // T2 (deadline Tuesday) reaches 3 working days overdue; the flash T10 is 1 day overdue.
    expect(await outboxKeys(database.db)).toEqual(expect.arrayContaining([`escalation:${f.tasks.T2}:3:${f.people.hA}`, `escalation:${f.tasks.T10}:1:${f.people.hA}`]));
    // The weekend sends nothing; Monday the 16th brings the next rungs.
    expect((await sweep("2026-03-14T10:00")).created).toEqual({ digest: 0, escalation: 0, reminder: 0 });
  });

  it("snoozes one occurrence for one person until the next working day's window", async () => {
    await sweep("2026-03-11T10:00");
    const { until } = await snoozeReminder(depsAt(database.db, "2026-03-11T10:05"), { taskId: f.tasks.T1, personId: f.people.fA, trigger: "before:2" }, { calendar });
    expect(until).toEqual(at("2026-03-12T07:30"));
    expect((await sweep("2026-03-11T16:00")).created.digest).toBe(0);
    const next = await sweep("2026-03-12T10:00");
    expect(next.created.digest).toBe(1);
    const text = (await payload(`digest:${f.people.fA}:2026-03-12:0`))!.message.text;
    expect(codesOf(text)).toEqual(["NV-2026-0001"]);
    expect(text).toContain("🔁 nhắc lại");
    expect((await sweep("2026-03-12T11:00")).created.digest).toBe(0);
    // Snoozed on a Friday: back on Monday.
    const friday = await snoozeReminder(depsAt(database.db, "2026-03-13T09:00"), { taskId: f.tasks.T1, personId: f.people.fA, trigger: "before:0" }, { calendar });
    expect(friday.until).toEqual(at("2026-03-16T07:30"));
  });

  it("refuses to snooze an escalation, a malformed trigger or an unknown task", async () => {
    const deps = depsAt(database.db, "2026-03-11T10:05");
    await expect(snoozeReminder(deps, { taskId: f.tasks.T4, personId: f.people.hA, trigger: "escalation:3" }, { calendar })).rejects.toThrow(AppError);
    await expect(snoozeReminder(deps, { taskId: f.tasks.T4, personId: f.people.fA, trigger: "soon" }, { calendar })).rejects.toThrow(AppError);
    await expect(snoozeReminder(deps, { taskId: 999_999, personId: f.people.fA, trigger: "before:2" }, { calendar })).rejects.toThrow(AppError);
  });

  it("sends flash reminders outside the window, and nothing else", async () => {
    const result = await sweep("2026-03-11T20:00");
    expect(await outboxKeys(database.db)).toEqual([`remind:${f.tasks.T10}:before:1:${f.people.fA}:2026-03-11`]);
    expect(result.slot).toBeNull();
  });

  it("plans without writing (dry run), listing what waits for the window", async () => {
    const plan = await planReminderRows(depsAt(database.db, "2026-03-11T06:00"), { now: at("2026-03-11T06:00"), policy, calendar });
    expect(plan.rows).toEqual([]);
    expect(plan.nextSlot.start).toEqual(at("2026-03-11T07:30"));
    expect(plan.occurrences.filter((o) => !o.sendable).length).toBeGreaterThan(0);
    expect(await outboxKeys(database.db)).toEqual([]);
  });
});
