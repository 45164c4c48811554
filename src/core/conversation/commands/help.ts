import { reply, type CommandDef } from "../context.js";
import { hasRole } from "../../access/permissions.js";

/**
 * `/help` (`/trogiup`, `/start`): the commands this user may use. The list is
 * given by the router, so help never drifts from what is registered.
 */
export function createHelpCommand(all: () => readonly CommandDef[]): CommandDef {
  return {
    name: "help",
    aliases: ["trogiup", "tro giup", "start", "batdau"],
    usageKey: "usage-help",
    helpKey: "help-help",
    public: true,
    async run(ctx) {
      if (!ctx.actor) return [reply(ctx.t("help-unregistered"))];
      const roleKey = hasRole(ctx.actor, "admin", "inspector", "leader") ? "help-intro-staff" : "help-intro-agency";
      const lines = all()
        .filter((c) => (c.visible ? c.visible(ctx.actor) : true))
        .map((c) => ctx.t(c.helpKey));
      return [reply([ctx.t(roleKey, { name: ctx.actor.name }), "", ...lines].join("\n"))];
    },
  };
}
