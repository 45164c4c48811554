import { resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Db } from "../../db/connect.js";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { Button, Inbound, Outbound } from "../../core/conversation/types.js";
import type { Clock } from "../../core/clock.js";
import { linkMessage } from "../runtime/deliver-replies.js";
import { renderNumbered } from "./render.js";
import { saveFiles } from "./save-files.js";
import { consoleChatId } from "./console-chat-id.js";

export interface ConsoleChatOptions {
  bot: Conversation;
  db: Db;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clock: Clock;
  /** The console identity (a person's handle) to speak as. */
  userId: string;
  /** Handles the console-only `/as <person>`: the new user id (none when not found) and a notice. */
  switchUser?: (query: string) => Promise<{ userId?: string; notice: string }>;
  prompt?: string;
  /** Where the files of a reply (a report) are written. Default: data/reports under the working directory. */
  filesDir?: string;
}

const QUIT = new Set(["/quit", "/exit", "/thoat", "/thoát"]);

/**
 * A chat in the terminal, through the same core as every platform.
 * - Buttons are shown as numbered choices; typing the number presses the button.
 * - A message about a task is shown with a tag such as [#3]; typing
 *   "#3 <text>" replies to it, as a reply does in a chat app.
 * - `/quit` or Ctrl-D ends it. Resolves when the chat ends.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { bot, output, clock } = options;
  let userId = options.userId;
  let choices: Button[] = [];
  let counter = 0;
  let botMessages = 0;
  // Message ids must not repeat across runs: they key progress updates.
  const session = options.clock().getTime().toString(36);
  const rl = createInterface({ input: options.input, output, terminal: (options.input as { isTTY?: boolean }).isTTY === true });
  const write = (s: string) => output.write(`${s}\n`);

  const show = async (replies: Outbound[]) => {
    if (replies.length === 0) return;
    const tagged: Outbound[] = [];
    for (const r of replies) {
      if (r.taskId === undefined) {
        tagged.push(r);
        continue;
      }
      botMessages += 1;
      await linkMessage(options.db, "console", consoleChatId(userId), `${session}-b${botMessages}`, r.taskId);
      tagged.push({ ...r, text: `[#${botMessages}] ${r.text}` });
    }
    const rendered = renderNumbered(tagged);
    choices = rendered.choices;
    write(`${rendered.text}\n`);
    for (const r of replies) {
      if (!r.files || r.files.items.length === 0) continue;
      try {
        write(`${(await saveFiles(options.filesDir ?? resolve("data", "reports"), r.files, clock())).join("\n")}\n`);
      } catch {
        write(`${r.files.unavailable}\n`);
      }
    }
  };

  rl.setPrompt(options.prompt ?? "> ");
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line !== "") {
      const asMatch = /^\/as(?:\s+(.*))?$/i.exec(line);
      if (asMatch && options.switchUser) {
        const switched = await options.switchUser(asMatch[1]?.trim() ?? "");
        userId = switched.userId ?? userId;
        write(switched.notice);
      } else {
        counter += 1;
        await show(await bot.handle(toInbound(line, { userId, messageId: `${session}-${counter}`, at: clock(), choices, session })));
      }
    }
    rl.prompt();
  }
  rl.close();
}

/** A typed line as the core's inbound message: a number presses a button, "#n text" replies to bot message n. */
export function toInbound(line: string, ctx: { userId: string; messageId: string; at: Date; choices: Button[]; session: string }): Inbound {
  const base = { platform: "console" as const, userId: ctx.userId, chatId: consoleChatId(ctx.userId), chatType: "private" as const, messageId: ctx.messageId, at: ctx.at };
  const choice = /^\d{1,2}$/.test(line) ? ctx.choices[Number(line) - 1] : undefined;
  if (choice) return { ...base, action: choice.action };
  const replyTo = /^#(\d+)\s+(.+)$/s.exec(line);
  if (replyTo) return { ...base, replyToMessageId: `${ctx.session}-b${replyTo[1]}`, text: replyTo[2]! };
  return { ...base, text: line };
}
