import { recordProgress } from "../../tasks/record-progress.js";
import { reply, type ActionDef } from "../context.js";
import { actorOf, taskById } from "./task-access.js";
import { sourceKeyOf } from "../session.js";
import { snoozeReminder } from "../../reminders/snooze.js";
import { can } from "../../access/permissions.js";
import { AppError } from "../../errors.js";
import { formatDateTimeVi } from "../../time/format.js";

/** "Đã nhận" under a reminder: records that the officer saw it (not a progress update). */
export const ackAction: ActionDef = {
  prefix: "ack",
  async run(ctx, [id]) {
    const task = await taskById(ctx, Number(id));
    await recordProgress(ctx.deps, { actor: actorOf(ctx), task, text: ctx.t("ack-text"), percent: null, kind: "ack", sourceKey: sourceKeyOf(ctx.inbound) ?? undefined });
    return [reply(ctx.t("ack-recorded", { code: task.code }), { taskId: task.id })];
  },
};

/** "Nhắc lại sau" under a reminder: puts off that one occurrence for this person until the next working day. */
export const snoozeAction: ActionDef = {
  prefix: "snz",
  async run(ctx, [id, ...trigger]) {
    const task = await taskById(ctx, Number(id));
    if (!can(actorOf(ctx), "task.update", task.agencyId)) throw new AppError("forbidden");
    const { until } = await snoozeReminder(ctx.deps, { taskId: task.id, personId: actorOf(ctx).personId, trigger: trigger.join(":") });
    return [reply(ctx.t("snooze-recorded", { code: task.code, at: formatDateTimeVi(until, ctx.deps.timeZone) }), { taskId: task.id })];
  },
};
