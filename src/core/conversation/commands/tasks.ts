import { AppError } from "../../errors.js";
import { foldVietnamese } from "../../text/fold.js";
import { ownAgencies, readableAgencies, hasRole } from "../../access/permissions.js";
import { createAgencyFinder, loadAgencies, resolveAgency } from "../../agencies/agency-directory.js";
import { taskLine } from "../../tasks/format-task.js";
import { endOfLocalDay, localDateOf } from "../../time/zone.js";
import { addDays } from "../../time/local-date.js";
import { reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
import type { Outbound } from "../types.js";
import { actorOf } from "./task-access.js";
import { readableTask } from "./task-access.js";
import { looksLikeTaskCode } from "../../tasks/task-code.js";
import { taskCard } from "../task-card.js";
import { payloadFields, payloadId } from "../action-payload.js";

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
    // `/nhiemvu <mã>` ("NV-2019-1207", "1207"): that task's card instead of a list.
    if (looksLikeTaskCode(ctx.args)) return [await taskCard(ctx, await readableTask(ctx, ctx.args.trim()))];
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
    return [await renderPage(ctx, scope.agencyId, filter, 0)];
  },
};

/** Next/previous buttons: `tl:<agencyId or 0>:<filter>:<page>`. */
export const tasksPageAction: ActionDef = {
  prefix: "tl",
  async run(ctx, payload) {
    const [agency, filter, page] = payloadFields(payload, 3);
    const agencyId = agency === "0" ? null : payloadId(agency);
    if (filter !== "open" && filter !== "overdue" && filter !== "soon") throw new AppError("invalid_button");
    // Four digits are far more pages than any agency has, and keep the database's offset small.
    if (!/^\d{1,4}$/.test(page!)) throw new AppError("invalid_button");
    const readable = readableAgencies(actorOf(ctx));
    if (agencyId !== null && readable !== "all" && !readable.includes(agencyId)) throw new AppError("forbidden");
    return [{ ...(await renderPage(ctx, agencyId, filter, Number(page))), editOf: ctx.inbound.messageId }];
  },
};

/**
 * Whose tasks: a named agency the user may read (their own, or any for
 * leaders and inspectors), or the user's own. null = every agency the user
 * reads. A name outside what the user may read is answered as unknown.
 */
async function scopeOf(ctx: CommandContext, name: string): Promise<{ agencyId: number | null }> {
  const actor = actorOf(ctx);
  if (name !== "") {
    const finder = createAgencyFinder(await loadAgencies(ctx.deps.db), readableAgencies(actor));
    return { agencyId: resolveAgency(finder, name).id };
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
