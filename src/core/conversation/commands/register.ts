import { AppError } from "../../errors.js";
import { redeemInvite } from "../../registration/invites.js";
import { reply, type CommandDef } from "../context.js";

/** `/dangky <mã>` (`/register`): links this chat account to a person and grants the invite's role. */
export const registerCommand: CommandDef = {
  name: "dangky",
  aliases: ["dang ky", "register", "lienket", "lien ket", "link"],
  usageKey: "usage-dangky",
  helpKey: "help-dangky",
  public: true,
  async run(ctx) {
    const code = ctx.args.trim();
    if (!code) throw new AppError("usage", { usage: ctx.t("usage-dangky") });
    const { inbound } = ctx;
    if (inbound.chatType !== "private") throw new AppError("private_only");
    const result = await redeemInvite(ctx.deps, { platform: inbound.platform, userId: inbound.userId, chatId: inbound.chatId, displayName: inbound.displayName, code });
    return [reply(ctx.t("register-done", { role: ctx.t(`role-${result.role}`), agency: result.agencyName ?? "-", hasAgency: result.agencyName ? "yes" : "no" }))];
  },
};
