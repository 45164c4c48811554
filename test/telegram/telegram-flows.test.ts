import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { enqueueMessage } from "../../src/outbox/enqueue.js";
import { createDispatcher, type Dispatcher } from "../../src/outbox/dispatcher.js";
import type { Outbound, Platform } from "../../src/core/conversation/types.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { botMessages, refOf, type BotMessage } from "../fakes/telegram/bot-messages.js";
import { linkTelegram, startAdapter, translator, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { callbackUpdate, textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";

/** Reminders, buttons and notices end to end: outbox → Telegram → a person's press or reply → the core → Telegram. */
describe.each(providers)("Telegram conversations around outbox messages, on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  let focal: TelegramUser;
  let focalPersonId: number;
  let keys = 0;
  const FOCAL = 710001;
  const LEADER = 710002;

  const db = () => database.db;
  const dispatcher = (): Dispatcher =>
    createDispatcher({
      db: db(), clock: running.clock, logger: pino({ level: "silent" }), instanceId: "test", maxAttempts: 3, idleMs: 50,
      senders: new Map<Platform, ChatSender>([["telegram", running.adapter.sender]]),
    });

  async function enqueue(to: { personId: number } | { chatId: string }, message: Outbound, taskId?: number): Promise<void> {
    const now = running.clock();
    const target = "personId" in to ? to : { platform: "telegram" as const, chatId: to.chatId };
    await enqueueMessage(db(), { dedupeKey: `test:${++keys}`, kind: "digest", message, taskId, notBefore: now, now, ...target });
  }

  async function ask(user: TelegramUser, text: string): Promise<string[]> {
    const before = fake.calls.length;
    await fake.deliver(textUpdate(user, text));
    return botMessages(fake.calls, user.id, before).map((m) => m.text);
  }

  /** Presses a button and returns what the bot sent or edited in the chat meanwhile. */
  async function press(user: TelegramUser, message: BotMessage, label: RegExp): Promise<BotMessage[]> {
    const button = message.buttons.find((b) => label.test(b.label));
    if (!button) throw new Error(`no button ${label} on: ${message.text}`);
    const before = fake.calls.length;
    const update = await fake.deliver(callbackUpdate(user, refOf(message, fake.bot), button.data));
    const answered = fake.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.params.callback_query_id);
    expect(answered).toContain((update.callback_query as { id: string }).id);
    return botMessages(fake.calls, user.id, before);
  }

  async function openTask(agency: string, skip = 0) {
    return db().task.findFirstOrThrow({ where: { status: "open", agency: { code: agency } }, orderBy: { code: "asc" }, skip });
  }

  /** [total, on time, late, …] of a /thongke answer. */
  const counts = (text: string) => [...text.matchAll(/: ([\d.]+)$/gm)].map((m) => Number(m[1]!.replaceAll(".", "")));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(db()));
    // The leader is put in charge of Sở Y tế, so that its extension requests go to them.
    const [leader, syt] = await Promise.all([db().person.findUniqueOrThrow({ where: { handle: "leader" } }), db().agency.findUniqueOrThrow({ where: { code: "SYT" } })]);
    await db().roleGrant.create({ data: { personId: leader.id, role: "leader", agencyId: syt.id } });
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    fake = await startObservedFake({ limits: false });
    ({ user: focal, personId: focalPersonId } = await linkTelegram(db(), fake, "focal-SYT", FOCAL));
    await linkTelegram(db(), fake, "leader", LEADER);
    running = await startAdapter(db(), fake);
  });
  afterEach(async () => {
    await running.stop();
    await fake.close();
  });

  it("a reminder's “Đã hoàn thành” completes the task, edits the reminder, and /thongke counts it at once", async () => {
    const task = await openTask("SYT");
    const before = counts((await ask(focal, "/thongke SYT"))[0]!);
    const label = translator.t("vi", "remind-button-done");
    await enqueue({ personId: focalPersonId }, { text: `⏰ Nhắc việc: ${task.code} · ${task.title}`, taskId: task.id, buttons: [[{ label, action: `done:${task.id}` }]] }, task.id);
    expect(await dispatcher().runOnce()).toMatchObject({ sent: 1 });
    const [reminder] = botMessages(fake.calls, FOCAL).filter((m) => m.text.startsWith("⏰"));
    expect(reminder!.buttons).toEqual([{ label, data: `done:${task.id}` }]);

    const shown = await press(focal, reminder!, /Đã hoàn thành/);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ method: "editMessageText", messageId: reminder!.messageId, buttons: [] });
    expect(shown[0]!.text).toBe(`✅ ${task.code}: đã hoàn thành lúc 30/06/2019 10:00.`);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).status).not.toBe("open");

    const after = counts((await ask(focal, "/thongke SYT"))[0]!);
    expect(after[0]).toBe(before[0]);
    expect(after[1]! + after[2]!).toBe(before[1]! + before[2]! + 1);

    // A second press (a double tap) changes nothing and is still answered.
    const again = await press(focal, reminder!, /Đã hoàn thành/);
    expect(again.map((m) => m.text)).toEqual([expect.stringMatching(/đã hoàn thành từ trước/)]);
  });

  it("a reply to a reminder records progress on its task", async () => {
    const task = await openTask("SYT", 1);
    await enqueue({ personId: focalPersonId }, { text: `⏰ Nhắc việc: ${task.code}`, taskId: task.id }, task.id);
    await dispatcher().runOnce();
    const [reminder] = botMessages(fake.calls, FOCAL).filter((m) => m.text.startsWith("⏰"));
    const before = fake.calls.length;
    await fake.deliver(textUpdate(focal, "Đã trình dự thảo, đạt 45%", { replyTo: refOf(reminder!, fake.bot) }));
    expect(botMessages(fake.calls, FOCAL, before).map((m) => m.text)).toEqual([translator.t("vi", "update-recorded-percent", { code: task.code, percent: 45 })]);
    const state = await db().task.findUniqueOrThrow({ where: { id: task.id }, include: { progressUpdates: true } });
    expect(state.progressPercent).toBe(45);
    expect(state.progressUpdates.map((u) => u.text)).toEqual(["Đã trình dự thảo, đạt 45%"]);
  });

  it("an extension goes from the officer's request through the leader's “Duyệt” button to the officer's notice", async () => {
    const task = await openTask("SYT", 2);
    const [asked] = await ask(focal, `/giahan ${task.code} đến 30/09/2019 chờ ý kiến Bộ Y tế`);
    const id = /số (\d+)/.exec(asked!)?.[1];
    expect(id, asked).toBeDefined();
    await dispatcher().runOnce();
    const notice = botMessages(fake.calls, LEADER).find((m) => m.text.startsWith(`📝 Đề nghị gia hạn số ${id}`));
    expect(notice?.buttons.map((b) => b.label)).toEqual([translator.t("vi", "button-approve"), translator.t("vi", "button-reject")]);

    const leader = { id: LEADER, is_bot: false as const, first_name: "Lãnh đạo" };
    const shown = await press(leader, notice!, /Duyệt/);
    expect(shown).toMatchObject([{ method: "editMessageText", messageId: notice!.messageId }]);
    expect(shown[0]!.text).toBe(`Đã duyệt đề nghị số ${id}: hạn mới của ${task.code} là 30/09/2019.`);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline?.toISOString()).toBe("2019-09-30T16:59:59.999Z");

    await dispatcher().runOnce();
    expect(botMessages(fake.calls, FOCAL).at(-1)?.text).toMatch(new RegExp(`✅ Đề nghị gia hạn số ${id} \\(${task.code}\\) đã được .* duyệt\\. Hạn mới: 30/09/2019\\.`));
  });

  it("after a 429 storm during a burst of notices, every notice arrives exactly once through the adapter's sender", async () => {
    // Limits on, and the real time: the dispatcher paces under Telegram's limits and waits out each retry_after.
    await running.stop();
    await fake.close();
    fake = await startObservedFake();
    running = await startAdapter(db(), fake, { clock: () => new Date() });
    const chats = Array.from({ length: 24 }, (_, i) => 720000 + i);
    for (const chat of chats) {
      fake.addChat(chat);
      await enqueue({ chatId: String(chat) }, { text: `📢 Đôn đốc số 7 gửi ${chat}` });
    }
    fake.failNext(4, { status: 429, retryAfter: 1 }, ["sendMessage"]);
    const everyChatServed = new Promise<void>((resolve) => {
      fake.on("call", () => chats.every((chat) => fake.sentMessages(chat).length > 0) && resolve());
    });
    const d = dispatcher();
    d.start();
    await everyChatServed;
    await d.stop();
    expect(fake.refusals.map((r) => r.errorCode)).toEqual([429, 429, 429, 429]);
    const rows = await db().outboxMessage.findMany({ where: { chatId: { in: chats.map(String) } } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(chats.map(() => ["sent", 1]));
    for (const chat of chats) expect(fake.sentMessages(chat).map((c) => (c.result as { text: string }).text)).toEqual([`📢 Đôn đốc số 7 gửi ${chat}`]);
  });
});
