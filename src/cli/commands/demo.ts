import { loadDemo } from "../../demo/load-demo.js";
import { formatDateVi } from "../../core/time/format.js";
import { rejectPositionals, writeLine, type CliCommand } from "../command.js";

export const demoCommand: CliCommand = {
  path: ["demo"],
  summaryKey: "cli-demo-summary",
  usageKey: "cli-demo-usage",
  options: { "shift-to-today": { type: "boolean" } },
  async run(ctx) {
    const { t } = ctx;
    rejectPositionals(ctx.positionals, t);
    const app = await ctx.openApp();
    try {
      const result = await loadDemo(app.deps, { shiftToToday: ctx.values["shift-to-today"] === true });
      if (!result.loaded) {
        writeLine(ctx.io.stdout, t("cli-demo-not-empty"));
        return 0;
      }
      // Counts as plain digits ("2139"), as scripts read them.
      const count = (n: number) => String(n);
      writeLine(
        ctx.io.stdout,
        t("cli-demo-loaded", {
          agencies: count(result.agencies),
          documents: count(result.documents),
          tasks: count(result.tasks),
          people: count(result.people),
          cutoff: formatDateVi(result.cutoff, app.config.timeZone),
        }),
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
