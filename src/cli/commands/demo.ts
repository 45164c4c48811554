import { loadDemo } from "../../demo/load-demo.js";
import { formatDateVi } from "../../core/time/format.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

export const demoCommand: CliCommand = {
  path: ["demo"],
  summary: "Load the 2019 Kon Tum report as demo data (30 agencies, 2,139 tasks, demo people)",
  usage: [
    "nhacviec demo [--shift-to-today]",
    "",
    "  --shift-to-today   move every date so that the report's cut-off (30/06/2019) is today,",
    "                     so that live stats show the report's numbers",
    "",
    "Does nothing when the database already holds tasks.",
  ].join("\n"),
  options: { "shift-to-today": { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const app = await ctx.openApp();
    try {
      const result = await loadDemo(app.deps, { shiftToToday: ctx.values["shift-to-today"] === true });
      if (!result.loaded) {
        writeLine(ctx.io.stdout, "Cơ sở dữ liệu đã có nhiệm vụ; không nạp dữ liệu mẫu. / The database already holds tasks; nothing loaded.");
        return 0;
      }
      writeLine(
        ctx.io.stdout,
        `Đã nạp / Loaded: ${result.agencies} cơ quan / agencies, ${result.documents} văn bản / documents, ` +
          `${result.tasks} nhiệm vụ / tasks, ${result.people} người / people; ` +
          `chốt số liệu / cut-off ${formatDateVi(result.cutoff, app.config.timeZone)}.`,
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
