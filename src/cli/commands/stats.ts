import { computeStats } from "../../core/stats/compute-stats.js";
import { statsToJson } from "../../core/stats/stats-json.js";
import { createAgencyFinder, loadAgencies, resolveAgency } from "../../core/agencies/agency-directory.js";
import { parseDateArg } from "../date-arg.js";
import { formatDateVi } from "../../core/time/format.js";
import { rejectPositionals, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

export const statsCommand: CliCommand = {
  path: ["stats"],
  summaryKey: "cli-stats-summary",
  usageKey: "cli-stats-usage",
  options: {
    agency: { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
  },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { agency?: string; "as-of"?: string; from?: string; to?: string; json?: boolean };
    rejectPositionals(ctx.positionals, t);
    const app = await ctx.openApp();
    try {
      const tz = app.config.timeZone;
      const asOf = v["as-of"] ? parseDateArg(t, "--as-of", v["as-of"], tz, "end") : app.deps.clock();
      const assignedFrom = v.from ? parseDateArg(t, "--from", v.from, tz, "start") : undefined;
      const assignedTo = v.to ? parseDateArg(t, "--to", v.to, tz, "end") : undefined;
      let agencyIds: number[] | undefined;
      if (v.agency !== undefined) {
        const agencies = await loadAgencies(app.deps.db);
        agencyIds = [resolveAgency(createAgencyFinder(agencies), v.agency).id];
      }
      const stats = await computeStats(app.deps, { asOf, assignedFrom, assignedTo, agencyIds });
      if (v.json) {
        writeLine(ctx.io.stdout, JSON.stringify(statsToJson(stats), null, 2));
        return 0;
      }
      writeLine(ctx.io.stdout, t("cli-stats-as-of", { date: formatDateVi(asOf, tz) }));
      const header = [
        t("cli-stats-column-order"),
        t("cli-stats-column-agency"),
        t("cli-stats-column-total"),
        t("cli-stats-column-on-time"),
        t("cli-stats-column-late"),
        t("cli-stats-column-in-term"),
        t("cli-stats-column-overdue"),
      ];
      const body = stats.rows.map((r, i) => [String(i + 1), r.agency.name, r.total, r.onTime, r.late, r.inTerm, r.overdue]);
      const total = stats.total;
      body.push(["", t("cli-stats-total-row"), total.total, total.onTime, total.late, total.inTerm, total.overdue]);
      writeLine(ctx.io.stdout, renderTable(header, body));
      return 0;
    } finally {
      await app.close();
    }
  },
};

