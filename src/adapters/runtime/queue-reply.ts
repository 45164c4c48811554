import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Outbound, Platform } from "../../core/conversation/types.js";
import { enqueueMessage } from "../../outbox/enqueue.js";

/**
 * Puts a reply that could not be sent now in the outbox, for this chat, as
 * `<platform>:reply:<key>`: delivering the same update's replies again
 * queues nothing twice. Never its files or an edit: the outbox stores
 * neither bytes nor the message a button was on.
 */
export async function queueReply(
  deps: { db: Db; clock: Clock; sender: { platform: Platform } },
  reply: { chatId: string; message: Outbound; key: string; notBeforeMs: number },
): Promise<void> {
  const { message } = reply;
  const now = deps.clock();
  await enqueueMessage(deps.db, {
    dedupeKey: `${deps.sender.platform}:reply:${reply.key}`,
    platform: deps.sender.platform,
    chatId: reply.chatId,
    kind: "reply",
    message: { ...message, editOf: undefined, files: undefined },
    ...(message.taskId !== undefined ? { taskId: message.taskId } : {}),
    notBefore: new Date(now.getTime() + reply.notBeforeMs),
    now,
  });
}
