import { createSlackDriver, linkDemoPeople, startSlackHarness } from "./slack-driver.js";
import { describeScenarios } from "./describe-scenarios.js";

describeScenarios("Slack", async ({ db, deps }) => {
  const harness = await startSlackHarness(db, { clock: deps.clock });
  await linkDemoPeople(db, harness.fake.teamId);
  return { driver: createSlackDriver(harness), close: () => harness.close() };
});
