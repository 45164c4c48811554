import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound, Outbound } from "../../src/core/conversation/types.js";

const NOW = new Date("2019-06-20T09:00:00+07:00");

describe.each(providers)("short task codes in commands (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  let n = 0;
  const msg = (userId: string, over: Partial<Inbound>): Inbound => ({
    platform: "console", userId, chatId: `chat-${userId}`, chatType: "private", at: NOW, updateId: `codes-${++n}`, ...over,
  });
  const send = async (userId: string, text: string): Promise<Outbound> => (await bot.handle(msg(userId, { text })))[0]!;
  const labels = (reply: Outbound) => (reply.buttons ?? []).flat().map((b) => b.label);
  const press = async (userId: string, reply: Outbound, label: string): Promise<Outbound> => {
    const button = (reply.buttons ?? []).flat().find((b) => b.label === label);
    if (!button) throw new Error(`no button “${label}” in: ${labels(reply).join(" | ")}`);
    return (await bot.handle(msg(userId, { action: button.action })))[0]!;
  };
  const percentOf = async (code: string) => (await tdb.db.task.findUniqueOrThrow({ where: { code } })).progressPercent;

  /** A copy of a demo task under another code, optionally for another agency. */
  async function copyTask(code: string, newCode: string, agencyCode?: string): Promise<void> {
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = await tdb.db.task.findUniqueOrThrow({ where: { code } });
    const agencyId = agencyCode ? (await tdb.db.agency.findUniqueOrThrow({ where: { code: agencyCode } })).id : data.agencyId;
    await tdb.db.task.create({ data: { ...data, code: newCode, agencyId, status: "open", completedAt: null, progressPercent: 0 } });
  }

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  it("uses the number alone when it names one task the user may see", async () => {
    expect((await send("focal-SYT", "/capnhat 1207 đã trình dự thảo, đạt 30%")).text).toBe("Đã ghi nhận cập nhật cho NV-2019-1207: tiến độ 30%.");
    expect(await percentOf("NV-2019-1207")).toBe(30);
    expect((await send("focal-SYT", "/nhiemvu 1207")).text).toMatch(/^📌 NV-2019-1207 — /);
  });

  it("reads lower case, a missing 'NV-' and a missing year", async () => {
    expect((await send("focal-SYT", "/giahan nv-2019-1094 31/12/2019 chờ kinh phí")).text).toMatch(/Đã gửi đề nghị gia hạn số \d+ cho NV-2019-1094 đến ngày 31\/12\/2019/);
    expect((await send("focal-SYT", "/capnhat 2019-1207 đạt 35%")).text).toMatch(/NV-2019-1207: tiến độ 35%/);
    expect((await send("focal-SYT", "/capnhat nv-1207 đạt 40%")).text).toMatch(/NV-2019-1207: tiến độ 40%/);
    expect((await send("focal-SYT", "/nhiemvu Nv-2019-1207")).text).toMatch(/^📌 NV-2019-1207 — /);
  });

  it("ignores leading zeros: 0747, 747 and 00747 are NV-2019-0747", async () => {
    for (const [typed, percent] of [["0747", 50], ["747", 55], ["00747", 60]] as const) {
      expect((await send("focal-SYT", `/capnhat ${typed} đạt ${percent}%`)).text).toBe(`Đã ghi nhận cập nhật cho NV-2019-0747: tiến độ ${percent}%.`);
    }
    expect((await send("inspector", "/nhiemvu 104")).text).toMatch(/^📌 NV-2019-0104 — /);
    expect((await send("inspector", "/nhiemvu 0104")).text).toMatch(/^📌 NV-2019-0104 — /);
  });

  it("asks back with choices when the number fits tasks of several years, and pressing one runs the command on it", async () => {
    await copyTask("NV-2019-1830", "NV-2018-1830");
    const ask = await send("focal-SYT", "/capnhat 1830 đạt 45%");
    expect(ask.text).toBe("Mã “1830” khớp với 2 nhiệm vụ (NV-2019-1830, NV-2018-1830). Vui lòng chọn một, hoặc gõ mã đầy đủ.");
    expect(labels(ask)).toEqual(["NV-2019-1830 · Sở Y tế", "NV-2018-1830 · Sở Y tế"]);
    expect(await percentOf("NV-2018-1830")).toBe(0);
    const done = await press("focal-SYT", ask, "NV-2018-1830 · Sở Y tế");
    expect(done.text).toBe("Đã ghi nhận cập nhật cho NV-2018-1830: tiến độ 45%.");
    expect(await percentOf("NV-2018-1830")).toBe(45);
    expect(await percentOf("NV-2019-1830")).toBe(20);

    const card = await press("focal-SYT", await send("focal-SYT", "/nhiemvu 1830"), "NV-2019-1830 · Sở Y tế");
    expect(card.text).toMatch(/^📌 NV-2019-1830 — /);
    const completed = await press("focal-SYT", await send("focal-SYT", "/hoanthanh nv-1830 đã gửi báo cáo"), "NV-2018-1830 · Sở Y tế");
    expect(completed.text).toMatch(/✅ NV-2018-1830: đã hoàn thành lúc 20\/06\/2019 09:00/);
    // The year decides between them.
    expect((await send("focal-SYT", "/nhiemvu 2018-1830")).text).toMatch(/^📌 NV-2018-1830 — /);
  });

  it("names at most eight of many fitting tasks, newest first, and offers those eight", async () => {
    for (let year = 2010; year <= 2017; year++) await copyTask("NV-2019-1094", `NV-${year}-1094`);
    const ask = await send("focal-SYT", "/nhiemvu 1094");
    expect(ask.text).toBe(
      "Mã “1094” khớp với 9 nhiệm vụ (NV-2019-1094, NV-2017-1094, NV-2016-1094, NV-2015-1094, NV-2014-1094, NV-2013-1094, NV-2012-1094, NV-2011-1094, …). Vui lòng chọn một, hoặc gõ mã đầy đủ.",
    );
    expect(labels(ask)).toHaveLength(8);
    expect(labels(ask)[0]).toBe("NV-2019-1094 · Sở Y tế");
    expect((await send("focal-SYT", "/nhiemvu 2010-1094")).text).toMatch(/^📌 NV-2010-1094 — /);
  });

  it("never matches, counts or suggests another agency's task", async () => {
    // NV-2019-0104 is UBND huyện Ngọc Hồi's; 9876 is nobody's.
    const foreign = await send("focal-SYT", "/hoanthanh 0104");
    const nobody = await send("focal-SYT", "/hoanthanh 9876");
    expect(foreign.text).toBe("Không tìm thấy nhiệm vụ “0104”.");
    expect(nobody.text).toBe("Không tìm thấy nhiệm vụ “9876”.");
    expect(foreign.buttons).toBeUndefined();
    expect((await tdb.db.task.findUniqueOrThrow({ where: { code: "NV-2019-0104" } })).status).toBe("open");

    // Another agency's task with the same number leaves the officer's own one unique.
    await copyTask("NV-2019-1207", "NV-2018-1207", "STC");
    expect((await send("focal-SYT", "/capnhat 1207 đạt 65%")).text).toBe("Đã ghi nhận cập nhật cho NV-2019-1207: tiến độ 65%.");
    expect(await percentOf("NV-2018-1207")).toBe(0);
    // Whoever reads both is asked.
    expect(labels(await send("leader", "/nhiemvu 1207"))).toEqual(["NV-2019-1207 · Sở Y tế", "NV-2018-1207 · Sở Tài chính"]);
  });

  it("offers the closest codes of the user's own tasks as choices", async () => {
    // NV-2019-1208 exists, but is UBND huyện Ia H'Drai's.
    const ask = await send("focal-SYT", "/capnhat NV-2019-1208 đạt 70%");
    expect(ask.text).toMatch(/^Không tìm thấy nhiệm vụ “NV-2019-1208”\. Các mã gần giống: NV-2019-1207/);
    expect(labels(ask).length).toBeGreaterThan(0);
    for (const label of labels(ask)) expect(label).toMatch(/^NV-2019-\d{4} · Sở Y tế$/);
    expect((await press("focal-SYT", ask, "NV-2019-1207 · Sở Y tế")).text).toBe("Đã ghi nhận cập nhật cho NV-2019-1207: tiến độ 70%.");
    expect((await tdb.db.task.findUniqueOrThrow({ where: { code: "NV-2019-1208" } })).progressPercent).not.toBe(70);
  });
});
