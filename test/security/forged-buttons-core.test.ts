import { createBot } from "../../src/core/conversation/create-bot.js";
import { consoleChatId } from "../../src/adapters/console/console-chat-id.js";
import type { Inbound } from "../../src/core/conversation/types.js";
import { describeForgedButtons, type AttackClient } from "./describe-forged-buttons.js";

/**
 * The same payloads straight into the conversation core, as console
 * identities (the console's own keyboard can only press the numbered choices
 * it was shown; the core must hold without that). Group presses come from a
 * chat shared by everyone.
 */
describeForgedButtons("the core, as console users", async (_db, deps) => {
  const bot = createBot(deps);
  let n = 0;
  const inbound = (as: string, where: "private" | "group", over: Partial<Inbound>): Inbound => ({
    platform: "console",
    userId: as,
    chatId: where === "group" ? "console:group" : consoleChatId(as),
    chatType: where,
    messageId: `atk-${++n}`,
    at: deps.clock(),
    ...over,
  });
  const client: AttackClient = {
    async send(as, text) {
      const replies = await bot.handle(inbound(as, "private", { text }));
      return { texts: replies.map((r) => r.text), buttons: replies.flatMap((r) => (r.buttons ?? []).flat()) };
    },
    async press(as, action, where = "private") {
      return (await bot.handle(inbound(as, where, { action }))).map((r) => r.text);
    },
  };
  return { client, close: async () => undefined };
});
