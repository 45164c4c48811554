import type { Db } from "../db/connect.js";
import type { Logger } from "../logger.js";
import type { Outbound, OutboundFiles, Platform } from "../core/conversation/types.js";
import type { ChatSender } from "../outbox/sender.js";

export interface DeliverDeps {
  db: Db;
  logger: Logger;
  sender: ChatSender;
}

/**
 * Sends the core's replies to the chat a message came from: edits the
 * message whose button was pressed when a reply says `editOf`, sends the
 * rest, and links every sent message about a task to that task, so that a
 * reply to it updates the task. A reply's files follow its text; a chat that
 * cannot take them gets the reply's `unavailable` sentence instead. Failures
 * are logged and never thrown: the update itself has already taken effect.
 */
export async function deliverReplies(deps: DeliverDeps, chatId: string, replies: Outbound[]): Promise<void> {
  for (const reply of replies) {
    try {
      if (reply.editOf && deps.sender.edit) {
        await deps.sender.edit(chatId, reply.editOf, reply);
        continue;
      }
      const sent = await deps.sender.send(chatId, reply);
      if (reply.taskId !== undefined) {
        await linkMessage(deps.db, deps.sender.platform, chatId, sent.messageId, reply.taskId);
      }
    } catch (err) {
      deps.logger.warn({ err, platform: deps.sender.platform }, "could not deliver a reply");
    }
    if (reply.files) await deliverFiles(deps, chatId, reply.files);
  }
}

/**
 * Sends a reply's files to a chat, or, when the chat cannot take files or
 * sending them fails, the reply's `unavailable` sentence (best effort). Files
 * are not retried from the outbox: their bytes are never stored there.
 */
export async function deliverFiles(deps: Pick<DeliverDeps, "logger" | "sender">, chatId: string, files: OutboundFiles): Promise<void> {
  const { sender, logger } = deps;
  if (files.items.length === 0) return;
  try {
    if (sender.sendFiles) return await sender.sendFiles(chatId, files);
  } catch (err) {
    logger.warn({ err, platform: sender.platform, files: files.items.length }, "could not deliver files");
  }
  try {
    await sender.send(chatId, { text: files.unavailable });
  } catch (err) {
    logger.warn({ err, platform: sender.platform }, "could not deliver a reply");
  }
}

/** Remembers that a platform message is about a task. Idempotent. */
export async function linkMessage(db: Db, platform: Platform, chatId: string, messageId: string, taskId: number): Promise<void> {
  await db.messageLink.upsert({
    where: { platform_chatId_platformMessageId: { platform, chatId, platformMessageId: messageId } },
    create: { platform, chatId, platformMessageId: messageId, taskId },
    update: { taskId },
  });
}
