import { createAgencyMatcher, loadAgencies, type AgencyRecord } from "../../agencies/agency-directory.js";
import { endOfLocalDay, startOfLocalDay, localDateOf } from "../../time/zone.js";
import { formatDateVi } from "../../time/format.js";
import { extractPeriodAndAsOf } from "../../time/parse-period.js";
import { computeStats, type StatsResult } from "../../stats/compute-stats.js";
import { completionRate, type Counts } from "../../stats/categorize.js";
import { AppError } from "../../errors.js";
import { percent } from "../../../i18n/format.js";
import { buttonRows, reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
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
    if (name !== "") {
      const agencies = await loadAgencies(deps.db);
      const result = createAgencyMatcher(agencies).match(name);
      if (result.kind !== "exact") return [askWhichAgency(ctx, name, result.kind === "ambiguous" ? result.candidates : result.suggestions, query)];
      query.agency = result.item;
    }
    return [await renderStats(ctx, query)];
  },
};

/** The "Ý bạn là" buttons: `st:<agencyId>:<from>:<to>:<asOf>`, dates as YYYYMMDD or "-". */
export const statsAction: ActionDef = {
  prefix: "st",
  async run(ctx, [agencyId, from, to, asOf]) {
    const agency = (await loadAgencies(ctx.deps.db)).find((a) => a.id === Number(agencyId));
    if (!agency) throw new AppError("not_found");
    return [await renderStats(ctx, { agency, from: unpackDate(from), to: unpackDate(to), asOf: unpackDate(asOf) })];
  },
};

function askWhichAgency(ctx: CommandContext, name: string, candidates: AgencyRecord[], q: StatsQuery): Outbound {
  if (candidates.length === 0) return reply(ctx.t("error-unknown_agency", { query: name, count: 0, suggestions: "" }));
  const buttons = candidates.slice(0, 8).map((a) => ({
    label: a.name,
    action: ["st", a.id, packDate(q.from), packDate(q.to), packDate(q.asOf)].join(":"),
  }));
  return reply(ctx.t("stats-did-you-mean", { query: name }), { buttons: buttonRows(buttons) });
}

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

function packDate(d: string | undefined): string {
  return d ? d.replaceAll("-", "") : "-";
}

function unpackDate(d: string | undefined): string | undefined {
  return d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : undefined;
}
