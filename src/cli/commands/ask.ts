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
  summary: "Send one message through the bot as a console user and print the reply",
  usage: [
    'nhacviec ask [--as <người>] [--at <ISO time>] "<tin nhắn>"',
    "",
    "  --as    who speaks: a handle (focal-SYT, leader, inspector), a name, or an agency (its focal officer)",
    "  --at    fix the clock, e.g. 2019-06-30T10:00:00+07:00",
    "",
    "Buttons are printed as numbered choices. Without --as it acts as the demo leader.",
  ].join("\n"),
  options: { as: { type: "string" }, at: { type: "string" } },
  async run(ctx) {
    const text = ctx.positionals.join(" ").trim();
    if (text === "") throw new UsageError("a message is required");
    const atText = ctx.values.at as string | undefined;
    let clock;
    if (atText !== undefined) {
      const at = new Date(atText);
      if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atText)) throw new UsageError(`--at: "${atText}" is not an ISO 8601 time`);
      clock = fixedClock(at);
    }
    const app = await ctx.openApp({ clock });
    try {
      const people = await listConsolePeople(app.deps.db);
      const wanted = (ctx.values.as as string | undefined) ?? DEFAULT_PERSON;
      const person = findConsolePerson(people, wanted);
      if (!person) {
        writeLine(ctx.io.stderr, ctx.values.as
          ? `Không tìm thấy người “${wanted}” / No console person “${wanted}”. Known: ${people.map((p) => p.userId).join(", ") || "(none — run nhacviec demo)"}`
          : "Chưa có dữ liệu mẫu: hãy dùng --as <người> / No demo data: use --as <person>.");
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
