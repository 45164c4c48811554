import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { choiceArgs } from "../../src/core/conversation/choices.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound } from "../../src/core/conversation/types.js";

describe("choiceArgs", () => {
  it.each([
    ["so y te xyz, Sở Tư pháp: nội dung", "so y te xyz", ["Sở Y tế"], ["Sở Y tế, Sở Tư pháp: nội dung"]],
    ["ngoc hoy quá hạn", "ngoc hoy", ["UBND huyện Ngọc Hồi", "UBND huyện Đắk Hà"], ["UBND huyện Ngọc Hồi quá hạn", "UBND huyện Đắk Hà quá hạn"]],
    ["1207 đạt 50%", "1207", ["NV-2019-1207"], ["NV-2019-1207 đạt 50%"]],
  ])("replaces the first occurrence of the query in %j", (args, query, values, expected) => {
    expect(choiceArgs(args, query, values.map((value) => ({ value })))?.args).toEqual(expected);
  });

  it("offers nothing when the query is not in the arguments, or there is no alternative", () => {
    expect(choiceArgs("Sở Y tế", "xyz", [{ value: "a" }])).toBeNull();
    expect(choiceArgs("xyz", "xyz", [])).toBeNull();
    expect(choiceArgs("xyz", "", [{ value: "a" }])).toBeNull();
  });

  it("offers at most eight, labelled by their label when they have one", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, label: `L${i}` }));
    const result = choiceArgs("q", "q", many)!;
    expect(result.args).toHaveLength(8);
    expect(result.labels[0]).toBe("L0");
  });
});

describe.each(providers)("choices in the conversation (%s)", (provider) => {
  const NOW = new Date("2019-06-20T09:00:00+07:00");
  let tdb: TestDatabase;
  let bot: Conversation;
  let n = 0;
  const msg = (over: Partial<Inbound>): Inbound => ({
    platform: "console", userId: "inspector", chatId: "c1", chatType: "private", at: NOW, updateId: `u${++n}`, ...over,
  });

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  it("runs the chosen variant once pressed, and refuses forged, foreign and stale choices", async () => {
    const [ask] = await bot.handle(msg({ text: "/dondoc so y te xyz: Báo cáo tiến độ." }));
    const button = ask!.buttons!.flat().find((b) => b.label === "Sở Y tế")!;
    expect(button.action).toMatch(/^rc:[0-9a-f]{8}:\d$/);
    const [nonce, index] = button.action.split(":").slice(1);
    const drafts = await tdb.db.broadcast.count();

    const refused = [
      msg({ action: `rc:00000000:${index}` }),
      msg({ action: `rc:${nonce}:99` }),
      msg({ action: `rc:${nonce}` }),
      msg({ action: `rc:${nonce}:${index}:extra` }),
      msg({ action: `rc:${nonce}:-1` }),
      msg({ action: button.action, chatId: "c2", userId: "focal-SYT" }),
      msg({ action: button.action, chatId: "other-chat" }),
    ];
    for (const forged of refused) {
      const [answer] = await bot.handle(forged);
      expect(answer!.text).toMatch(/đã hết hạn|chưa đăng ký/);
    }
    expect(await tdb.db.broadcast.count()).toBe(drafts);

    const [preview] = await bot.handle(msg({ action: button.action }));
    expect(preview!.text).toMatch(/Xem trước đôn đốc số \d+: 1 cơ quan/);
    expect(await tdb.db.broadcast.count()).toBe(drafts + 1);

    await bot.handle(msg({ text: "/dondoc Sở Tư pháp, so y te xyz: Nội dung khác." }));
    const [stale] = await bot.handle(msg({ action: button.action }));
    expect(stale!.text).toMatch(/đã hết hạn/);
  });
});
