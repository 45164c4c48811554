import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound } from "../../src/core/conversation/types.js";

const NOW = new Date("2019-06-20T09:00:00+07:00");

describe.each(providers)("the conversation core (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  let code: string;
  const msg = (over: Partial<Inbound>): Inbound => ({
    platform: "console", userId: "focal-SYT", chatId: "console", chatType: "private", at: NOW, ...over,
  });

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    const deps = { ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" as const };
    bot = createBot(deps);
    const syt = await tdb.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    code = (await tdb.db.task.findFirstOrThrow({ where: { agencyId: syt.id, status: "open" }, orderBy: { code: "asc" } })).code;
  });
  afterAll(() => tdb.destroy());

  it("takes a repeated update (same platform and update id) into account once", async () => {
    const update = msg({ updateId: "u-1", messageId: "m-1", text: `/capnhat ${code} đạt 30%` });
    const first = await bot.handle(update);
    expect(first[0]!.text).toMatch(/tiến độ 30%/);
    expect(await bot.handle(update)).toEqual([]);
    expect(await tdb.db.progressUpdate.count({ where: { task: { code }, text: "đạt 30%" } })).toBe(1);
  });

  it("records a progress update once even when the delivery is replayed after a crash before it was marked", async () => {
    const update = msg({ updateId: "u-2", messageId: "m-2", text: `/capnhat ${code} đạt 35%` });
    await bot.handle(update);
    // Simulate a crash after the effect but before the update was marked as processed.
    await tdb.db.processedUpdate.deleteMany({ where: { updateId: "u-2" } });
    await bot.handle(update);
    expect(await tdb.db.progressUpdate.count({ where: { task: { code }, text: "đạt 35%" } })).toBe(1);
  });

  it("writes every change to the audit log, with who and before/after", async () => {
    await bot.handle(msg({ messageId: "m-3", text: `/capnhat ${code} đạt 45%` }));
    const row = await tdb.db.auditLog.findFirstOrThrow({ where: { action: "task.progress" }, orderBy: { id: "desc" }, include: { actor: true } });
    expect(row.actor?.handle).toBe("focal-SYT");
    expect(JSON.parse(row.after!)).toMatchObject({ percent: 45 });
    expect(JSON.parse(row.before!)).toHaveProperty("progressPercent");
  });

  it("shows confidential tasks by code and 'nội dung mật', never their title", async () => {
    const secret = await tdb.db.task.findFirstOrThrow({ where: { confidential: true, status: "open" }, include: { agency: true } });
    await tdb.db.roleGrant.create({ data: { personId: (await tdb.db.person.findUniqueOrThrow({ where: { handle: "inspector" } })).id, role: "inspector" } });
    const overdueOrList = await bot.handle(msg({ userId: "leader", text: `/nhiemvu ${secret.agency.name}` }));
    const all = overdueOrList.map((r) => r.text).join("\n");
    const pages = [all];
    for (let page = 1; !all.includes(secret.code) && page < 20; page++) {
      const next = await bot.handle(msg({ userId: "leader", action: `tl:${secret.agencyId}:open:${page}` }));
      pages.push(next[0]!.text);
      if (next[0]!.text.includes(secret.code)) break;
    }
    const text = pages.join("\n");
    expect(text).toContain(secret.code);
    expect(text).toContain("nội dung mật");
    expect(text).not.toContain(secret.title);
  });

  it("answers task details only in private chats, but stats in a group", async () => {
    const group = (text: string) => bot.handle(msg({ userId: "leader", chatId: "-100", chatType: "group", text }));
    expect((await group("/nhiemvu"))[0]!.text).toMatch(/chỉ dùng trong trò chuyện riêng/);
    expect((await group("/thongke"))[0]!.text).toMatch(/Tổng số nhiệm vụ/);
    expect(await group("chào cả nhóm")).toEqual([]);
  });

  it("never shows a stack trace: a button it cannot read becomes a localized sentence", async () => {
    const replies = await bot.handle(msg({ action: "done:not-a-number" }));
    expect(replies[0]!.text).toMatch(/Nút này không hợp lệ/);
    expect(replies[0]!.text).not.toMatch(/at \w+ \(|Error:/);
  });
});
