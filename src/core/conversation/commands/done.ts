import { AppError } from "../../errors.js";
import { completeTask } from "../../tasks/complete-task.js";
import { parseDate } from "../../time/parse-date.js";
import type { ActionDef, CommandDef } from "../context.js";
import { actorOf, readableTask, splitCode, taskById } from "./task-access.js";
import { doneReply } from "./update.js";
import { payloadIds } from "../action-payload.js";

/** A leading date (optionally after "ngày"/"lúc"/"on"/"at") in /hoanthanh's note corrects the completion time. */
const PAST_DATE = /^(?:ngay|ngày|lúc|luc|on|at)?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}[:h]\d{2})?|\d{4}-\d{2}-\d{2}(?:T[\d:]+)?)\s*(.*)$/i;

/** `/hoanthanh <mã> [ghi chú]` (`/done`): completes now; inspectors and admins may give a past date first. */
export const doneCommand: CommandDef = {
  name: "hoanthanh",
  aliases: ["hoan thanh", "done", "complete", "xong"],
  usageKey: "usage-hoanthanh",
  helpKey: "help-hoanthanh",
  privateOnly: true,
  async run(ctx) {
    const { code, rest } = splitCode(ctx.args);
    if (!code) throw new AppError("usage", { usage: ctx.t("usage-hoanthanh") });
    const task = await readableTask(ctx, code);
    let note = rest;
    let completedAt: Date | undefined;
    const dated = PAST_DATE.exec(rest);
    if (dated) {
      const parsed = parseDate(dated[1]!, { tz: ctx.deps.timeZone });
      if (!parsed.ok) throw new AppError("invalid_date", { text: dated[1]! });
      completedAt = parsed.value.instant;
      note = dated[2] ?? "";
    }
    const result = await completeTask(ctx.deps, { actor: actorOf(ctx), task, note, completedAt });
    return [doneReply(ctx, task, result.completedAt, result.status === "already_done")];
  },
};

/** "Đã hoàn thành" under a reminder: completes now and edits the reminder to show it. */
export const doneAction: ActionDef = {
  prefix: "done",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const task = await taskById(ctx, id!);
    const result = await completeTask(ctx.deps, { actor: actorOf(ctx), task, note: "" });
    return [doneReply(ctx, task, result.completedAt, result.status === "already_done")];
  },
};
