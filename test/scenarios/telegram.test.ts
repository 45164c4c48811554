import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createHttpServer } from "../../src/http/server.js";
import { createTelegramAdapter } from "../../src/adapters/telegram/telegram-adapter.js";
import { startObservedFake } from "../fakes/telegram/observed-fake.js";
import { createTelegramDriver } from "./telegram-driver.js";
import { scenarios, SCENARIO_NOW } from "./conversations.js";
import { createWorld } from "./world.js";

describe.each(providers)("conversation scenarios on Telegram (%s)", (provider) => {
  for (const scenario of scenarios) {
    describe(scenario.name, () => {
      let tdb: TestDatabase;
      beforeAll(async () => {
        tdb = await createTestDatabase(provider);
        await loadDemo(testDeps(tdb.db));
      });
      afterAll(() => tdb.destroy());

      it("runs through", async () => {
        const deps = { ...testDeps(tdb.db, fixedClock(SCENARIO_NOW)), translator: createTranslator(), defaultLanguage: "vi" as const };
        // A person typing a dozen commands in a few seconds would meet Telegram's per-chat limit;
        // the scenarios are about conversations, so the fake does not enforce it here.
        const fake = await startObservedFake({ limits: false });
        const logger = pino({ level: "silent" });
        const adapter = createTelegramAdapter({
          db: tdb.db, logger, bot: createBot(deps), http: createHttpServer({ host: "127.0.0.1", port: 0, logger }),
          token: fake.token, apiRoot: fake.apiRoot, clock: deps.clock, translator: deps.translator,
        });
        await adapter.start();
        try {
          await scenario.run(createTelegramDriver({ fake, db: tdb.db }), createWorld(deps));
          expect(fake.refusals).toEqual([]);
        } finally {
          await adapter.stop();
          await fake.close();
        }
      });
    });
  }
});
