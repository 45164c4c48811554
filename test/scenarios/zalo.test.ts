import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createWorld } from "./world.js";
import { scenarios, SCENARIO_NOW } from "./conversations.js";
import { createZaloDriver, startZaloHarness } from "./zalo-driver.js";

describe.each(providers)("conversation scenarios on Zalo (%s)", (provider) => {
  for (const scenario of scenarios) {
    describe(scenario.name, () => {
      let tdb: TestDatabase;
      beforeAll(async () => {
        tdb = await createTestDatabase(provider);
        await loadDemo(testDeps(tdb.db));
      });
      afterAll(() => tdb.destroy());

      it("runs through", async () => {
        const clock = fixedClock(SCENARIO_NOW);
        const harness = await startZaloHarness(tdb.db, { clock });
        try {
          await scenario.run(createZaloDriver({ harness, db: tdb.db }), createWorld(testDeps(tdb.db, clock)));
        } finally {
          await harness.close();
        }
      });
    });
  }
});
