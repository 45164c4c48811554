import { recordProgress } from "../../tasks/record-progress.js";
import { reply, type ActionDef } from "../context.js";
import { actorOf, taskById } from "./task-access.js";
import { sourceKeyOf } from "../session.js";

/** "Đã nhận" under a reminder: records that the officer saw it (not a progress update). */
export const ackAction: ActionDef = {
  prefix: "ack",
  async run(ctx, [id]) {
    const task = await taskById(ctx, Number(id));
    await recordProgress(ctx.deps, { actor: actorOf(ctx), task, text: ctx.t("ack-text"), percent: null, kind: "ack", sourceKey: sourceKeyOf(ctx.inbound) ?? undefined });
    return [reply(ctx.t("ack-recorded", { code: task.code }), { taskId: task.id })];
  },
};
