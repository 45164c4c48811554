import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Logger } from "../../logger.js";
import type { Outbound, OutboundFiles } from "../../core/conversation/types.js";
import { DeliveryError, type ChatSender, type SentMessage } from "../../outbox/sender.js";
import { markIdentityUnreachable } from "../../outbox/settle.js";

export interface ReplySenderDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}

/**
 * The sender of direct replies: `inner`, plus what the outbox dispatcher does
 * for its own sends when Telegram answers 403 (the user blocked the bot) or
 * "chat not found": the chat's identity is marked unreachable, so reminders
 * go to the person's other channels from then on. The error is rethrown.
 */
export function createReplySender(inner: ChatSender, deps: ReplySenderDeps): ChatSender {
  async function guard<T>(chatId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof DeliveryError && err.kind === "unreachable") {
        await markIdentityUnreachable(deps.db, { platform: inner.platform, chatId }, deps.clock()).then(
          (count) => count > 0 && deps.logger.warn({ platform: inner.platform, chatId }, "chat identity marked unreachable"),
          (dbErr: unknown) => deps.logger.error({ err: dbErr, platform: inner.platform }, "could not mark a chat identity unreachable"),
        );
      }
      throw err;
    }
  }
  const edit = inner.edit?.bind(inner);
  const sendFiles = inner.sendFiles?.bind(inner);
  return {
    platform: inner.platform,
    send: (chatId: string, message: Outbound): Promise<SentMessage> => guard(chatId, () => inner.send(chatId, message)),
    ...(edit ? { edit: (chatId: string, messageId: string, message: Outbound) => guard(chatId, () => edit(chatId, messageId, message)) } : {}),
    ...(sendFiles ? { sendFiles: (chatId: string, files: OutboundFiles) => guard(chatId, () => sendFiles(chatId, files)) } : {}),
  };
}
