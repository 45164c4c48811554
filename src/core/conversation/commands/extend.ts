import { AppError } from "../../errors.js";
import { parseDate } from "../../time/parse-date.js";
import { formatDateVi } from "../../time/format.js";
import { localDateOf } from "../../time/zone.js";
import { decideExtension, requestExtension } from "../../tasks/extensions.js";
import { hasRole } from "../../access/permissions.js";
import { reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
import { writePending } from "../session.js";
import { actorOf, openTaskToAct, readableTask, splitCode } from "./task-access.js";
import { payloadIds } from "../action-payload.js";
import type { TaskView } from "../../tasks/find-task.js";
import type { Outbound } from "../types.js";

/** Reads "<ngày> <lý do>" and opens the request. */
export async function extendFromText(ctx: CommandContext, task: TaskView, text: string): Promise<Outbound[]> {
  const [dateText = "", ...reasonWords] = text.trim().split(/\s+/);
  if (!dateText) throw new AppError("usage", { usage: ctx.t("usage-giahan") });
  const year = Number(localDateOf(ctx.deps.clock(), ctx.deps.timeZone).slice(0, 4));
  const parsed = parseDate(dateText, { tz: ctx.deps.timeZone, referenceYear: year });
  if (!parsed.ok) {
    if (parsed.reason === "invalid_date") throw new AppError("invalid_date", { text: dateText });
    throw new AppError("usage", { usage: ctx.t("usage-giahan") });
  }
  const reason = reasonWords.join(" ").replace(/^(vì|vi|do|because)\s+/i, "");
  const request = await requestExtension(ctx.deps, { actor: actorOf(ctx), task, date: parsed.value.date, reason });
  return [reply(ctx.t("extension-requested", { id: request.id, code: task.code, date: formatDateVi(parsed.value.date, ctx.deps.timeZone) }), { taskId: task.id })];
}

/** `/giahan <mã> <ngày> <lý do>` (`/extend`). */
export const extendCommand: CommandDef = {
  name: "giahan",
  aliases: ["gia han", "extend", "extension"],
  usageKey: "usage-giahan",
  helpKey: "help-giahan",
  privateOnly: true,
  async run(ctx) {
    const { code, rest } = splitCode(ctx.args);
    if (!code || !rest) throw new AppError("usage", { usage: ctx.t("usage-giahan") });
    const words = rest.split(/\s+/);
    // "/giahan NV-1 đến 30/07/2019 vì …" reads like the sentence officials write.
    const text = /^(đến|den|to)$/i.test(words[0] ?? "") ? words.slice(1).join(" ") : rest;
    return extendFromText(ctx, await readableTask(ctx, code), text);
  },
};

/** "Xin gia hạn" under a reminder: the next text is "<ngày> <lý do>". */
export const askExtensionAction: ActionDef = {
  prefix: "ext",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const task = await openTaskToAct(ctx, id!, "extension.request");
    await writePending(ctx.deps.db, ctx.inbound, { kind: "await_extension", taskId: task.id }, ctx.deps.clock());
    return [reply(ctx.t("extension-prompt", { code: task.code }))];
  },
};

async function decide(ctx: CommandContext, id: number, approve: boolean, note: string): Promise<Outbound[]> {
  const result = await decideExtension(ctx.deps, { actor: actorOf(ctx), requestId: id, approve, note });
  const date = formatDateVi(localDateOf(result.newDeadline, ctx.deps.timeZone), ctx.deps.timeZone);
  return [reply(ctx.t(approve ? "extension-approved" : "extension-rejected", { id, code: result.code, date }), { editOf: ctx.inbound.action ? ctx.inbound.messageId : undefined })];
}

function requestId(ctx: CommandContext, text: string, usageKey: string): number {
  const id = Number(text.replace(/^#/, ""));
  if (!Number.isInteger(id) || id <= 0) throw new AppError("usage", { usage: ctx.t(usageKey) });
  return id;
}

const deciders = (actor: Parameters<NonNullable<CommandDef["visible"]>>[0]) => actor !== null && hasRole(actor, "leader", "admin");

/** `/duyet <số>` (`/approve`). */
export const approveCommand: CommandDef = {
  name: "duyet",
  aliases: ["duyệt", "approve"],
  usageKey: "usage-duyet",
  helpKey: "help-duyet",
  visible: deciders,
  async run(ctx) {
    const [id = "", ...note] = ctx.args.split(/\s+/);
    return decide(ctx, requestId(ctx, id, "usage-duyet"), true, note.join(" "));
  },
};

/** `/tuchoi <số> <lý do>` (`/reject`). */
export const rejectCommand: CommandDef = {
  name: "tuchoi",
  aliases: ["tu choi", "reject"],
  usageKey: "usage-tuchoi",
  helpKey: "help-tuchoi",
  visible: deciders,
  async run(ctx) {
    const [id = "", ...reason] = ctx.args.split(/\s+/);
    if (reason.join("").trim() === "") throw new AppError("usage", { usage: ctx.t("usage-tuchoi") });
    return decide(ctx, requestId(ctx, id, "usage-tuchoi"), false, reason.join(" "));
  },
};

/** Approve / Reject buttons of an extension notice. */
export const approveAction: ActionDef = { prefix: "xa", run: (ctx, payload) => decide(ctx, payloadIds(payload, 1)[0]!, true, "") };
export const rejectAction: ActionDef = { prefix: "xr", run: (ctx, payload) => decide(ctx, payloadIds(payload, 1)[0]!, false, "") };
