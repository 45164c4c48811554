import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import type { Clock } from "../../src/core/clock.js";
import type { Inbound, Platform } from "../../src/core/conversation/types.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { createChatRuntime, type ChatRuntime } from "../../src/adapters/runtime/chat-runtime.js";
import type { ChatEvent } from "../../src/adapters/runtime/chat-event.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { botMessages } from "../fakes/telegram/bot-messages.js";

const translator = createTranslator();
const logger = pino({ level: "silent" });
const NOT_REGISTERED = translator.t("vi", "error-not_registered");

/**
 * The chat runtime on its own, over the real core, real SQLite (and
 * PostgreSQL when set) and a real Telegram sender talking HTTP to the fake
 * Bot API: what every adapter gets from it.
 */
describe.each(providers)("the chat runtime, on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let sender: TelegramSender;
  let runtime: ChatRuntime;
  let now: Date;
  let chats = 0;
  const clock: Clock = () => now;
  const db = () => database.db;

  /** A fresh private chat with the bot, known to the fake. */
  function newChat(): string {
    const id = 810_000 + ++chats;
    fake.addChat(id);
    return String(id);
  }

  function text(chatId: string, words: string, updateId: string): Inbound {
    return { platform: "telegram", userId: chatId, chatId, chatType: "private", messageId: updateId, updateId, text: words, at: now };
  }

  const sentTo = (chatId: string) => botMessages(fake.calls, chatId).map((m) => m.text);

  async function person(chatId: string, language: "vi" | "en") {
    return db().person.create({
      data: { name: `Người ${chatId}`, language, identities: { create: { platform: "telegram", externalUserId: chatId, chatId } } },
      include: { identities: true },
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    now = new Date("2019-06-30T10:00:00+07:00");
    fake = await startObservedFake({ limits: false });
    sender = new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot });
    const deps = testDeps(db(), clock);
    runtime = createChatRuntime({ core: createBot({ ...deps, translator, defaultLanguage: "vi" }), sender, db: db(), logger, clock, translator });
  });
  afterEach(async () => {
    await runtime.idle();
    await fake.close();
  });

  it("handles the events of one key one at a time, in arrival order, and lets other keys go ahead", async () => {
    const [a, b] = [newChat(), newChat()];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const slow: ChatEvent = {
      kind: "inbound",
      orderKey: a,
      inbound: async () => {
        await gate;
        order.push("a1 read");
        return text(a, "xin chào", "a1");
      },
    };
    const first = runtime.handle(slow);
    const second = runtime.handle({ kind: "inbound", orderKey: a, inbound: async () => (order.push("a2 read"), text(a, "lần hai", "a2")) });
    await runtime.handle({ kind: "inbound", orderKey: b, inbound: text(b, "xin chào", "b1") });
    // B was answered while A's first event still waits, and A's second has not started.
    expect(sentTo(b)).toEqual([NOT_REGISTERED]);
    expect(sentTo(a)).toEqual([]);
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["a1 read", "a2 read"]);
    expect(sentTo(a)).toEqual([NOT_REGISTERED, NOT_REGISTERED]);
  });

  it("goes on with a key's next event after one fails, and the failed one rejects", async () => {
    const chat = newChat();
    const failing = runtime.handle({ kind: "inbound", orderKey: chat, inbound: () => Promise.reject(new Error("database down")) });
    const next = runtime.handle({ kind: "inbound", orderKey: chat, inbound: text(chat, "xin chào", "after-failure") });
    await expect(failing).rejects.toThrow("database down");
    await next;
    expect(sentTo(chat)).toEqual([NOT_REGISTERED]);
  });

  it("tells afterHandled whether the event failed, once it is done", async () => {
    const chat = newChat();
    const seen: boolean[] = [];
    const afterHandled = async (failed: boolean) => void seen.push(failed);
    await runtime.handle({ kind: "inbound", orderKey: chat, inbound: text(chat, "xin chào", "after-1"), afterHandled });
    await runtime.handle({ kind: "inbound", orderKey: chat, inbound: () => Promise.reject(new Error("boom")), afterHandled }).catch(() => undefined);
    await runtime.handle({ kind: "ignored", reason: "a press without a message", afterHandled });
    expect(seen).toEqual([false, true, false]);
  });

  it("answers an unsupported message once per update, in the person's language, even when deliveries race", async () => {
    const chat = newChat();
    await person(chat, "en");
    // Different order keys, so that the five deliveries really run at the same time.
    const event = (i: number): ChatEvent => ({ kind: "unsupported", orderKey: `race-${i}`, chatId: chat, userId: chat, updateId: `photo-${chat}`, sentence: "telegram-unsupported-photo" });
    await Promise.all([0, 1, 2, 3, 4].map((i) => runtime.handle(event(i))));
    await runtime.handle(event(5));
    expect(sentTo(chat)).toEqual([translator.t("en", "telegram-unsupported-photo")]);
    expect(await db().processedUpdate.count({ where: { platform: "telegram", updateId: `photo-${chat}` } })).toBe(1);

    const stranger = newChat();
    await runtime.handle({ kind: "unsupported", orderKey: stranger, chatId: stranger, userId: stranger, updateId: `photo-${stranger}`, sentence: "telegram-unsupported-photo" });
    expect(sentTo(stranger)).toEqual([translator.t("vi", "telegram-unsupported-photo")]);
  });

  it("marks the chat unreachable when the user blocks the bot, and reachable again when they unblock it", async () => {
    const chat = newChat();
    const { id } = await person(chat, "vi");
    const identity = () => db().chatIdentity.findFirstOrThrow({ where: { personId: id } });
    await runtime.handle({ kind: "membership", orderKey: chat, chatId: chat, blocked: true });
    expect((await identity()).unreachableAt).toEqual(now);
    await runtime.handle({ kind: "membership", orderKey: chat, chatId: chat, blocked: false });
    expect((await identity()).unreachableAt).toBeNull();
  });

  it("marks the chat unreachable when a reply finds the bot blocked, and drops that reply", async () => {
    const chat = newChat();
    const { id } = await person(chat, "vi");
    fake.blockChat(chat);
    await runtime.handle({ kind: "inbound", orderKey: chat, inbound: text(chat, "xin chào", `blocked-${chat}`) });
    expect(fake.refusals.map((r) => r.errorCode)).toEqual([403]);
    expect((await db().chatIdentity.findFirstOrThrow({ where: { personId: id } })).unreachableAt).toEqual(now);
    expect(await db().outboxMessage.count({ where: { chatId: chat } })).toBe(0);
  });

  it("puts a reply Telegram rate-limits for long in the outbox, which delivers it once the wait is over", async () => {
    const chat = newChat();
    fake.failNext(1, { status: 429, retryAfter: 60 }, ["sendMessage"]);
    await runtime.handle({ kind: "inbound", orderKey: chat, inbound: text(chat, "xin chào", `limited-${chat}`) });
    expect(sentTo(chat)).toEqual([]);
    const [queued, ...others] = await db().outboxMessage.findMany({ where: { chatId: chat } });
    expect(others).toEqual([]);
    expect(queued).toMatchObject({ dedupeKey: `telegram:reply:limited-${chat}:0`, platform: "telegram", kind: "reply", status: "pending" });
    expect(JSON.parse(queued!.payload)).toEqual({ text: NOT_REGISTERED });
    expect(queued!.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);

    const dispatcher = createDispatcher({ db: db(), clock, logger, instanceId: "test", maxAttempts: 3, idleMs: 50, senders: new Map<Platform, ChatSender>([["telegram", sender]]) });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0 });
    now = new Date(now.getTime() + 61_000);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(sentTo(chat)).toEqual([NOT_REGISTERED]);
  });

  it("puts a reply that failed on the network in the outbox too, and queues it once when the update comes again", async () => {
    const chat = newChat();
    fake.failNext(1, { status: 500 }, ["sendMessage"]);
    const event: ChatEvent = { kind: "inbound", orderKey: chat, inbound: text(chat, "xin chào", `net-${chat}`), replyKey: `net-${chat}` };
    await runtime.handle(event);
    // The same delivery again (a redelivered webhook): the core drops it, and the outbox key holds one row.
    await runtime.handle(event);
    const rows = await db().outboxMessage.findMany({ where: { chatId: chat } });
    expect(rows.map((r) => r.dedupeKey)).toEqual([`telegram:reply:net-${chat}:0`]);
    expect(rows[0]!.nextAttemptAt).toEqual(now);
  });
});
