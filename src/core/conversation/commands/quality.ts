import { AppError } from "../../errors.js";
import { can, hasRole } from "../../access/permissions.js";
import { checkQuality } from "../../quality/check-quality.js";
import { renderQualityLines } from "../../quality/render-quality.js";
import { reply, type CommandDef } from "../context.js";
import { actorOf } from "./task-access.js";

/** `/chatluong` (`/quality`): data-quality problems the inspection team should chase. */
export const qualityCommand: CommandDef = {
  name: "chatluong",
  aliases: ["chat luong", "quality"],
  usageKey: "usage-chatluong",
  helpKey: "help-chatluong",
  privateOnly: true,
  visible: (actor) => actor !== null && hasRole(actor, "leader", "inspector", "admin"),
  async run(ctx) {
    if (!can(actorOf(ctx), "report.read")) throw new AppError("forbidden");
    const result = await checkQuality(ctx.deps, { asOf: ctx.deps.clock(), staleDays: ctx.deps.policy.staleAfterDays });
    return [reply(renderQualityLines(result, ctx.t).join("\n"))];
  },
};
