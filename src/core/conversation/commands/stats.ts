import { createAgencyFinder, loadAgencies, resolveAgency, type AgencyRecord } from "../../agencies/agency-directory.js";
import { endOfLocalDay, startOfLocalDay, localDateOf } from "../../time/zone.js";
import { formatDateVi } from "../../time/format.js";
import { extractPeriodAndAsOf } from "../../time/parse-period.js";
import { computeStats, type StatsResult } from "../../stats/compute-stats.js";
import { completionRate, type Counts } from "../../stats/categorize.js";
import { AppError } from "../../errors.js";
import { percent } from "../../../i18n/format.js";
import { reply, type CommandContext, type CommandDef } from "../context.js";
import type { Outbound } from "../types.js";

/** How many agencies the province summary ranks by overdue tasks. */
const TOP_OVERDUE = 5;

interface StatsQuery {
  agency: AgencyRecord | null;
  from?: string;
  to?: string;
  asOf?: string;
}

/** `/thongke [cơ quan] [kỳ] [đến <ngày>]`: the report's counts, live. */
export const statsCommand: CommandDef = {
  name: "thongke",
  aliases: ["thong ke", "stats", "stat"],
  usageKey: "usage-thongke",
  helpKey: "help-thongke",
  async run(ctx) {
    const { deps } = ctx;
    const parsed = extractPeriodAndAsOf(ctx.args, deps.clock(), deps.timeZone);
    if (parsed.error) {
      throw new AppError(parsed.error.kind === "invalid_date" ? "invalid_date" : "invalid_period", { text: parsed.error.text });
    }
    const query: StatsQuery = { agency: null, from: parsed.period?.from, to: parsed.period?.to, asOf: parsed.asOf };
    const name = parsed.rest.trim();
    // The stats go to every agency (as the report does), so any agency may be named.
    if (name !== "") query.agency = resolveAgency(createAgencyFinder(await loadAgencies(deps.db)), name);
    return [await renderStats(ctx, query)];
  },
};

async function renderStats(ctx: CommandContext, q: StatsQuery): Promise<Outbound> {
  const { deps } = ctx;
  const tz = deps.timeZone;
  const asOf = q.asOf ? endOfLocalDay(q.asOf, tz) : deps.clock();
  const stats = await computeStats(deps, {
    asOf,
    assignedFrom: q.from ? startOfLocalDay(q.from, tz) : undefined,
    assignedTo: q.to ? endOfLocalDay(q.to, tz) : undefined,
    agencyIds: q.agency ? [q.agency.id] : undefined,
  });
  const lines = [
    ctx.t(q.agency ? "stats-title-agency" : "stats-title-province", { agency: q.agency?.name ?? "" }),
    q.from && q.to
      ? ctx.t("stats-period", { from: formatDateVi(q.from, tz), to: formatDateVi(q.to, tz) })
      : null,
    ctx.t("stats-as-of", { date: formatDateVi(localDateOf(asOf, tz), tz) }),
    "",
    ...countLines(ctx, stats.total),
  ];
  if (!q.agency) lines.push(...topOverdue(ctx, stats));
  return reply(lines.filter((l) => l !== null).join("\n"));
}

function countLines(ctx: CommandContext, c: Counts): string[] {
  return [
    ctx.t("stats-total", { count: c.total }),
    ctx.t("stats-on-time", { count: c.onTime }),
    ctx.t("stats-late", { count: c.late }),
    ctx.t("stats-in-term", { count: c.inTerm }),
    ctx.t("stats-overdue", { count: c.overdue }),
    ctx.t("stats-rate", { done: c.onTime + c.late, rate: percent(completionRate(c)) }),
  ];
}

function topOverdue(ctx: CommandContext, stats: StatsResult): string[] {
  const ranked = stats.rows
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.agency.displayOrder - b.agency.displayOrder)
    .slice(0, TOP_OVERDUE);
  if (ranked.length === 0) return ["", ctx.t("stats-no-overdue")];
  return [
    "",
    ctx.t("stats-top-overdue", { count: ranked.length }),
    ...ranked.map((r, i) => ctx.t("stats-top-overdue-row", { rank: i + 1, agency: r.agency.name, count: r.overdue })),
  ];
}
