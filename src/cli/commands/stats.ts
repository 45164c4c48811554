import { computeStats } from "../../core/stats/compute-stats.js";
import { statsToJson } from "../../core/stats/stats-json.js";
import { createAgencyMatcher, loadAgencies, resolveAgency } from "../../core/agencies/agency-directory.js";
import { parseDateArg } from "../date-arg.js";
import { formatDateVi } from "../../core/time/format.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

export const statsCommand: CliCommand = {
  path: ["stats"],
  summary: "Four-way task counts per agency (on time, late, in term, overdue)",
  usage: [
    "nhacviec stats [--agency NAME] [--as-of DATE] [--from DATE --to DATE] [--json]",
    "",
    "  --agency NAME   one agency, by name, short name or alias (\"so y te\", \"SYT\")",
    "  --as-of DATE    count as of the end of this day (default: now)",
    "  --from, --to    only tasks assigned in this period (inclusive days)",
    "  --json          print { asOf, rows: [{ agency, total, onTime, late, inTerm, overdue }], total }",
    "",
    "DATE: dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE.",
  ].join("\n"),
  options: {
    agency: { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
  },
  async run(ctx) {
    const v = ctx.values as { agency?: string; "as-of"?: string; from?: string; to?: string; json?: boolean };
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const app = await ctx.openApp();
    try {
      const tz = app.config.timeZone;
      const asOf = v["as-of"] ? parseDateArg("--as-of", v["as-of"], tz, "end") : app.deps.clock();
      const assignedFrom = v.from ? parseDateArg("--from", v.from, tz, "start") : undefined;
      const assignedTo = v.to ? parseDateArg("--to", v.to, tz, "end") : undefined;
      let agencyIds: number[] | undefined;
      if (v.agency !== undefined) {
        const agencies = await loadAgencies(app.deps.db);
        agencyIds = [resolveAgency(createAgencyMatcher(agencies), v.agency).id];
      }
      const stats = await computeStats(app.deps, { asOf, assignedFrom, assignedTo, agencyIds });
      if (v.json) {
        writeLine(ctx.io.stdout, JSON.stringify(statsToJson(stats), null, 2));
        return 0;
      }
      writeLine(ctx.io.stdout, `Số liệu tính đến / as of ${formatDateVi(asOf, tz)}`);
      const header = ["TT", "Cơ quan", "Tổng số", "HT đúng hạn", "HT quá hạn", "Chưa HT trong hạn", "Chưa HT trễ hạn"];
      const body = stats.rows.map((r, i) => [String(i + 1), r.agency.name, r.total, r.onTime, r.late, r.inTerm, r.overdue]);
      const t = stats.total;
      body.push(["", "Tổng số", t.total, t.onTime, t.late, t.inTerm, t.overdue]);
      writeLine(ctx.io.stdout, renderTable(header, body));
      return 0;
    } finally {
      await app.close();
    }
  },
};

