import { createBot } from "../../src/core/conversation/create-bot.js";
import { createConsoleDriver } from "./console-driver.js";
import { describeScenarios } from "./describe-scenarios.js";

describeScenarios("the console", async ({ db, deps }) => {
  const driver = createConsoleDriver({ bot: createBot(deps), db, clock: deps.clock });
  return { driver, close: () => driver.close() };
});
