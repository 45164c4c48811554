import { AppError } from "../../errors.js";
import { can, readableAgencies } from "../../access/permissions.js";
import { daysUntilDeadline } from "../../tasks/task-timing.js";
import { visibleTitle } from "../../tasks/format-task.js";
import { hasRole } from "../../access/permissions.js";
import { isStale } from "../../reminders/stale.js";
import { reply, type CommandDef } from "../context.js";
import { actorOf } from "./task-access.js";

/** Tasks listed under each agency; the rest are counted. */
export const TASKS_PER_AGENCY = 3;

/**
 * `/quahan` (`/overdue`): overdue tasks grouped by agency, ranked by how many
 * each has; a task without an update for the policy's `staleAfterDays` is
 * flagged, as in digests.
 */
export const overdueCommand: CommandDef = {
  name: "quahan",
  aliases: ["qua han", "overdue", "trehan"],
  usageKey: "usage-quahan",
  helpKey: "help-quahan",
  privateOnly: true,
  visible: (actor) => actor !== null && hasRole(actor, "leader", "inspector", "admin"),
  async run(ctx) {
    const actor = actorOf(ctx);
    if (!can(actor, "overdue.read")) throw new AppError("forbidden");
    // /quahan covers every agency; one agency's overdue tasks are /nhiemvu's. Say so rather than ignore the name.
    if (ctx.args.trim() !== "") return [reply(ctx.t("overdue-takes-no-agency", { agency: ctx.args.trim() }))];
    const { deps } = ctx;
    const now = deps.clock();
    const readable = readableAgencies(actor);
    const tasks = await deps.db.task.findMany({
      where: { status: "open", deadline: { lt: now }, ...(readable === "all" ? {} : { agencyId: { in: readable } }) },
      orderBy: [{ deadline: "asc" }],
      select: { code: true, title: true, confidential: true, deadline: true, lastUpdateAt: true, assignedAt: true, agency: { select: { id: true, name: true, displayOrder: true } } },
    });
    if (tasks.length === 0) return [reply(ctx.t("overdue-none"))];
    const groups = new Map<number, typeof tasks>();
    for (const t of tasks) groups.set(t.agency.id, [...(groups.get(t.agency.id) ?? []), t]);
    const ranked = [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.agency.displayOrder - b[0]!.agency.displayOrder);
    const lines = [ctx.t("overdue-title", { count: tasks.length, agencies: ranked.length }), ""];
    ranked.forEach((group, i) => {
      lines.push(ctx.t("overdue-agency", { rank: i + 1, agency: group[0]!.agency.name, count: group.length }));
      for (const t of group.slice(0, TASKS_PER_AGENCY)) {
        const days = -daysUntilDeadline(t.deadline, now, deps.timeZone)!;
        const stale = isStale(t, now, deps.policy.staleAfterDays);
        lines.push(`   • ${t.code} · ${visibleTitle(t, ctx.t, 50)} · ${ctx.t("overdue-days", { days })}${stale ? ` · ${ctx.t("overdue-stale", { days: deps.policy.staleAfterDays })}` : ""}`);
      }
      if (group.length > TASKS_PER_AGENCY) lines.push(`   ${ctx.t("overdue-more", { count: group.length - TASKS_PER_AGENCY })}`);
    });
    return [reply(lines.join("\n"))];
  },
};
