import { recordProgress } from "../../tasks/record-progress.js";
import { reply, type ActionDef } from "../context.js";
import { actorOf, openTaskToAct } from "./task-access.js";
import { payloadFields, payloadId, payloadIds } from "../action-payload.js";
import { parseTrigger } from "../../reminders/keys.js";
import { sourceKeyOf } from "../session.js";
import { snoozeReminder } from "../../reminders/snooze.js";
import { AppError } from "../../errors.js";
import { formatDateTimeVi } from "../../time/format.js";

/** "Đã nhận" under a reminder: records that the officer saw it (not a progress update). */
export const ackAction: ActionDef = {
  prefix: "ack",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const task = await openTaskToAct(ctx, id!);
    await recordProgress(ctx.deps, { actor: actorOf(ctx), task, text: ctx.t("ack-text"), percent: null, kind: "ack", sourceKey: sourceKeyOf(ctx.inbound) ?? undefined });
    return [reply(ctx.t("ack-recorded", { code: task.code }), { taskId: task.id })];
  },
};

/** "Nhắc lại sau" under a reminder: puts off that one occurrence for this person until the next working day. */
export const snoozeAction: ActionDef = {
  prefix: "snz",
  async run(ctx, payload) {
    // `snz:<taskId>:<kind>:<days>`, as ACTIONS.snooze writes it; an escalation is never put off.
    const [id, kind, days] = payloadFields(payload, 3);
    const trigger = `${kind}:${days}`;
    const parsed = parseTrigger(trigger);
    if (!parsed || parsed.kind === "escalation") throw new AppError("invalid_button");
    const task = await openTaskToAct(ctx, payloadId(id));
    const { until } = await snoozeReminder(ctx.deps, { taskId: task.id, personId: actorOf(ctx).personId, trigger });
    return [reply(ctx.t("snooze-recorded", { code: task.code, at: formatDateTimeVi(until, ctx.deps.timeZone) }), { taskId: task.id })];
  },
};
