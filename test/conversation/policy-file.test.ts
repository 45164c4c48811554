import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type App } from "../../src/app.js";
import { fixedClock } from "../../src/core/clock.js";
import { DEFAULT_POLICY_FILE } from "../../src/core/reminders/policy.js";
import type { Inbound } from "../../src/core/conversation/types.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { runCli } from "../helpers/cli.js";

/** Thursday; the next working day is Friday 21/06/2019. */
const NOW = new Date("2019-06-20T10:00:00+07:00");
const DAY_MS = 86_400_000;

/**
 * REMINDER_POLICY_FILE reaches every part of the core through the app's deps:
 * "Nhắc lại sau" uses its first send window, /quahan and /chatluong its
 * staleAfterDays. Each app is opened as `npm start` and the CLI open it.
 */
describe.each(providers)("a custom REMINDER_POLICY_FILE (%s)", (provider) => {
  let tdb: TestDatabase;
  let dir: string;
  let policyFile: string;
  let shipped: App;
  let custom: App;

  const open = (extra: NodeJS.ProcessEnv) =>
    openApp({ env: { DATABASE_URL: tdb.target.url, LOG_LEVEL: "silent", ...extra }, clock: fixedClock(NOW), migrate: false });
  const send = (app: App, userId: string, over: Partial<Inbound>) =>
    app.bot.handle({ platform: "console", userId, chatId: "console", chatType: "private", at: NOW, ...over });
  const text = async (app: App, userId: string, message: string) => (await send(app, userId, { text: message })).map((r) => r.text).join("\n");

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-policy-"));
    const policy = JSON.parse(readFileSync(DEFAULT_POLICY_FILE, "utf8")) as Record<string, unknown>;
    policyFile = join(dir, "policy.json");
    writeFileSync(policyFile, JSON.stringify({ ...policy, sendWindows: [{ start: "09:00", end: "17:00" }], staleAfterDays: 30 }));
    shipped = await open({});
    custom = await open({ REMINDER_POLICY_FILE: policyFile });
    await loadDemo(shipped.deps);
  });
  afterAll(async () => {
    await shipped?.close();
    await custom?.close();
    await tdb?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the file once into the core deps", () => {
    expect(custom.deps.policy.sendWindows).toEqual([{ startMinute: 9 * 60, endMinute: 17 * 60 }]);
    expect(custom.deps.policy.staleAfterDays).toBe(30);
    expect(shipped.deps.policy.sendWindows[0]!.startMinute).toBe(7 * 60 + 30);
    expect(shipped.deps.policy.staleAfterDays).toBe(14);
  });

  it("snoozes until the first window of the file's policy on the next working day", async () => {
    const task = await tdb.db.task.findFirstOrThrow({ where: { agency: { code: "SYT" }, status: "open" }, orderBy: { code: "asc" } });
    const focal = await tdb.db.person.findUniqueOrThrow({ where: { handle: "focal-SYT" } });
    const press = (app: App, trigger: string) => send(app, "focal-SYT", { action: `snz:${task.id}:${trigger}` });
    const until = (trigger: string) =>
      tdb.db.taskSnooze.findUniqueOrThrow({ where: { taskId_personId_trigger: { taskId: task.id, personId: focal.id, trigger } } });

    const [reply] = await press(custom, "before:2");
    expect(reply!.text).toBe(`Sẽ nhắc lại ${task.code} vào 21/06/2019 09:00.`);
    expect((await until("before:2")).until).toEqual(new Date("2019-06-21T09:00:00+07:00"));

    // The shipped policy opens its window at 07:30.
    await press(shipped, "before:0");
    expect((await until("before:0")).until).toEqual(new Date("2019-06-21T07:30:00+07:00"));
  });

  it("flags /quahan tasks as stale after the file's staleAfterDays", async () => {
    const first = await tdb.db.task.findFirstOrThrow({ where: { status: "open", deadline: { lt: NOW } }, orderBy: [{ deadline: "asc" }] });
    await tdb.db.task.update({ where: { id: first.id }, data: { lastUpdateAt: new Date(NOW.getTime() - 20 * DAY_MS) } });
    const lineOf = (answer: string) => answer.split("\n").find((l) => l.includes(`• ${first.code} ·`));

    // 20 days without an update: stale after 14 days, not after 30.
    expect(lineOf(await text(shipped, "leader", "/quahan"))).toMatch(/ · ⏸ không cập nhật 14 ngày$/);
    expect(lineOf(await text(custom, "leader", "/quahan"))).toMatch(/ · quá hạn \d+ ngày$/);
  });

  it("counts /chatluong stale tasks after the file's staleAfterDays", async () => {
    const staleCount = (days: number) => {
      const cutoff = new Date(NOW.getTime() - days * DAY_MS);
      return tdb.db.task.count({
        where: { status: "open", OR: [{ lastUpdateAt: { lt: cutoff } }, { lastUpdateAt: null, assignedAt: { lt: cutoff } }] },
      });
    };
    const [after14, after30] = [await staleCount(14), await staleCount(30)];
    expect(after14).toBeGreaterThan(after30);
    expect(await text(shipped, "leader", "/chatluong")).toContain(`Nhiệm vụ đang thực hiện không được cập nhật từ 14 ngày trở lên: ${after14.toLocaleString("vi")}`);
    expect(await text(custom, "leader", "/chatluong")).toContain(`Nhiệm vụ đang thực hiện không được cập nhật từ 30 ngày trở lên: ${after30.toLocaleString("vi")}`);
  });

  it("stops `nhacviec` with the file's name when the policy is invalid", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ sendWindows: [] }));
    const run = await runCli(["stats", "--json"], tdb.target, { REMINDER_POLICY_FILE: broken });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Invalid reminder policy ${broken}:`);
    expect(run.stderr).toContain("sendWindows");
  });
});
