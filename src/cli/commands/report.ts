import { resolve } from "node:path";
import { formatDateVi } from "../../core/time/format.js";
import { MAX_REPORT_MONTHS, resolvePeriod } from "../../reports/period.js";
import { createReportText } from "../../reports/report-text.js";
import { writeReport } from "../../reports/write-report.js";
import { parseDateArg } from "../date-arg.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand } from "../command.js";

/** `nhacviec report`: writes the inspection report files into a folder (src/reports/write-report.ts), in DEFAULT_LANGUAGE. */
export const reportCommand: CliCommand = {
  path: ["report"],
  summaryKey: "cli-report-summary",
  usageKey: "cli-report-usage",
  usageArgs: { months: String(MAX_REPORT_MONTHS) },
  options: {
    out: { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { out?: string; "as-of"?: string; from?: string; to?: string };
    rejectPositionals(ctx.positionals, t);
    if (!v.out) throw new UsageError(t("cli-report-missing-out"));
    const app = await ctx.openApp();
    try {
      const tz = app.config.timeZone;
      const asOf = v["as-of"] ? parseDateArg(t, "--as-of", v["as-of"], tz, "end") : app.deps.clock();
      const from = v.from ? parseDateArg(t, "--from", v.from, tz, "start") : undefined;
      const to = v.to ? parseDateArg(t, "--to", v.to, tz, "end") : undefined;
      try {
        resolvePeriod({ from, to, asOf }, tz);
      } catch (err) {
        throw err instanceof RangeError ? new UsageError(err.message) : err;
      }
      const text = createReportText(ctx.translator, ctx.language);
      const result = await writeReport(app.deps, { from, to, asOf, outDir: resolve(v.out), text });
      const { data, files } = result;
      const tasks = data.tasks;
      const n = text.number;
      writeLine(ctx.io.stdout, t("cli-report-period", { from: formatDateVi(data.period.from), to: formatDateVi(data.period.to), asOf: formatDateVi(data.asOfDate) }));
      writeLine(
        ctx.io.stdout,
        t("cli-report-counts", {
          documents: n(data.documents),
          total: n(tasks.total),
          onTime: n(tasks.onTime),
          late: n(tasks.late),
          inTerm: n(tasks.inTerm),
          overdue: n(tasks.overdue),
        }),
      );
      writeLine(ctx.io.stdout, t("cli-report-done", { done: n(data.done), rate: text.percent(data.completionRate), inProgress: n(data.inProgress) }));
      for (const path of Object.values(files)) writeLine(ctx.io.stdout, path);
      return 0;
    } finally {
      await app.close();
    }
  },
};
