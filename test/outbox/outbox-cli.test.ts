import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { startFakeTelegram } from "../fakes/telegram-bot-api.js";
import { openApp } from "../../src/app.js";
import { parseCommandArgs, UsageError, type CliCommand } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { outboxListCommand, outboxRetryCommand } from "../../src/cli/commands/outbox.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { addPerson, enqueue, manualClock, silent } from "./fixtures.js";

/** Runs one outbox command the way `nhacviec` does, capturing its output. */
async function run(command: CliCommand, args: string[], database: TestDatabase) {
  let stdout = "";
  let stderr = "";
  const out = new PassThrough().on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  const err = new PassThrough().on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const env = { DATABASE_URL: database.target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh" };
  const { values, positionals } = parseCommandArgs(command, args);
  const code = await command.run({ ...cliText(env), io: { stdout: out, stderr: err, stdin: new PassThrough(), env }, values, positionals, openApp: (o) => openApp({ ...o, env }) });
  return { code, stdout, stderr };
}

describe.each(providers)("`nhacviec outbox list` and `outbox retry` (%s)", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it("lists the dead and unreachable messages, and a retried dead message is then delivered", async () => {
    const db = database.db;
    const fake = await startFakeTelegram();
    try {
      fake.addChat(61);
      fake.addChat(62);
      fake.blockChat(62);
      const time = manualClock();
      const blocked = await addPerson(db, { identities: [{ platform: "telegram", chatId: "62" }] });
      await enqueue(db, "cli:dead", { platform: "telegram", chatId: "61" }, { text: "sẽ lỗi" }, { now: time.clock() });
      await enqueue(db, "cli:unreachable", { personId: blocked }, { text: "bị chặn" }, { now: time.clock() });
      await enqueue(db, "cli:ok", { platform: "telegram", chatId: "61" }, { text: "bình thường" }, { now: new Date(time.clock().getTime() + 3_600_000) });
      const senders = new Map([["telegram" as const, new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot })]]);
      const dispatcher = createDispatcher({ db, clock: time.clock, logger: silent(), senders, instanceId: "cli-test", maxAttempts: 1 });
      fake.failNext(1, { status: 500 }, { chatId: 61 });
      // The dead one: a 500 with maxAttempts 1. The unreachable one: 403, then no other channel.
      expect(await dispatcher.runOnce()).toEqual({ sent: 0, dead: 1, retried: 1, unreachable: 1 });

      const failed = await run(outboxListCommand, ["--failed", "--json"], database);
      expect(failed.code).toBe(0);
      const rows = JSON.parse(failed.stdout) as { id: number; key: string; status: string; attempts: number; lastError: string }[];
      expect(rows.map((r) => [r.key, r.status])).toEqual([
        ["cli:unreachable", "unreachable"],
        ["cli:dead", "dead"],
      ]);
      expect(rows[1]!.lastError).toMatch(/^network: .*500/);
      const all = await run(outboxListCommand, [], database);
      expect(all.stdout).toMatch(/cli:ok\s+pending\s+0/);
      expect(all.stdout).toContain("Last error");

      const dead = rows[1]!;
      const retried = await run(outboxRetryCommand, [String(dead.id)], database);
      expect(retried).toMatchObject({ code: 0, stderr: "" });
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "pending", attempts: 0 });
      // `retry` makes the row due at the real now; this test's clock is moved past it.
      time.advance(60_000);
      expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
      expect(fake.sentMessages(61).map((c) => c.params.text)).toEqual(["sẽ lỗi"]);

      const again = await run(outboxRetryCommand, [String(dead.id)], database);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("is sent");
      expect((await run(outboxRetryCommand, ["999999"], database)).code).toBe(1);

      // An unreachable row needs its channel trusted again to go anywhere.
      fake.unblockChat(62);
      const unreachable = rows[0]!;
      const reset = await run(outboxRetryCommand, [String(unreachable.id), "--reset-channels"], database);
      expect(reset.stdout).toContain("1 chat account(s) trusted again");
      time.advance(60_000);
      expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
      expect(fake.sentMessages(62)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("refuses a missing or malformed id as a usage error", async () => {
    await expect(run(outboxRetryCommand, [], database)).rejects.toBeInstanceOf(UsageError);
    await expect(run(outboxRetryCommand, ["abc"], database)).rejects.toBeInstanceOf(UsageError);
    await expect(run(outboxListCommand, ["--limit", "0"], database)).rejects.toBeInstanceOf(UsageError);
  });
});
