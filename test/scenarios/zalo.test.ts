import { createZaloDriver, startZaloHarness } from "./zalo-driver.js";
import { describeScenarios } from "./describe-scenarios.js";

describeScenarios("Zalo", async ({ db, deps }) => {
  const harness = await startZaloHarness(db, { clock: deps.clock });
  return { driver: createZaloDriver({ harness, db }), close: () => harness.close() };
});
