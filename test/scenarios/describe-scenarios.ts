import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Db } from "../../src/db/connect.js";
import type { ConversationDeps } from "../../src/core/conversation/context.js";
import { scenarios, SCENARIO_NOW, type Scenario } from "./conversations.js";
import { createWorld } from "./world.js";
import type { ChatDriver } from "./driver.js";

/** What a platform's scenario run gets: the scenario's database and core deps at SCENARIO_NOW. */
export interface ScenarioContext {
  db: Db;
  deps: ConversationDeps;
}

/**
 * Runs every shared scenario on one platform, each on a fresh database with
 * the demo loaded, on SQLite and (when configured) PostgreSQL. `open` starts
 * the platform's adapter and fake server and returns its driver and a close.
 */
export function describeScenarios(platform: string, open: (ctx: ScenarioContext) => Promise<{ driver: ChatDriver; close(): Promise<void> }>): void {
  describe.each(providers)(`conversation scenarios on ${platform} (%s)`, (provider) => {
    for (const scenario of scenarios) {
      describe(scenario.name, () => {
        let tdb: TestDatabase;
        beforeAll(async () => {
          tdb = await createTestDatabase(provider);
          await loadDemo(testDeps(tdb.db));
        });
        afterAll(() => tdb.destroy());

        it("runs through", () => runScenario(scenario, tdb.db, open));
      });
    }
  });
}

async function runScenario(scenario: Scenario, db: Db, open: Parameters<typeof describeScenarios>[1]): Promise<void> {
  const deps: ConversationDeps = { ...testDeps(db, fixedClock(SCENARIO_NOW)), translator: createTranslator(), defaultLanguage: "vi" };
  const { driver, close } = await open({ db, deps });
  try {
    await scenario.run(driver, createWorld(deps));
  } finally {
    await close();
  }
}
