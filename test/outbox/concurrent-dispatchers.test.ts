import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type Provider, type TestDatabase } from "../helpers/test-database.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";
import { createDb, type Database } from "../../src/db/connect.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { DEFAULT_PACING } from "../../src/outbox/pacing.js";
import { deliveries, enqueue, silent, waitUntil } from "./fixtures.js";
import { startChild, type Child } from "./child.js";

const COUNT = 150;
/** Pacing is per process, so each of the three instances takes a third of the bot's overall rate. */
const THIRD = 9;

/**
 * Three instances on one outbox. On PostgreSQL they run in this process, each
 * with its own connection pool. SQLite's driver blocks its thread while it
 * waits for a lock, so three SQLite clients in one thread would wait for each
 * other; there the instances are three processes, as they would be deployed.
 */
describe.each(["postgresql", "sqlite"] as Provider[])("three dispatchers on one outbox (%s)", (provider) => {
  const skip = provider === "postgresql" && !process.env.TEST_DATABASE_URL;
  let database: TestDatabase;
  let fake: FakeTelegram;

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    fake = await startFakeTelegram();
    for (let i = 0; i < COUNT; i++) {
      fake.addChat(10_000 + i);
      await enqueue(database.db, `multi:${i}`, { platform: "telegram", chatId: String(10_000 + i) }, { text: `multi:${i}` });
    }
  });
  afterEach(async () => {
    if (skip) return;
    await fake.close();
    await database.destroy();
  });

  const allSent = async () => (await database.db.outboxMessage.count({ where: { status: "sent" } })) === COUNT;

  async function runInProcess(): Promise<void> {
    const pacing = { ...DEFAULT_PACING, telegram: { ...DEFAULT_PACING.telegram, overall: { perSecond: THIRD, burst: 1 } } };
    const clients: Database[] = [];
    const dispatchers = ["a", "b", "c"].map((name) => {
      const client = createDb(database.target);
      clients.push(client);
      const senders = new Map([["telegram" as const, new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot })]]);
      return createDispatcher({ db: client.db, clock: () => new Date(), logger: silent(), senders, instanceId: `instance-${name}`, maxAttempts: 5, idleMs: 100, batchSize: 20, pacing });
    });
    try {
      for (const d of dispatchers) d.start();
      await waitUntil(allSent, 60_000, "all sent");
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
      for (const c of clients) await c.close();
    }
  }

  async function runAsProcesses(): Promise<void> {
    const children: Child[] = ["a", "b", "c"].map((name) =>
      startChild({
        DATABASE_URL: database.target.url,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_BOT_TOKEN: fake.token,
        INSTANCE_ID: `instance-${name}`,
        OVERALL_PER_SECOND: String(THIRD),
      }),
    );
    try {
      await waitUntil(allSent, 90_000, "all sent");
      for (const c of children) c.proc.kill("SIGTERM");
      for (const c of children) expect((await c.exited).code).toBe(0);
    } finally {
      for (const c of children) c.proc.kill("SIGKILL");
    }
  }

  it.runIf(!skip)("deliver every message exactly once between them, none lost", async () => {
    await (provider === "postgresql" ? runInProcess() : runAsProcesses());

    expect(fake.refusals).toEqual([]);
    const counts = deliveries(fake.calls);
    expect(counts.size).toBe(COUNT);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    const rows = await database.db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    // Each instance sent some: their claims really competed.
    expect([...new Set(rows.map((r) => r.lockedBy))].sort()).toEqual(["instance-a", "instance-b", "instance-c"]);
  }, 120_000);
});
