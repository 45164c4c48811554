import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createConsoleDriver } from "./console-driver.js";
import { scenarios, SCENARIO_NOW } from "./conversations.js";
import { createWorld } from "./world.js";

describe.each(providers)("conversation scenarios on the console (%s)", (provider) => {
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
        const driver = createConsoleDriver({ bot: createBot(deps), db: tdb.db, clock: deps.clock });
        try {
          await scenario.run(driver, createWorld(deps));
        } finally {
          await driver.close();
        }
      });
    });
  }
});
