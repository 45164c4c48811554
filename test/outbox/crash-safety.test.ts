import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";
import { UNKNOWN_OUTCOME } from "../../src/outbox/claim.js";
import { deliveries, enqueue, waitUntil } from "./fixtures.js";
import { startChild as spawnChild, type Child } from "./child.js";

/** Each child takes seconds to start (tsx, Prisma); a test starts up to five. */
const TIMEOUT = 120_000;

describe("the outbox across SIGKILL and restart (SQLite file, child processes)", () => {
  let database: TestDatabase;
  let fake: FakeTelegram;
  const children: Child[] = [];

  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    fake = await startFakeTelegram();
  });
  afterEach(async () => {
    for (const c of children.splice(0)) c.proc.kill("SIGKILL");
    fake.release();
    await fake.close();
    await database.destroy();
  });

  function startChild(env: Record<string, string> = {}): Child {
    const child = spawnChild({
      DATABASE_URL: database.target.url,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_BOT_TOKEN: fake.token,
      LEASE_MS: "1500",
      ...env,
    });
    children.push(child);
    return child;
  }

  /** SIGKILLs the child from inside the fake's handler of its `n`-th accepted call, before the answer is written. */
  function killOnCall(child: Child, n: number): Promise<void> {
    return new Promise((resolve) => {
      const onCall = () => {
        if (fake.calls.length < n) return;
        fake.off("call", onCall);
        child.proc.kill("SIGKILL");
        resolve();
      };
      fake.on("call", onCall);
    });
  }

  async function enqueueMany(count: number, chatOf: (i: number) => number): Promise<string[]> {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const chat = chatOf(i);
      fake.addChat(chat);
      keys.push(`k:${i}`);
      await enqueue(database.db, `k:${i}`, { platform: "telegram", chatId: String(chat) }, { text: `k:${i}` });
    }
    return keys;
  }

  const settled = async () => (await database.db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) === 0;

  async function finish(): Promise<void> {
    const last = startChild();
    await waitUntil(settled, 45_000, "every row settled");
    last.proc.kill("SIGTERM");
    expect(await last.exited).toEqual({ code: 0, signal: null });
  }

  it("a kill after the platform accepted a message but before it was recorded: that key is not sent again, none is lost", async () => {
    const keys = await enqueueMany(12, (i) => 100 + i);
    fake.holdResponses();
    const child = startChild({ MAX_IN_FLIGHT: "1" });
    await killOnCall(child, 1);
    expect((await child.exited).signal).toBe("SIGKILL");
    fake.release();

    const db = database.db;
    const inFlight = await db.outboxMessage.findMany({ where: { status: "sending" } });
    expect(inFlight.map((r) => r.dedupeKey)).toEqual([String(fake.calls[0]!.params.text)]);
    expect(await db.outboxMessage.count({ where: { status: "pending" } })).toBe(11);

    await finish();

    const counts = deliveries(fake.calls);
    expect(keys.map((k) => counts.get(k))).toEqual(keys.map(() => 1));
    const rows = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    const uncertain = rows.filter((r) => r.status === "dead");
    expect(uncertain.map((r) => [r.dedupeKey, r.lastError])).toEqual([[inFlight[0]!.dedupeKey, UNKNOWN_OUTCOME]]);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(11);
  }, TIMEOUT);

  it("kills at several points of a paced stream never deliver a key twice, and every key is delivered or flagged", async () => {
    // Some chats get several messages, so the stream is paced over seconds and kills land mid-stream.
    const keys = await enqueueMany(40, (i) => 200 + (i % 25));
    fake.setResponseDelay(40);
    for (const n of [4, 13, 22]) {
      const child = startChild();
      await killOnCall(child, n);
      expect((await child.exited).signal).toBe("SIGKILL");
    }
    fake.setResponseDelay(0);
    await finish();

    const counts = deliveries(fake.calls);
    const rows = await database.db.outboxMessage.findMany();
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    for (const row of rows) {
      if (row.status === "sent") expect(counts.get(row.dedupeKey)).toBe(1);
      else expect([row.dedupeKey, row.status, row.lastError]).toEqual([row.dedupeKey, "dead", UNKNOWN_OUTCOME]);
    }
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual([...keys].sort());
    // Only a send in progress at a kill can be uncertain: at most 8 per kill.
    expect(rows.filter((r) => r.status === "dead").length).toBeLessThanOrEqual(3 * 8);
    expect(rows.filter((r) => r.status === "sent").length).toBeGreaterThanOrEqual(40 - 3 * 8);
  }, TIMEOUT);

  it("a SIGTERM lets the sends in progress finish and be recorded: nothing uncertain, nothing twice", async () => {
    const keys = await enqueueMany(20, (i) => 300 + i);
    fake.setResponseDelay(300);
    const child = startChild();
    await new Promise<void>((resolve) => {
      const onCall = () => {
        if (fake.calls.length < 5) return;
        fake.off("call", onCall);
        child.proc.kill("SIGTERM");
        resolve();
      };
      fake.on("call", onCall);
    });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.lines.some((l) => l.includes("child: stopped"))).toBe(true);
    expect(await database.db.outboxMessage.count({ where: { status: "sending" } })).toBe(0);
    fake.setResponseDelay(0);
    await finish();

    const counts = deliveries(fake.calls);
    expect(keys.map((k) => counts.get(k))).toEqual(keys.map(() => 1));
    expect(await database.db.outboxMessage.count({ where: { status: "sent" } })).toBe(20);
  }, TIMEOUT);
});
