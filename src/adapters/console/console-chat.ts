import { createInterface } from "node:readline";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { Button, Outbound } from "../../core/conversation/types.js";
import type { Clock } from "../../core/clock.js";

export interface ConsoleChatOptions {
  bot: Conversation;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clock: Clock;
  /** The console identity (a person's handle) to speak as. */
  userId: string;
  /** Handles the console-only `/as <person>`: the new user id (none when not found) and a notice. */
  switchUser?: (query: string) => Promise<{ userId?: string; notice: string }>;
  prompt?: string;
}

const QUIT = new Set(["/quit", "/exit", "/thoat", "/thoát"]);

/**
 * A chat in the terminal, through the same core as every platform. Buttons
 * are shown as numbered choices; typing the number presses the button.
 * `/quit` or Ctrl-D ends it. Resolves when the chat ends.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { bot, output, clock } = options;
  let userId = options.userId;
  let choices: Button[] = [];
  let counter = 0;
  const rl = createInterface({ input: options.input, output, terminal: (options.input as { isTTY?: boolean }).isTTY === true });
  const prompt = options.prompt ?? "> ";
  const write = (s: string) => output.write(`${s}\n`);

  const show = (replies: Outbound[]) => {
    choices = [];
    for (const r of replies) {
      write(r.text);
      for (const b of (r.buttons ?? []).flat()) {
        choices.push(b);
        write(`  ${choices.length}. ${b.label}`);
      }
      write("");
    }
  };

  rl.setPrompt(prompt);
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
        const choice = /^\d{1,2}$/.test(line) ? choices[Number(line) - 1] : undefined;
        const inbound = {
          platform: "console" as const,
          userId,
          chatId: "console",
          chatType: "private" as const,
          messageId: String(counter),
          at: clock(),
          ...(choice ? { action: choice.action } : { text: line }),
        };
        show(await bot.handle(inbound));
      }
    }
    rl.prompt();
  }
  rl.close();
}
