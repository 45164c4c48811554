import pino from "pino";
import { expect } from "vitest";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createHttpServer } from "../../src/http/server.js";
import { createTelegramAdapter } from "../../src/adapters/telegram/telegram-adapter.js";
import { startObservedFake } from "../fakes/telegram/observed-fake.js";
import { createTelegramDriver } from "./telegram-driver.js";
import { describeScenarios } from "./describe-scenarios.js";

describeScenarios("Telegram", async ({ db, deps }) => {
  // A person typing a dozen commands in a few seconds would meet Telegram's per-chat limit;
  // the scenarios are about conversations, so the fake does not enforce it here.
  const fake = await startObservedFake({ limits: false });
  const logger = pino({ level: "silent" });
  const adapter = createTelegramAdapter({
    db, logger, bot: createBot(deps), http: createHttpServer({ host: "127.0.0.1", port: 0, logger }),
    token: fake.token, apiRoot: fake.apiRoot, clock: deps.clock, translator: deps.translator,
  });
  await adapter.start();
  return {
    driver: createTelegramDriver({ fake, db }),
    async close() {
      await adapter.stop();
      await fake.close();
      expect(fake.refusals).toEqual([]);
    },
  };
});
