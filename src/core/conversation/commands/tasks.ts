import { AppError } from "../../errors.js";
import { foldVietnamese } from "../../text/fold.js";
import { ownAgencies, readableAgencies, hasRole } from "../../access/permissions.js";
import { createAgencyMatcher, loadAgencies } from "../../agencies/agency-directory.js";
import { taskLine } from "../../tasks/format-task.js";
import { endOfLocalDay, localDateOf } from "../../time/zone.js";
import { addDays } from "../../time/local-date.js";
import { buttonRows, reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
import type { Outbound } from "../types.js";
import { actorOf } from "./task-access.js";

/** Tasks per page of /nhiemvu. */
export const PAGE_SIZE = 10;
/** "Sắp đến hạn": due within this many calendar days. */
export const DUE_SOON_DAYS = 7;

type Filter = "open" | "overdue" | "soon";
const FILTER_WORDS: [RegExp, Filter][] = [
  [/(^|\s)(qua han|tre han|overdue)$/, "overdue"],
  [/(^|\s)(sap den han|sap het han|due soon|soon)$/, "soon"],
  [/(^|\s)(tat ca|all)$/, "open"],
];

/** `/nhiemvu [cơ quan] [quá hạn|sắp đến hạn|tất cả]` (`/tasks`): open tasks by deadline, paginated. */
export const tasksCommand: CommandDef = {
  name: "nhiemvu",
  aliases: ["nhiem vu", "tasks", "task", "viec"],
  usageKey: "usage-nhiemvu",
  helpKey: "help-nhiemvu",
  privateOnly: true,
  async run(ctx) {
    let text = ctx.args.trim();
    let filter: Filter = "open";
    for (const [pattern, f] of FILTER_WORDS) {
      const m = pattern.exec(foldVietnamese(text));
      if (m) {
        filter = f;
        text = text.slice(0, text.length - (m[0].length - m[1]!.length)).trim();
        break;
      }
    }
    const scope = await scopeOf(ctx, text);
    if ("ask" in scope) return [scope.ask];
    return [await renderPage(ctx, scope.agencyId, filter, 0)];
  },
};

/** Next/previous buttons: `tl:<agencyId or 0>:<filter>:<page>`. */
export const tasksPageAction: ActionDef = {
  prefix: "tl",
  async run(ctx, [agency, filter, page]) {
    const agencyId = Number(agency) || null;
    const readable = readableAgencies(actorOf(ctx));
    if (agencyId !== null && readable !== "all" && !readable.includes(agencyId)) throw new AppError("forbidden");
    const f: Filter = filter === "overdue" || filter === "soon" ? filter : "open";
    return [{ ...(await renderPage(ctx, agencyId, f, Math.max(0, Number(page) || 0))), editOf: ctx.inbound.messageId }];
  },
};

/** Whose tasks: a named agency (leaders, inspectors), or the user's own. null = every agency the user reads. */
async function scopeOf(ctx: CommandContext, name: string): Promise<{ agencyId: number | null } | { ask: Outbound }> {
  const actor = actorOf(ctx);
  const readable = readableAgencies(actor);
  if (name !== "") {
    const agencies = await loadAgencies(ctx.deps.db);
    const match = createAgencyMatcher(agencies.filter((a) => readable === "all" || readable.includes(a.id))).match(name);
    if (match.kind === "exact") return { agencyId: match.item.id };
    const choices = match.kind === "ambiguous" ? match.candidates : match.suggestions;
    if (choices.length === 0) throw new AppError("unknown_agency", { query: name, suggestions: "", count: 0 });
    const buttons = choices.slice(0, 8).map((a) => ({ label: a.name, action: `tl:${a.id}:open:0` }));
    return { ask: reply(ctx.t("stats-did-you-mean", { query: name }), { buttons: buttonRows(buttons) }) };
  }
  const own = ownAgencies(actor);
  if (own.length === 1 && !hasRole(actor, "leader", "inspector", "admin")) return { agencyId: own[0]! };
  return { agencyId: null };
}

async function renderPage(ctx: CommandContext, agencyId: number | null, filter: Filter, page: number): Promise<Outbound> {
  const { deps } = ctx;
  const now = deps.clock();
  const readable = readableAgencies(actorOf(ctx));
  const agencyWhere = agencyId !== null ? { agencyId } : readable === "all" ? {} : { agencyId: { in: readable } };
  const soonEnd = endOfLocalDay(addDays(localDateOf(now, deps.timeZone), DUE_SOON_DAYS), deps.timeZone);
  const deadlineWhere =
    filter === "overdue" ? { deadline: { lt: now } } : filter === "soon" ? { deadline: { gte: now, lte: soonEnd } } : {};
  const where = { status: "open", ...agencyWhere, ...deadlineWhere };
  const [total, tasks] = await Promise.all([
    deps.db.task.count({ where }),
    deps.db.task.findMany({
      where,
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { code: "asc" }],
      skip: page * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, code: true, title: true, confidential: true, deadline: true, status: true, completedAt: true, agency: { select: { name: true } } },
    }),
  ]);
  const scopeName = agencyId !== null ? (await deps.db.agency.findUnique({ where: { id: agencyId }, select: { name: true } }))?.name ?? "" : ctx.t("tasks-scope-all");
  if (total === 0) return reply(ctx.t(`tasks-empty-${filter}`, { agency: scopeName }));
  const pages = Math.ceil(total / PAGE_SIZE);
  const lines = [
    ctx.t(`tasks-title-${filter}`, { agency: scopeName, count: total }),
    ...tasks.map((t, i) => `${page * PAGE_SIZE + i + 1}. ${taskLine(t, now, deps.timeZone, ctx.t)}${agencyId === null ? ` · ${t.agency.name}` : ""}`),
    pages > 1 ? ctx.t("tasks-page", { page: page + 1, pages }) : "",
  ].filter((l) => l !== "");
  const nav = [];
  if (page > 0) nav.push({ label: ctx.t("button-previous"), action: `tl:${agencyId ?? 0}:${filter}:${page - 1}` });
  if (page + 1 < pages) nav.push({ label: ctx.t("button-next"), action: `tl:${agencyId ?? 0}:${filter}:${page + 1}` });
  return reply(lines.join("\n"), nav.length ? { buttons: [nav] } : {});
}
