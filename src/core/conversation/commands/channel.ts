import { AppError } from "../../errors.js";
import { audit } from "../../audit.js";
import { foldVietnamese } from "../../text/fold.js";
import { PLATFORMS, type Platform } from "../types.js";
import { reply, type CommandDef } from "../context.js";
import { actorOf } from "./task-access.js";

/** `/kenh zalo|telegram|slack` (`/channel`): where reminders and notices go first. Without an argument: the linked apps. */
export const channelCommand: CommandDef = {
  name: "kenh",
  aliases: ["kênh", "channel"],
  usageKey: "usage-kenh",
  helpKey: "help-kenh",
  async run(ctx) {
    const actor = actorOf(ctx);
    const { db } = ctx.deps;
    const identities = await db.chatIdentity.findMany({ where: { personId: actor.personId }, select: { platform: true, unreachableAt: true } });
    const person = await db.person.findUniqueOrThrow({ where: { id: actor.personId }, select: { preferredPlatform: true } });
    const linked = identities.map((i) => `${i.platform}${i.unreachableAt ? ` (${ctx.t("channel-unreachable")})` : ""}`).join(", ");
    const wanted = foldVietnamese(ctx.args);
    if (wanted === "") {
      return [reply(ctx.t("channel-current", { preferred: person.preferredPlatform ?? ctx.t("channel-automatic"), linked }))];
    }
    const platform = PLATFORMS.find((p) => p === wanted) as Platform | undefined;
    if (!platform) throw new AppError("usage", { usage: ctx.t("usage-kenh") });
    if (!identities.some((i) => i.platform === platform)) throw new AppError("channel_not_linked", { platform, linked });
    const now = ctx.deps.clock();
    await db.person.update({ where: { id: actor.personId }, data: { preferredPlatform: platform } });
    await audit(db, { actorId: actor.personId, action: "person.channel", entity: "Person", entityId: actor.personId, before: { preferredPlatform: person.preferredPlatform }, after: { preferredPlatform: platform }, at: now });
    return [reply(ctx.t("channel-set", { platform }))];
  },
};
