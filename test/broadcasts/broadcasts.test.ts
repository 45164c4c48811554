import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import pino from "pino";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { createConsoleSender } from "../../src/adapters/console/console-sender.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";

const NOW = new Date("2019-06-20T09:00:00+07:00");

describe.each(providers)("urging notices (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  const say = async (userId: string, text: string) =>
    (await bot.handle({ platform: "console", userId, chatId: `console:${userId}`, chatType: "private", text, at: NOW }))[0]!;
  const press = async (userId: string, action: string) =>
    (await bot.handle({ platform: "console", userId, chatId: `console:${userId}`, chatType: "private", action, messageId: "preview", at: NOW }))[0]!;

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    // Sở Tư pháp loses its people: its notice cannot reach anyone.
    await tdb.db.roleGrant.deleteMany({ where: { agency: { code: "STP" } } });
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  it("answers a target without a colon, or a notice without text, with the usage in the inspector's language", async () => {
    const vi = "Thiếu hoặc sai tham số. Cách dùng: /dondoc tre_han <nội dung> · /dondoc tat_ca <nội dung> · /dondoc Sở Y tế, Sở Tư pháp: <nội dung> · /dondoc trangthai <số>";
    expect((await say("inspector", "/dondoc Sở Y tế đề nghị báo cáo")).text).toBe(vi);
    expect((await say("inspector", "/dondoc tre_han")).text).toBe(vi);
    await say("inspector", "/ngonngu en");
    const en = await say("inspector", "/urge Sở Y tế please report");
    await say("inspector", "/ngonngu vi");
    expect(en.text).toBe("A parameter is missing or wrong. Usage: /urge tre_han <text> · /urge tat_ca <text> · /urge Sở Y tế, Sở Tư pháp: <text> · /urge status <number>");
    expect(await tdb.db.broadcast.count()).toBe(0);
  });

  it("sends each focal officer and head their own agency's overdue tasks, once, and reports who was reached", async () => {
    const preview = await say("inspector", "/dondoc Sở Y tế, UBND huyện Ngọc Hồi, Sở Tư pháp: Đề nghị báo cáo trước 25/6.");
    expect(preview.text).toMatch(/3 cơ quan, 4 người nhận/);
    const id = Number(/số (\d+)/.exec(preview.text)![1]);
    const sendAction = preview.buttons![0]![0]!.action;
    expect(sendAction).toBe(`bc:${id}`);
    expect((await press("inspector", sendAction)).text).toMatch(/đến 4 người; 1 cơ quan chưa có người nhận/);
    expect((await press("inspector", sendAction)).text).toMatch(/đã được gửi hoặc đã hủy/);

    const rows = await tdb.db.outboxMessage.findMany({ where: { kind: "broadcast" }, include: { person: { select: { handle: true } } } });
    expect(rows.map((r) => r.person!.handle).sort()).toEqual(["focal-SYT", "focal-UBND-NGOCHOI", "head-SYT", "head-UBND-NGOCHOI"]);
    const ngocHoi = await tdb.db.agency.findUniqueOrThrow({ where: { code: "UBND-NGOCHOI" } });
    const overdue = await tdb.db.task.findMany({ where: { agencyId: ngocHoi.id, status: "open", deadline: { lt: NOW } }, select: { code: true } });
    const notice = JSON.parse(rows.find((r) => r.person!.handle === "focal-UBND-NGOCHOI")!.payload).text as string;
    expect(notice).toMatch(/ĐÔN ĐỐC .* UBND huyện Ngọc Hồi/);
    expect(notice).toContain(`Nhiệm vụ trễ hạn của cơ quan: ${overdue.length}`);
    for (const t of overdue.slice(0, 15)) expect(notice).toContain(t.code);
    expect(JSON.parse(rows.find((r) => r.person!.handle === "focal-SYT")!.payload).text).not.toMatch(/NV-\d{4}-\d{4} ·/);

    const dispatcher = createDispatcher({
      db: tdb.db, clock: () => new Date(), logger: pino({ level: "silent" }), instanceId: "t", maxAttempts: 3,
      senders: new Map([["console", createConsoleSender(new PassThrough())]]),
    });
    await dispatcher.runOnce();
    await press("focal-SYT", `ba:${id}`);
    const status = (await say("inspector", `/dondoc trangthai ${id}`)).text;
    expect(status).toMatch(/• Sở Y tế\s+đã nhận: .*\(console\).*\s+đã xác nhận: [^—\n]+\n/);
    expect(status).toMatch(/• Sở Tư pháp\s+đã nhận: —\s+đã xác nhận: —\s+không liên lạc được: —/);
    expect(await tdb.db.broadcastRecipient.count({ where: { broadcastId: id, status: "unreachable", personId: null } })).toBe(1);
  });
});
