import { PassThrough } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { createConsoleSender } from "../../src/adapters/console/console-sender.js";
import { createDispatcher, type DispatcherDeps } from "../../src/outbox/dispatcher.js";
import { UNKNOWN_OUTCOME } from "../../src/outbox/claim.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import type { Platform } from "../../src/core/conversation/types.js";
import { addPerson, addTask, capturedLogger, deliveries, enqueue, manualClock, silent, waitUntil } from "./fixtures.js";

describe.each(providers)("outbox dispatcher through the Telegram sender over HTTP (%s)", (provider) => {
  let database: TestDatabase;
  let fake: FakeTelegram;
  let consoleOut: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  beforeEach(async () => {
    const db = database.db;
    await db.messageLink.deleteMany();
    await db.broadcastRecipient.deleteMany();
    await db.broadcast.deleteMany();
    await db.outboxMessage.deleteMany();
    await db.chatIdentity.deleteMany();
    await db.person.deleteMany();
    await db.task.deleteMany();
    await db.agency.deleteMany();
    fake = await startFakeTelegram();
    consoleOut = "";
  });
  afterEach(() => fake.close());

  function dispatcher(overrides: Partial<DispatcherDeps> = {}) {
    const out = new PassThrough();
    out.on("data", (c: Buffer) => (consoleOut += c.toString("utf8")));
    const senders = new Map<Platform, ChatSender>([
      ["telegram", new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot })],
      ["console", createConsoleSender(out)],
    ]);
    return createDispatcher({ db: database.db, clock: () => new Date(), logger: silent(), senders, instanceId: "test-1", maxAttempts: 3, ...overrides });
  }

  const row = (key: string) => database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });

  it("sends a due message once and records where it went, its task link and its broadcast recipient", async () => {
    const db = database.db;
    fake.addChat(1001);
    const personId = await addPerson(db, { preferred: "telegram", identities: [{ platform: "telegram", chatId: "1001" }] });
    const taskId = await addTask(db);
    await enqueue(db, "digest:1", { personId }, { text: "Nhắc việc <hôm nay>", buttons: [[{ label: "Xong", action: `done:${taskId}` }]] }, { taskId });
    const agencyId = (await db.task.findUniqueOrThrow({ where: { id: taskId } })).agencyId;
    const outbox = await row("digest:1");
    await db.broadcast.create({ data: { target: "tat_ca", text: "x", recipients: { create: { agencyId, personId, outboxId: outbox.id } } } });

    expect(await dispatcher().runOnce()).toEqual({ sent: 1, retried: 0, dead: 0, unreachable: 0 });
    expect(await dispatcher().runOnce()).toEqual({ sent: 0, retried: 0, dead: 0, unreachable: 0 });

    const [call] = fake.sentMessages(1001);
    expect(fake.sentMessages()).toHaveLength(1);
    const messageId = String((call!.result as { message_id: number }).message_id);
    expect(await row("digest:1")).toMatchObject({ status: "sent", attempts: 1, sentPlatform: "telegram", sentChatId: "1001", platformMessageId: messageId, lockedUntil: null });
    expect((await row("digest:1")).sentAt).toBeInstanceOf(Date);
    expect(await db.messageLink.findMany({ select: { platform: true, chatId: true, platformMessageId: true, taskId: true } })).toEqual([
      { platform: "telegram", chatId: "1001", platformMessageId: messageId, taskId },
    ]);
    expect(await db.broadcastRecipient.findFirstOrThrow()).toMatchObject({ status: "sent", channel: "telegram" });
  });

  it("paces its sends so that the fake, enforcing Telegram's limits, never answers 429", async () => {
    const db = database.db;
    for (let i = 0; i < 40; i++) {
      fake.addChat(2000 + i);
      await enqueue(db, `n:${i}`, { platform: "telegram", chatId: String(2000 + i) }, { text: `tin ${i}` });
    }
    fake.addChat(2999);
    for (let i = 0; i < 5; i++) await enqueue(db, `same:${i}`, { platform: "telegram", chatId: "2999" }, { text: `cùng chat ${i}` });

    const result = await dispatcher().runOnce();

    expect(fake.refusals).toEqual([]);
    expect(result).toEqual({ sent: 45, retried: 0, dead: 0, unreachable: 0 });
    expect([...deliveries(fake.calls).values()].every((n) => n === 1)).toBe(true);
    expect(deliveries(fake.calls).size).toBe(45);
  });

  it("honours a 429 storm: every message arrives exactly once, rate limits cost no attempt", async () => {
    const db = database.db;
    for (let i = 0; i < 20; i++) {
      fake.addChat(3000 + i);
      await enqueue(db, `storm:${i}`, { platform: "telegram", chatId: String(3000 + i) }, { text: `bão ${i}` });
    }
    // Each 429 pauses all sends for its retry_after, so six in a row take about six seconds.
    fake.failNext(6, { status: 429, retryAfter: 1 });
    const d = dispatcher({ idleMs: 100 });
    d.start();
    await waitUntil(async () => (await db.outboxMessage.count({ where: { status: "sent" } })) === 20, 30_000, "all sent");
    await d.stop();

    expect(fake.refusals.map((r) => r.errorCode)).toEqual(Array(6).fill(429));
    const counts = deliveries(fake.calls);
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const rows = await db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("on 403 marks the identity unreachable and delivers through the person's next channel", async () => {
    const db = database.db;
    fake.addChat(4001);
    fake.blockChat(4001);
    const personId = await addPerson(db, {
      preferred: "telegram",
      identities: [
        { platform: "console", chatId: "focal-SYT" },
        { platform: "telegram", chatId: "4001" },
      ],
    });
    await enqueue(db, "esc:1", { personId }, { text: "Nhiệm vụ quá hạn" });
    const agency = await db.agency.create({ data: { code: "SYT", name: "Sở Y tế" } });
    const outbox = await row("esc:1");
    await db.broadcast.create({ data: { target: "tre_han", text: "x", recipients: { create: { agencyId: agency.id, personId, outboxId: outbox.id } } } });

    const result = await dispatcher().runOnce();

    expect(result).toEqual({ sent: 1, retried: 1, dead: 0, unreachable: 0 });
    expect(fake.refusals.map((r) => r.errorCode)).toEqual([403]);
    expect(consoleOut).toContain("[console focal-SYT");
    expect(consoleOut).toContain("Nhiệm vụ quá hạn");
    expect(await row("esc:1")).toMatchObject({ status: "sent", sentPlatform: "console", sentChatId: "focal-SYT", attempts: 1 });
    const telegram = await db.chatIdentity.findFirstOrThrow({ where: { platform: "telegram" } });
    expect(telegram.unreachableAt).toBeInstanceOf(Date);
    expect(telegram.failureCount).toBe(1);
    expect(await db.broadcastRecipient.findFirstOrThrow()).toMatchObject({ status: "sent", channel: "console" });

    await enqueue(db, "esc:2", { personId }, { text: "Lần hai" });
    await dispatcher().runOnce();
    expect(fake.refusals).toHaveLength(1);
    expect((await row("esc:2")).sentPlatform).toBe("console");
  });

  it("records a message no channel reaches as unreachable, never dropping it", async () => {
    const db = database.db;
    fake.addChat(5001);
    fake.blockChat(5001);
    const personId = await addPerson(db, { identities: [{ platform: "telegram", chatId: "5001" }] });
    const nobody = await addPerson(db, { identities: [{ platform: "zalo", chatId: "z1" }] });
    await enqueue(db, "u:1", { personId }, { text: "a" });
    await enqueue(db, "u:2", { personId: nobody }, { text: "b" });
    await enqueue(db, "u:3", { platform: "telegram", chatId: "5001" }, { text: "c" });

    const result = await dispatcher().runOnce();

    expect(result.unreachable).toBe(3);
    expect(await row("u:1")).toMatchObject({ status: "unreachable", lastError: "no reachable chat identity" });
    expect(await row("u:2")).toMatchObject({ status: "unreachable", lastError: "no reachable chat identity" });
    expect(await row("u:3")).toMatchObject({ status: "unreachable" });
    expect((await row("u:3")).lastError).toContain("blocked");
  });

  it("retries network failures with backoff and makes the row dead after maxAttempts", async () => {
    const db = database.db;
    const time = manualClock();
    fake.addChat(6001);
    await enqueue(db, "net:1", { platform: "telegram", chatId: "6001" }, { text: "x" }, { now: time.clock() });
    fake.failNext(10, { status: 500 });
    const d = dispatcher({ clock: time.clock, maxAttempts: 3 });

    expect(await d.runOnce()).toMatchObject({ retried: 1 });
    const first = await row("net:1");
    expect(first).toMatchObject({ status: "pending", attempts: 1 });
    const delay = first.nextAttemptAt.getTime() - time.clock().getTime();
    expect(delay).toBeGreaterThanOrEqual(2_500);
    expect(delay).toBeLessThanOrEqual(5_000);
    expect(await d.runOnce()).toMatchObject({ sent: 0, retried: 0 }); // not due yet

    time.advance(60_000);
    expect(await d.runOnce()).toMatchObject({ retried: 1 });
    time.advance(60_000);
    expect(await d.runOnce()).toMatchObject({ dead: 1 });
    const dead = await row("net:1");
    expect(dead).toMatchObject({ status: "dead", attempts: 3 });
    expect(dead.lastError).toMatch(/^network: .*500.*after 3 attempts/);
    expect(fake.refusals).toHaveLength(3);
  });

  it("makes a message the platform rejects dead at once", async () => {
    const db = database.db;
    fake.addChat(7001);
    await enqueue(db, "rej:1", { platform: "telegram", chatId: "7001" }, { text: "x", buttons: [[{ label: "Dài", action: "đ".repeat(40) }]] });
    expect(await dispatcher().runOnce()).toMatchObject({ dead: 1 });
    expect(await row("rej:1")).toMatchObject({ status: "dead", attempts: 1 });
    expect((await row("rej:1")).lastError).toContain("BUTTON_DATA_INVALID");
  });

  it("never resends a row whose send was interrupted: an expired lease becomes dead with an unknown outcome", async () => {
    const db = database.db;
    fake.addChat(8001);
    await enqueue(db, "crash:1", { platform: "telegram", chatId: "8001" }, { text: "x" });
    await db.outboxMessage.update({ where: { dedupeKey: "crash:1" }, data: { status: "sending", attempts: 1, lockedBy: "gone", lockedUntil: new Date(Date.now() - 1) } });
    await enqueue(db, "crash:2", { platform: "telegram", chatId: "8001" }, { text: "y" });
    await db.outboxMessage.update({ where: { dedupeKey: "crash:2" }, data: { status: "sending", attempts: 1, lockedBy: "alive", lockedUntil: new Date(Date.now() + 60_000) } });

    expect(await dispatcher().runOnce()).toEqual({ sent: 0, retried: 0, dead: 1, unreachable: 0 });

    expect(await row("crash:1")).toMatchObject({ status: "dead", lastError: UNKNOWN_OUTCOME });
    expect(await row("crash:2")).toMatchObject({ status: "sending", lockedBy: "alive" });
    expect(fake.calls).toEqual([]);
  });

  it("links every part of a long message to its task, and after a failed part resends only the rest", async () => {
    const db = database.db;
    fake.addChat(9001);
    const taskId = await addTask(db);
    const text = Array.from({ length: 700 }, (_, i) => `Dòng ${i}: báo cáo tiến độ nhiệm vụ`).join("\n");
    await enqueue(db, "long:1", { platform: "telegram", chatId: "9001" }, { text, taskId });
    fake.once("call", () => fake.failNext(1, { status: 429, retryAfter: 1 }));
    const d = dispatcher({ idleMs: 100 });
    d.start();
    await waitUntil(async () => (await row("long:1")).status === "sent", 20_000, "long message sent");
    await d.stop();

    const parts = fake.sentMessages(9001);
    expect(parts.map((c) => (c.result as { text: string }).text).join("\n")).toBe(text);
    const ids = parts.map((c) => String((c.result as { message_id: number }).message_id));
    expect(new Set(parts.map((c) => c.params.text)).size).toBe(parts.length);
    const links = await db.messageLink.findMany({ orderBy: { id: "asc" } });
    expect(links.map((l) => l.platformMessageId).sort()).toEqual([...ids].sort());
    expect(links.every((l) => l.taskId === taskId)).toBe(true);
    expect((await row("long:1")).platformMessageId).toBe(ids[0]);
  });

  it("keeps the bot token out of every log line, whatever fails", async () => {
    const db = database.db;
    const { logger, lines } = capturedLogger("trace");
    fake.addChat(9101);
    await enqueue(db, "log:1", { platform: "telegram", chatId: "9101" }, { text: "a" });
    await enqueue(db, "log:2", { platform: "telegram", chatId: "9102" }, { text: "b" });
    fake.failNext(1, { status: 500 });
    await dispatcher({ logger }).runOnce();
    const token = fake.token;
    await fake.close();
    await enqueue(db, "log:3", { platform: "telegram", chatId: "9101" }, { text: "c" });
    await dispatcher({ logger }).runOnce();
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((l) => /ECONN(REFUSED|RESET)/.test(l))).toBe(true);
    for (const line of lines) expect(line).not.toContain(token.split(":")[1]!);
  });
});
