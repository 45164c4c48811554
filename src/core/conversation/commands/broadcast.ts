import { AppError } from "../../errors.js";
import { can, hasRole } from "../../access/permissions.js";
import { loadAgencies } from "../../agencies/agency-directory.js";
import { foldVietnamese } from "../../text/fold.js";
import { parseBroadcast, readBroadcastKeyword } from "../../broadcasts/broadcast-target.js";
import { acknowledgeBroadcast, broadcastStatus, cancelBroadcast, draftBroadcast, sendBroadcast } from "../../broadcasts/broadcasts.js";
import { reply, type ActionDef, type CommandContext, type CommandDef } from "../context.js";
import type { Outbound } from "../types.js";
import { actorOf } from "./task-access.js";
import { payloadIds } from "../action-payload.js";

/** `/dondoc <đối tượng> <nội dung>` (`/urge`), and `/dondoc trangthai <số>`. Inspectors only. */
export const broadcastCommand: CommandDef = {
  name: "dondoc",
  aliases: ["don doc", "urge", "broadcast"],
  usageKey: "usage-dondoc",
  helpKey: "help-dondoc",
  privateOnly: true,
  visible: (actor) => actor !== null && hasRole(actor, "inspector", "admin"),
  async run(ctx) {
    const actor = actorOf(ctx);
    if (!can(actor, "broadcast.send")) throw new AppError("forbidden");
    const keyword = readBroadcastKeyword(ctx.args);
    if (keyword?.keyword === "status") {
      // "7", "#7" or "số 7".
      const id = Number(/^(?:so\s*)?#?(\d+)$/.exec(foldVietnamese(keyword.rest))?.[1]);
      if (!Number.isInteger(id) || id <= 0) throw new AppError("usage", { usage: ctx.t("usage-dondoc") });
      return [await renderStatus(ctx, id)];
    }
    if (ctx.args.trim() === "") throw new AppError("usage", { usage: ctx.t("usage-dondoc") });
    const { target, text } = parseBroadcast(ctx.args, await loadAgencies(ctx.deps.db), ctx.t("usage-dondoc"));
    const plan = await draftBroadcast(ctx.deps, { actor, target, text });
    const people = plan.agencies.reduce((n, a) => n + a.recipients, 0);
    const reachable = plan.agencies.reduce((n, a) => n + a.reachable, 0);
    const lines = [
      ctx.t("broadcast-preview", { id: plan.id, agencies: plan.agencies.length, people, unreachable: people - reachable, text }),
      ...plan.agencies.slice(0, 40).map((a) => ctx.t("broadcast-preview-agency", { agency: a.name, overdue: a.overdue, people: a.recipients })),
    ];
    return [reply(lines.join("\n"), { buttons: [[{ label: ctx.t("button-send"), action: `bc:${plan.id}` }, { label: ctx.t("button-cancel"), action: `bx:${plan.id}` }]] })];
  },
};

async function renderStatus(ctx: CommandContext, id: number): Promise<Outbound> {
  const status = await broadcastStatus(ctx.deps, { actor: actorOf(ctx), broadcastId: id });
  const list = (names: string[]) => (names.length ? names.join(", ") : "—");
  const lines = [ctx.t("broadcast-status-title", { id, text: status.text })];
  for (const row of status.rows) {
    lines.push(
      ctx.t("broadcast-status-agency", {
        agency: row.agency,
        received: list(row.received.map((r) => (r.channel ? `${r.name} (${r.channel})` : r.name))),
        acknowledged: list(row.acknowledged),
        unreachable: list(row.unreachable),
        pending: list(row.pending),
      }),
    );
  }
  return reply(lines.join("\n"));
}

/** "Gửi" under the preview. */
export const broadcastSendAction: ActionDef = {
  prefix: "bc",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    const result = await sendBroadcast(ctx.deps, { actor: actorOf(ctx), broadcastId: id! });
    return [reply(ctx.t("broadcast-sent", { id: id!, recipients: result.recipients, unreachable: result.unreachable }), { editOf: ctx.inbound.messageId })];
  },
};

/** "Hủy" under the preview. */
export const broadcastCancelAction: ActionDef = {
  prefix: "bx",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    await cancelBroadcast(ctx.deps, { actor: actorOf(ctx), broadcastId: id! });
    return [reply(ctx.t("broadcast-cancelled", { id: id! }), { editOf: ctx.inbound.messageId })];
  },
};

/** "Đã nhận" under a notice. */
export const broadcastAckAction: ActionDef = {
  prefix: "ba",
  async run(ctx, payload) {
    const [id] = payloadIds(payload, 1);
    await acknowledgeBroadcast(ctx.deps, { actor: actorOf(ctx), broadcastId: id! });
    return [reply(ctx.t("broadcast-acknowledged", { id: id! }))];
  },
};
