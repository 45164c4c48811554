import type { Outbound } from "../../core/conversation/types.js";
import type { ChatSender, SentMessage } from "../../outbox/sender.js";

/**
 * The console's ChatSender: writes each message to a stream (the terminal, a
 * log file), addressed to its chat, with buttons as numbered choices as the
 * console chat shows them. It never refuses a message, so it is the channel
 * of last resort when a person's other platforms are unreachable. `shows`
 * limits what is printed (the console chat shows a person only their own
 * messages); the others are still delivered and recorded.
 */
export function createConsoleSender(output: NodeJS.WritableStream, options: { shows?: (chatId: string) => boolean } = {}): ChatSender {
  // Unique across restarts too: message ids are keys of MessageLink.
  const session = Date.now().toString(36);
  let counter = 0;
  const write = (s: string) => output.write(`${s}\n`);
  const render = (chatId: string, messageId: string, message: Outbound, edited = false) => {
    if (options.shows && !options.shows(chatId)) return;
    write(`[console ${chatId} #${messageId}${edited ? " edited" : ""}] ${message.text}`);
    (message.buttons ?? []).flat().forEach((b, i) => write(`  ${i + 1}. ${b.label}`));
  };
  return {
    platform: "console",
    async send(chatId: string, message: Outbound): Promise<SentMessage> {
      counter += 1;
      const messageId = `${session}-${counter}`;
      render(chatId, messageId, message);
      return { messageId };
    },
    async edit(chatId: string, messageId: string, message: Outbound): Promise<void> {
      render(chatId, messageId, message, true);
    },
  };
}
