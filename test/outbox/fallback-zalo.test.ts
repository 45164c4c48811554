import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";
import { startFakeZaloBotApi, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { createZaloSender } from "../../src/adapters/zalo/zalo-sender.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { enqueueMessage } from "../../src/outbox/enqueue.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import type { Platform } from "../../src/core/conversation/types.js";

describe.each(providers)("a person with Telegram and Zalo (%s)", (provider) => {
  let tdb: TestDatabase;
  let telegram: FakeTelegram;
  let zalo: FakeZaloBotApi;

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
  });
  afterAll(() => tdb.destroy());
  afterEach(async () => {
    await telegram?.close();
    await zalo?.close();
  });

  it("receives a reminder on Zalo when Telegram answers 403, and the fallback is recorded", async () => {
    telegram = await startFakeTelegram({ limits: false });
    zalo = await startFakeZaloBotApi();
    const person = await tdb.db.person.create({
      data: {
        name: "Nguyễn Thị Lan",
        preferredPlatform: "telegram",
        identities: {
          create: [
            { platform: "telegram", externalUserId: "5001", chatId: "5001" },
            { platform: "zalo", externalUserId: "z-5001", chatId: "z-chat-5001" },
          ],
        },
      },
    });
    telegram.blockChat(5001);
    const now = new Date();
    await enqueueMessage(tdb.db, { dedupeKey: "digest:fallback:1", personId: person.id, kind: "digest", message: { text: "Nhắc việc: NV-2019-0001 đến hạn hôm nay" }, notBefore: now, now });

    const senders = new Map<Platform, ChatSender>([
      ["telegram", new TelegramSender({ token: telegram.token, apiRoot: telegram.apiRoot })],
      ["zalo", createZaloSender({ client: new ZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot }), db: tdb.db, clock: () => new Date() })],
    ]);
    const dispatcher = createDispatcher({ db: tdb.db, clock: () => new Date(), logger: pino({ level: "silent" }), senders, instanceId: "t", maxAttempts: 3 });
    for (let i = 0; i < 5; i++) await dispatcher.runOnce();

    expect(zalo.sentMessages("z-chat-5001").map((m) => m.text)).toEqual(["Nhắc việc: NV-2019-0001 đến hạn hôm nay"]);
    const row = await tdb.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "digest:fallback:1" } });
    expect(row).toMatchObject({ status: "sent", sentPlatform: "zalo", sentChatId: "z-chat-5001" });
    const tg = await tdb.db.chatIdentity.findFirstOrThrow({ where: { personId: person.id, platform: "telegram" } });
    expect(tg.unreachableAt).not.toBeNull();
    expect(telegram.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });
});
