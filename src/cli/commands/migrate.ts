import { migrateDatabase } from "../../db/connect.js";
import { loadConfig } from "../../config.js";
import { rejectPositionals, writeLine, type CliCommand } from "../command.js";

export const migrateCommand: CliCommand = {
  path: ["migrate"],
  summaryKey: "cli-migrate-summary",
  usageKey: "cli-migrate-usage",
  async run(ctx) {
    const { t } = ctx;
    rejectPositionals(ctx.positionals, t);
    const config = loadConfig(ctx.io.env);
    const result = await migrateDatabase(config.database);
    writeLine(
      ctx.io.stdout,
      result.applied.length === 0
        ? t("cli-migrate-up-to-date", { count: result.alreadyApplied })
        : t("cli-migrate-applied", { count: result.applied.length, names: result.applied.join(", ") }),
    );
    return 0;
  },
};
