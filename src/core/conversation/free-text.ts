import { can, ownAgencies } from "../access/permissions.js";
import { AppError } from "../errors.js";
import { TASK_VIEW } from "../tasks/find-task.js";
import { taskLine } from "../tasks/format-task.js";
import { buttonRows, reply, type ActionDef, type CommandContext } from "./context.js";
import { clearPending, readPending, sourceKeyOf, writePending } from "./session.js";
import type { Outbound } from "./types.js";
import { actorOf, taskById } from "./commands/task-access.js";
import { applyUpdateText } from "./commands/update.js";
import { extendFromText } from "./commands/extend.js";
import { payloadIds } from "./action-payload.js";

/** Open tasks offered as choices for free text. */
export const MAX_CHOICES = 8;

/**
 * Text that is not a command:
 * 1. a reply to a bot message about a task updates that task;
 * 2. a text the bot asked for ("Cập nhật", "Xin gia hạn") goes to that task;
 * 3. otherwise, in a private chat, the user's open tasks are offered as
 *    choices and the text is recorded against the one they pick.
 * In groups, text that is not a reply to the bot is left alone.
 */
export async function handleFreeText(ctx: CommandContext): Promise<Outbound[]> {
  const { deps, inbound } = ctx;
  const text = inbound.text?.trim() ?? "";
  const sourceKey = sourceKeyOf(inbound);
  if (inbound.replyToMessageId) {
    const link = await deps.db.messageLink.findUnique({
      where: { platform_chatId_platformMessageId: { platform: inbound.platform, chatId: inbound.chatId, platformMessageId: inbound.replyToMessageId } },
      select: { taskId: true },
    });
    if (link?.taskId) return applyUpdateText(ctx, await taskById(ctx, link.taskId), text, sourceKey);
  }
  if (inbound.chatType !== "private") return [];
  const now = deps.clock();
  const pending = await readPending(deps.db, inbound, now);
  if (pending?.kind === "await_update" || pending?.kind === "await_extension") {
    await clearPending(deps.db, inbound);
    const task = await taskById(ctx, pending.taskId);
    return pending.kind === "await_update" ? applyUpdateText(ctx, task, text, sourceKey) : extendFromText(ctx, task, text);
  }
  const actor = actorOf(ctx);
  const own = ownAgencies(actor);
  if (own.length === 0) return [reply(ctx.t("hint-use-help"))];
  const tasks = await deps.db.task.findMany({
    where: { status: "open", agencyId: { in: own } },
    orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { code: "asc" }],
    take: MAX_CHOICES,
    select: { id: true, code: true, title: true, confidential: true, deadline: true, status: true, completedAt: true },
  });
  if (tasks.length === 0) return [reply(ctx.t("free-text-no-tasks"))];
  await writePending(deps.db, inbound, { kind: "pick_task", text, sourceKey }, now);
  const buttons = tasks.map((t) => ({ label: taskLine(t, now, deps.timeZone, ctx.t).slice(0, 60), action: `ft:${t.id}` }));
  return [reply(ctx.t("free-text-pick-task"), { buttons: buttonRows(buttons) })];
}

/** The user picked the task for their free text. */
export const pickTaskAction: ActionDef = {
  prefix: "ft",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const now = ctx.deps.clock();
    const pending = await readPending(ctx.deps.db, ctx.inbound, now);
    if (pending?.kind !== "pick_task") throw new AppError("session_expired");
    const task = await ctx.deps.db.task.findUnique({ where: { id: id! }, select: TASK_VIEW });
    if (!task || !can(actorOf(ctx), "task.update", task.agencyId)) throw new AppError("forbidden");
    await clearPending(ctx.deps.db, ctx.inbound);
    return applyUpdateText(ctx, task, pending.text, pending.sourceKey);
  },
};
