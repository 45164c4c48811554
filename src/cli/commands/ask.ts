import { randomUUID } from "node:crypto";
import { fixedClock } from "../../core/clock.js";
import { findConsolePerson, listConsolePeople } from "../../adapters/console/console-people.js";
import { consoleChatId } from "../../adapters/console/console-chat-id.js";
import { renderNumbered } from "../../adapters/console/render.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

/** Who `ask` speaks as without --as: the demo leader, when the demo is loaded. */
const DEFAULT_PERSON = "leader";

export const askCommand: CliCommand = {
  path: ["ask"],
  summaryKey: "cli-ask-summary",
  usageKey: "cli-ask-usage",
  options: { as: { type: "string" }, at: { type: "string" } },
  async run(ctx) {
    const { t } = ctx;
    const text = ctx.positionals.join(" ").trim();
    if (text === "") throw new UsageError(t("cli-ask-missing-message"));
    const atText = ctx.values.at as string | undefined;
    let clock;
    if (atText !== undefined) {
      const at = new Date(atText);
      if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atText)) throw new UsageError(t("cli-ask-bad-time", { text: atText }));
      clock = fixedClock(at);
    }
    const app = await ctx.openApp({ clock });
    try {
      const people = await listConsolePeople(app.deps.db);
      const wanted = (ctx.values.as as string | undefined) ?? DEFAULT_PERSON;
      const person = findConsolePerson(people, wanted);
      if (!person) {
        const known = people.map((p) => p.userId).join(", ") || t("cli-ask-no-people");
        writeLine(ctx.io.stderr, ctx.values.as ? t("cli-ask-unknown-person", { wanted, known }) : t("cli-ask-no-demo"));
        return 1;
      }
      const replies = await app.bot.handle({
        platform: "console", userId: person.userId, chatId: consoleChatId(person.userId), chatType: "private",
        messageId: `ask-${randomUUID()}`, text, at: app.deps.clock(),
      });
      writeLine(ctx.io.stdout, renderNumbered(replies).text);
      return 0;
    } finally {
      await app.close();
    }
  },
};
