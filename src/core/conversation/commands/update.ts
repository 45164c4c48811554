import { AppError } from "../../errors.js";
import { parseUpdateText } from "../../tasks/parse-update-text.js";
import { recordProgress } from "../../tasks/record-progress.js";
import { requestExtension } from "../../tasks/extensions.js";
import { completeTask } from "../../tasks/complete-task.js";
import { formatDateTimeVi, formatDateVi } from "../../time/format.js";
import { localDateOf } from "../../time/zone.js";
import { reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
import { sourceKeyOf, writePending } from "../session.js";
import type { Outbound } from "../types.js";
import type { TaskView } from "../../tasks/find-task.js";
import { actorOf, openTaskToAct, readableTask, splitCode, taskById } from "./task-access.js";
import { payloadIds } from "../action-payload.js";

/**
 * Applies a focal officer's own words to a task: a percentage updates the
 * progress; completion wording asks for confirmation before marking it done;
 * extension wording opens an extension request. Used by /capnhat, by replies
 * to the bot's messages about a task, and by free text.
 */
export async function applyUpdateText(ctx: CommandContext, task: TaskView, text: string, sourceKey: string | null): Promise<Outbound[]> {
  const { deps } = ctx;
  const now = deps.clock();
  const intent = parseUpdateText(text, { referenceYear: Number(localDateOf(now, deps.timeZone).slice(0, 4)), tz: deps.timeZone });
  if (intent.extension) {
    if (!intent.extension.date) {
      if (intent.extension.dateText) throw new AppError("invalid_date", { text: intent.extension.dateText });
      return [reply(ctx.t("extension-need-date", { code: task.code }))];
    }
    const request = await requestExtension(deps, { actor: actorOf(ctx), task, date: intent.extension.date, reason: intent.extension.reason });
    return [reply(ctx.t("extension-requested", { id: request.id, code: task.code, date: formatDateVi(intent.extension.date, deps.timeZone) }), { taskId: task.id })];
  }
  const update = await recordProgress(deps, { actor: actorOf(ctx), task, text, percent: intent.percent, sourceKey: sourceKey ?? undefined });
  if (intent.completion && task.status === "open") {
    return [
      reply(ctx.t("update-confirm-completion", { code: task.code }), {
        taskId: task.id,
        buttons: [[{ label: ctx.t("button-confirm-done"), action: `cf:${task.id}:${update.id}` }, { label: ctx.t("button-not-yet"), action: `cn:${task.id}` }]],
      }),
    ];
  }
  const key = intent.percent !== null ? "update-recorded-percent" : "update-recorded";
  return [reply(ctx.t(key, { code: task.code, percent: intent.percent ?? 0 }), { taskId: task.id })];
}

/** `/capnhat <mã> <nội dung>` (`/update`). */
export const updateCommand: CommandDef = {
  name: "capnhat",
  aliases: ["cap nhat", "update", "cn"],
  usageKey: "usage-capnhat",
  helpKey: "help-capnhat",
  privateOnly: true,
  async run(ctx) {
    const { code, rest } = splitCode(ctx.args);
    if (!code || !rest) throw new AppError("usage", { usage: ctx.t("usage-capnhat") });
    const task = await readableTask(ctx, code);
    return applyUpdateText(ctx, task, rest, sourceKeyOf(ctx.inbound));
  },
};

/** "Cập nhật" under a reminder: the next text is the update. */
export const askUpdateAction: ActionDef = {
  prefix: "upd",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const task = await openTaskToAct(ctx, id!);
    await writePending(ctx.deps.db, ctx.inbound, { kind: "await_update", taskId: task.id }, ctx.deps.clock());
    return [reply(ctx.t("update-prompt", { code: task.code }))];
  },
};

/** "Xác nhận hoàn thành": completes with the update's text as the note. */
export const confirmDoneAction: ActionDef = {
  prefix: "cf",
  async run(ctx, payload) {
    const [id, updateId] = payloadIds(payload, 2);
    const task = await taskById(ctx, id!);
    // The update whose words asked for the completion: it belongs to this task, or the button is not one the bot made.
    const update = await ctx.deps.db.progressUpdate.findUnique({ where: { id: updateId! }, select: { taskId: true, text: true } });
    if (update?.taskId !== task.id) throw new AppError("invalid_button");
    const result = await completeTask(ctx.deps, { actor: actorOf(ctx), task, note: update.text });
    return [doneReply(ctx, task, result.completedAt, result.status === "already_done")];
  },
};

/** "Chưa": the update stays recorded, the task stays open. */
export const notYetAction: ActionDef = {
  prefix: "cn",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const task = await openTaskToAct(ctx, id!);
    return [reply(ctx.t("update-kept-open", { code: task.code }), { editOf: ctx.inbound.messageId })];
  },
};

/** "✅ Đã hoàn thành lúc …", replacing the message whose button was pressed. */
export function doneReply(ctx: CommandContext, task: TaskView, completedAt: Date, already: boolean): Outbound {
  const at = formatDateTimeVi(completedAt, ctx.deps.timeZone);
  return reply(ctx.t(already ? "done-already" : "done-confirmed", { code: task.code, at }), { taskId: task.id, editOf: ctx.inbound.action ? ctx.inbound.messageId : undefined });
}
