import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createHttpServer } from "../../src/http/server.js";
import { createTelegramAdapter } from "../../src/adapters/telegram/telegram-adapter.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { keptLogger, translator } from "../fakes/telegram/adapter-harness.js";

describe("starting the Telegram adapter", () => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    fake = await startObservedFake();
  });
  afterAll(async () => {
    await fake.close();
    await database.destroy();
  });

  function adapter(token: string, apiRoot: string) {
    const { logger, lines } = keptLogger();
    const deps = testDeps(database.db);
    const created = createTelegramAdapter({
      db: database.db, logger, token, apiRoot, clock: deps.clock, translator, http: createHttpServer({ host: "127.0.0.1", port: 0, logger }),
      bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    });
    return { created, lines };
  }

  it("fails on a token Telegram refuses, saying so without the token", async () => {
    const token = "1234567:AAwrong-token-never-to-be-shown";
    const { created, lines } = adapter(token, fake.apiRoot);
    const err = await created.start().then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/could not start.*401/);
    expect(err?.message).not.toContain(token);
    expect(lines.join("")).not.toContain(token);
    await expect(created.start()).rejects.toThrow(/starts once/);
  });

  it("fails when the Bot API cannot be reached, without the token in the error", async () => {
    const closed = await startObservedFake();
    const apiRoot = closed.apiRoot;
    await closed.close();
    const { created } = adapter(fake.token, apiRoot);
    const err = await created.start().then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/could not start.*getMe/);
    expect(JSON.stringify(err, Object.getOwnPropertyNames(err))).not.toContain(fake.token);
  });
});
