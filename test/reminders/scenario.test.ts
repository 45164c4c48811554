/**
 * A week of simulated time on the demo data (Kon Tum, 2019): the sweep runs
 * every 30 minutes from Monday 29/04 to Sunday 05/05/2019, after a last sweep
 * on Friday 26/04 at 16:30. The official 2019 calendar applies: 29/04 swapped
 * off (worked on Saturday 04/05), 30/04 and 01/05 holidays.
 *
 * The outbox is checked against an independent model of the policy: the pure
 * planner, with the "already delivered" bookkeeping done explicitly here
 * instead of from the outbox.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkCalendar, type CalendarOverride } from "../../src/core/calendar/index.js";
import { fixedClock } from "../../src/core/clock.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { digestKey, escalationKey, immediateKey } from "../../src/core/reminders/keys.js";
import { loadRecipientDirectory } from "../../src/core/reminders/load-recipients.js";
import { planReminders, type ReminderTask } from "../../src/core/reminders/plan.js";
import { sendSlotAt } from "../../src/core/reminders/send-window.js";
import { sweepReminders } from "../../src/core/reminders/sweep.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";

const TZ = "Asia/Ho_Chi_Minh";
const holiday = (date: string, name: string): CalendarOverride => ({ date, kind: "holiday", name });
/** Days off of 2019 per the official announcements (Tết 02–10/02; 29/04 swapped with Saturday 04/05). */
const OFFICIAL_2019: CalendarOverride[] = [
  holiday("2019-01-01", "Tết Dương lịch"),
  ...["02", "03", "04", "05", "06", "07", "08", "09", "10"].map((d) => holiday(`2019-02-${d}`, "Tết Nguyên đán Kỷ Hợi")),
  holiday("2019-04-14", "Giỗ Tổ Hùng Vương"),
  holiday("2019-04-15", "Nghỉ bù Giỗ Tổ Hùng Vương"),
  holiday("2019-04-29", "Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2019)"),
  holiday("2019-04-30", "Ngày Chiến thắng"),
  holiday("2019-05-01", "Ngày Quốc tế Lao động"),
  { date: "2019-05-04", kind: "workday", name: "Làm bù cho thứ Hai 29/04/2019" },
  holiday("2019-08-31", "Quốc khánh"),
  holiday("2019-09-01", "Quốc khánh"),
  holiday("2019-09-02", "Quốc khánh"),
];
const calendar = createWorkCalendar(OFFICIAL_2019);
const policy = shippedPolicy;

const at = (local: string) => new Date(`${local}+07:00`);
const ticks = [at("2019-04-26T16:30")];
for (let t = at("2019-04-29T00:00").getTime(); t < at("2019-05-06T00:00").getTime(); t += 30 * 60_000) ticks.push(new Date(t));

const localDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const localTime = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
const codesOf = (text: string) => [...text.matchAll(/^\d+\. (NV-\d{4}-\d{4}) /gm)].map((m) => m[1]!).sort();

describe.each(providers)("a week of reminders on the demo data (%s)", (provider) => {
  let database: TestDatabase;
  let rows: { dedupeKey: string; kind: string; createdAt: Date; text: string; personId: number | null }[];
  let expected: { digests: Map<string, { codes: string[]; first: Date }>; escalations: Map<string, Date>; immediate: Map<string, Date> };
  let handles: Map<number, string>;
  let codes: Map<number, string>;

  const depsAt = (now: Date): CoreDeps => ({ db: database.db, clock: fixedClock(now), timeZone: TZ, logger: pino({ level: "silent" }), policy });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(depsAt(at("2019-07-01T08:00")), { shiftToToday: false });

    // The model: what the policy says must be sent, with explicit "delivered" bookkeeping.
    const tasks: ReminderTask[] = await database.db.task.findMany({
      select: { id: true, agencyId: true, assignedAt: true, deadline: true, urgency: true, status: true, completedAt: true, lastUpdateAt: true },
    });
    codes = new Map((await database.db.task.findMany({ select: { id: true, code: true } })).map((t) => [t.id, t.code]));
    handles = new Map((await database.db.person.findMany({ select: { id: true, handle: true } })).map((p) => [p.id, p.handle ?? ""]));
    const directory = await loadRecipientDirectory(database.db);
    const delivered = new Set<string>();
    expected = { digests: new Map(), escalations: new Map(), immediate: new Map() };
    for (const now of ticks) {
      const slot = sendSlotAt(now, calendar, policy, TZ);
      const pending = new Map<number, string[]>();
      for (const o of planReminders(tasks, directory, calendar, policy, now, TZ)) {
        if (!o.sendable) continue;
        if (o.channel === "escalation") {
          const key = escalationKey(o.taskId, Number(o.trigger.split(":")[1]), o.personId);
          if (!expected.escalations.has(key)) expected.escalations.set(key, now);
        } else if (o.channel === "immediate") {
          const key = immediateKey(o.taskId, o.trigger, o.personId, o.dueDate);
          if (!expected.immediate.has(key)) expected.immediate.set(key, now);
        } else if (slot && !delivered.has(`${o.personId}|${o.taskId}|${o.trigger}|${o.dueDate}`)) {
          pending.set(o.personId, [...(pending.get(o.personId) ?? []), `${o.taskId}|${o.trigger}|${o.dueDate}`]);
        }
      }
      for (const [personId, items] of pending) {
        const key = digestKey(personId, slot!.date, slot!.index);
        if (expected.digests.has(key)) continue;
        expected.digests.set(key, { codes: items.map((i) => codes.get(Number(i.split("|")[0]))!).sort(), first: now });
        for (const item of items) delivered.add(`${personId}|${item}`);
      }
    }

    // The system under test: the real sweep, every 30 simulated minutes.
    for (const now of ticks) await sweepReminders(depsAt(now), { now, policy, calendar });
    rows = (await database.db.outboxMessage.findMany({ orderBy: { id: "asc" } })).map((r) => ({
      dedupeKey: r.dedupeKey,
      kind: r.kind,
      createdAt: r.createdAt,
      text: (JSON.parse(r.payload) as { text: string }).text,
      personId: r.personId,
    }));
  }, 600_000);
  afterAll(() => database?.destroy());

  it("sends nothing on the holidays (29/04, 30/04, 01/05) or on Sunday, and digests only in the window", () => {
    const days = new Set(rows.map((r) => localDate(r.createdAt)));
    for (const off of ["2019-04-29", "2019-04-30", "2019-05-01", "2019-05-05"]) expect(days.has(off), off).toBe(false);
    expect([...new Set(rows.filter((r) => r.kind === "digest").map((r) => localDate(r.createdAt)))].sort()).toEqual([
      "2019-04-26",
      "2019-05-02",
      "2019-05-03",
      "2019-05-04", // the Saturday worked in exchange for 29/04
    ]);
    for (const r of rows.filter((x) => x.kind !== "reminder")) {
      expect(localTime(r.createdAt) >= "07:30" && localTime(r.createdAt) <= "17:00", r.dedupeKey).toBe(true);
    }
  });

  it("enqueues exactly the digests the policy calls for, each at the window's first sweep, each task once per rung", () => {
    const digests = rows.filter((r) => r.kind === "digest");
    expect(digests.map((r) => r.dedupeKey).sort()).toEqual([...expected.digests.keys()].sort());
    for (const r of digests) {
      const want = expected.digests.get(r.dedupeKey)!;
      // A long digest is capped ("… và N nhiệm vụ khác"): the lines shown, plus N, are the expected tasks.
      const more = Number(/… và (\d+) nhiệm vụ khác/.exec(r.text)?.[1] ?? 0);
      const shown = codesOf(r.text);
      expect(shown.length + more, r.dedupeKey).toBe(want.codes.length);
      expect(want.codes, r.dedupeKey).toEqual(expect.arrayContaining(shown));
      if (more === 0) expect(shown, r.dedupeKey).toEqual(want.codes);
      expect(r.createdAt, r.dedupeKey).toEqual(want.first);
      expect(r.dedupeKey.endsWith(`:${localDate(r.createdAt)}:0`)).toBe(true);
    }
    expect(digests.length).toBeGreaterThan(40);
  });

  it("enqueues exactly the escalations and flash reminders the policy calls for, once each", () => {
    const keys = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.dedupeKey).sort();
    expect(keys("escalation")).toEqual([...expected.escalations.keys()].sort());
    expect(keys("reminder")).toEqual([...expected.immediate.keys()].sort());
    for (const r of rows.filter((x) => x.kind !== "digest")) {
      expect(r.createdAt, r.dedupeKey).toEqual((r.kind === "escalation" ? expected.escalations : expected.immediate).get(r.dedupeKey));
    }
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(rows.length);
  });

  it("follows the calendar: the holidays do not count, the worked Saturday does", () => {
    // NV-2019-0511 and NV-2019-0588 (deadline Friday 26/04, never completed): one working day
    // overdue on Thursday 02/05, three on Saturday 04/05, when the head's escalation goes out.
    const idOf = new Map([...codes].map(([id, code]) => [code, id]));
    for (const code of ["NV-2019-0511", "NV-2019-0588"]) {
      const thursday = rows.filter((r) => r.kind === "digest" && r.dedupeKey.includes(":2019-05-02:") && r.text.includes(code));
      expect(thursday.map((r) => handles.get(r.personId!)!.split("-")[0]).sort(), code).toEqual(["focal", "head"]);
      for (const r of thursday) expect(r.text).toMatch(new RegExp(`${code} — .* · hạn 26/04/2019, quá hạn 1 ngày làm việc`));
      const escalations = rows.filter((r) => r.kind === "escalation" && r.dedupeKey.startsWith(`escalation:${idOf.get(code)}:`));
      expect(escalations.map((r) => [r.dedupeKey.split(":")[2], handles.get(r.personId!)!.split("-")[0], localDate(r.createdAt), localTime(r.createdAt)])).toEqual([
        ["3", "head", "2019-05-04", "07:30"],
      ]);
      expect(escalations[0]!.text).toContain("quá hạn 3 ngày làm việc (từ ngày 27/04/2019)");
    }
    // Heads only receive the first overdue rung in digests: current until overdue:4 supersedes it.
    const heads = rows.filter((r) => r.kind === "digest" && handles.get(r.personId!)?.startsWith("head-"));
    expect(heads.length).toBeGreaterThan(0);
    for (const r of heads) for (const m of r.text.matchAll(/quá hạn (\d+) ngày làm việc/g)) expect(Number(m[1]), r.dedupeKey).toBeLessThan(4);
  });
});
