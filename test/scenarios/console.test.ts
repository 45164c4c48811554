import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createConsoleDriver } from "./console-driver.js";
import { describeScenarios } from "./describe-scenarios.js";

describeScenarios("the console", async ({ db, deps }) => {
  const filesDir = mkdtempSync(join(tmpdir(), "nhacviec-console-files-"));
  const driver = createConsoleDriver({ bot: createBot(deps), db, clock: deps.clock, filesDir });
  return {
    driver,
    close: async () => {
      await driver.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
});
