import { resolve } from "node:path";
import { formatDateVi } from "../../core/time/format.js";
import { formatNumberVi, formatPercentVi } from "../../reports/format.js";
import { MAX_REPORT_MONTHS, resolvePeriod } from "../../reports/period.js";
import { writeReport } from "../../reports/write-report.js";
import { parseDateArg } from "../date-arg.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

/** `nhacviec report`: writes the inspection report files into a folder (src/reports/write-report.ts). */
export const reportCommand: CliCommand = {
  path: ["report"],
  summary: "Write the inspection report: XLSX, DOCX draft, PNG chart and CSV appendices",
  usage: [
    "nhacviec report --out DIR [--from DATE --to DATE] [--as-of DATE]",
    "",
    "  --out DIR       folder to write bao-cao.xlsx, bao-cao.docx, bieu-do.png,",
    "                  phu-luc-01.csv and phu-luc-02.csv into (created when missing)",
    "  --from, --to    only tasks assigned in this period (inclusive days;",
    "                  default: 1 January of the year of --to, up to the as-of day)",
    "  --as-of DATE    count as of the end of this day (default: now)",
    "",
    `DATE: dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE. At most ${MAX_REPORT_MONTHS} months.`,
  ].join("\n"),
  options: {
    out: { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  async run(ctx) {
    const v = ctx.values as { out?: string; "as-of"?: string; from?: string; to?: string };
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    if (!v.out) throw new UsageError("--out DIR is required");
    const app = await ctx.openApp();
    try {
      const tz = app.config.timeZone;
      const asOf = v["as-of"] ? parseDateArg("--as-of", v["as-of"], tz, "end") : app.deps.clock();
      const from = v.from ? parseDateArg("--from", v.from, tz, "start") : undefined;
      const to = v.to ? parseDateArg("--to", v.to, tz, "end") : undefined;
      try {
        resolvePeriod({ from, to, asOf }, tz);
      } catch (err) {
        throw err instanceof RangeError ? new UsageError(err.message) : err;
      }
      const result = await writeReport(app.deps, { from, to, asOf, outDir: resolve(v.out) });
      const { data, files } = result;
      const t = data.tasks;
      const n = formatNumberVi;
      writeLine(
        ctx.io.stdout,
        `Báo cáo ${formatDateVi(data.period.from)} – ${formatDateVi(data.period.to)}, số liệu đến hết ngày ${formatDateVi(data.asOfDate)}`,
      );
      writeLine(ctx.io.stdout, `${n(data.documents)} văn bản, ${n(t.total)} nhiệm vụ: ${n(t.onTime)} hoàn thành đúng hạn, ` +
        `${n(t.late)} hoàn thành quá hạn, ${n(t.inTerm)} chưa hoàn thành trong hạn, ${n(t.overdue)} chưa hoàn thành trễ hạn`);
      writeLine(ctx.io.stdout, `Đã hoàn thành ${n(data.done)} (${formatPercentVi(data.completionRate)}), còn ${n(data.inProgress)} đang thực hiện`);
      for (const path of Object.values(files)) writeLine(ctx.io.stdout, path);
      return 0;
    } finally {
      await app.close();
    }
  },
};
