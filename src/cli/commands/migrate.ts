import { migrateDatabase } from "../../db/connect.js";
import { loadConfig } from "../../config.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

export const migrateCommand: CliCommand = {
  path: ["migrate"],
  summary: "Apply pending database migrations",
  usage: "nhacviec migrate",
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const config = loadConfig(ctx.io.env);
    const result = await migrateDatabase(config.database);
    writeLine(
      ctx.io.stdout,
      result.applied.length === 0
        ? `Database is up to date (${result.alreadyApplied} migrations applied).`
        : `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`,
    );
    return 0;
  },
};
