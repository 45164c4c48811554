import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { PROCESSED_UPDATE_RETENTION_MS, pruneHousekeeping } from "../../src/scheduler/housekeeping.js";

describe.each(providers)("update ids the core remembers (%s)", (provider) => {
  const now = new Date("2019-06-30T10:00:00+07:00");
  let tdb: TestDatabase;
  let bot: Conversation;
  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    bot = createBot({ ...testDeps(tdb.db, () => now), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  const help = (updateId: string) => bot.handle({ platform: "telegram", userId: "42", chatId: "42", chatType: "private", text: "/help", updateId, at: now });

  it("are stored with the clock's time, dropped when repeated, and forgotten after the retention", async () => {
    expect((await help("7001")).length).toBeGreaterThan(0);
    expect(await help("7001")).toEqual([]);
    const rows = await tdb.db.processedUpdate.findMany({ where: { updateId: "7001" } });
    expect(rows.map((r) => [r.platform, r.processedAt])).toEqual([["telegram", now]]);

    expect(await pruneHousekeeping(tdb.db, new Date(now.getTime() + PROCESSED_UPDATE_RETENTION_MS))).toMatchObject({ processedUpdates: 0 });
    expect(await pruneHousekeeping(tdb.db, new Date(now.getTime() + PROCESSED_UPDATE_RETENTION_MS + 1))).toMatchObject({ processedUpdates: 1 });
    expect((await help("7001")).length).toBeGreaterThan(0);
  });

  it("keep one row when the same update is handled twice at once", async () => {
    await Promise.all([help("7002"), help("7002")]);
    expect(await tdb.db.processedUpdate.count({ where: { updateId: "7002" } })).toBe(1);
  });
});
