import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Logger } from "../../logger.js";
import type { Outbound, OutboundFiles, Platform } from "../../core/conversation/types.js";
import { DeliveryError, type ChatSender } from "../../outbox/sender.js";
import { PartialDeliveryError, sentMessageIds } from "../../outbox/partial-delivery.js";
import { markChatUnreachable } from "./chat-identity.js";
import { queueReply } from "./queue-reply.js";

export interface DeliverDeps {
  db: Db;
  logger: Logger;
  sender: ChatSender;
  clock: Clock;
  /** A rate-limited reply waits this long at most before it goes to the outbox instead. Default 5 000 ms. */
  maxWaitMs?: number;
  /** Called after a reply was put in the outbox, so the dispatcher can send it now. */
  onQueued?: () => void;
}

/** Tries per message before a rate-limited reply goes to the outbox. */
const MAX_ATTEMPTS = 3;
const DEFAULT_MAX_WAIT_MS = 5000;

/**
 * Sends the core's replies to the chat a message came from (see deliverReply),
 * each reply's files after its text. `key` names the replies in the outbox:
 * the i-th reply is `<key>:<i>`. Never throws: the update itself has already
 * taken effect.
 */
export async function deliverReplies(deps: DeliverDeps, chatId: string, replies: Outbound[], key: string): Promise<void> {
  for (let i = 0; i < replies.length; i++) {
    const { files, ...reply } = replies[i]!;
    await deliverReply(deps, chatId, reply, `${key}:${i}`);
    if (files) await deliverFiles(deps, chatId, files);
  }
}

/**
 * Delivers one reply's text. Nothing is lost: a reply that fails for a
 * reason that may pass (rate limit, network) goes to the outbox, which sends
 * it later; short rate limits are waited out first (`maxWaitMs`). An edit
 * (`editOf`) the platform refuses is sent as a new message, and a platform
 * that cannot edit gets a new message too. A chat that is gone (the user
 * blocked the bot) marks its identity unreachable, so reminders go to the
 * person's other channels; that reply, or one refused outright, is dropped
 * and logged. Every sent message about a task is linked to it, so a reply to
 * any part updates the task. Files are the caller's (see deliverFiles).
 * Never throws.
 */
export async function deliverReply(deps: DeliverDeps, chatId: string, reply: Outbound, key: string): Promise<void> {
  try {
    await deliverOrQueue(deps, chatId, reply, key);
  } catch (err) {
    // The database failed while linking or queueing: nothing more can be done for this reply.
    deps.logger.warn({ err, platform: deps.sender.platform }, "could not deliver a reply");
  }
}

async function deliverOrQueue(deps: DeliverDeps, chatId: string, reply: Outbound, key: string): Promise<void> {
  const { sender } = deps;
  let message: Outbound = reply.editOf === undefined ? reply : { ...reply, editOf: undefined };
  if (reply.editOf !== undefined && sender.edit) {
    try {
      await sender.edit(chatId, reply.editOf, reply);
      if (reply.taskId !== undefined) await linkMessage(deps.db, sender.platform, chatId, reply.editOf, reply.taskId);
      return;
    } catch (err) {
      const failure = asDeliveryError(err);
      if (failure.kind === "unreachable") return refused(deps, chatId, failure);
      // Too old to edit, deleted, or a passing failure: the new state goes out as a new message.
    }
  }
  const ids: string[] = [];
  try {
    await sendPatiently(deps, chatId, message, ids);
  } catch (err) {
    const failure = asDeliveryError(err);
    if (failure instanceof PartialDeliveryError) message = failure.remaining;
    if (failure.kind === "unreachable" || failure.kind === "rejected") return await refused(deps, chatId, failure);
    await queueReply(deps, { chatId, message, key, notBeforeMs: failure.retryAfterMs ?? 0 });
    deps.logger.info({ platform: sender.platform, kind: failure.kind }, "could not deliver a reply now; it went to the outbox");
    deps.onQueued?.();
  } finally {
    if (reply.taskId !== undefined) for (const id of ids) await linkMessage(deps.db, sender.platform, chatId, id, reply.taskId);
  }
}

/** Sends, waiting out short rate limits; collects the ids of what went out into `ids`. */
async function sendPatiently(deps: DeliverDeps, chatId: string, message: Outbound, ids: string[]): Promise<void> {
  const maxWaitMs = deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  let rest = message;
  for (let attempt = 1; ; attempt++) {
    try {
      ids.push(...sentMessageIds(await deps.sender.send(chatId, rest)));
      return;
    } catch (err) {
      const failure = asDeliveryError(err);
      if (failure instanceof PartialDeliveryError) {
        ids.push(...failure.delivered);
        rest = failure.remaining;
      }
      const wait = failure.kind === "rate_limited" ? (failure.retryAfterMs ?? 1000) : Infinity;
      if (attempt >= MAX_ATTEMPTS || wait > maxWaitMs) {
        // What is left to send, whichever attempt delivered the parts before it.
        throw failure instanceof PartialDeliveryError || rest === message ? failure : new PartialDeliveryError([], rest, failure);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** A reply the platform will never take in this chat: dropped, and a chat that is gone is marked so. */
async function refused(deps: DeliverDeps, chatId: string, failure: DeliveryError): Promise<void> {
  const platform = deps.sender.platform;
  deps.logger.warn({ err: failure, platform, kind: failure.kind }, "could not deliver a reply: refused, and dropped");
  if (failure.kind === "unreachable") await markUnreachable(deps, chatId);
}

async function markUnreachable(deps: Pick<DeliverDeps, "db" | "logger" | "sender" | "clock">, chatId: string): Promise<void> {
  const platform = deps.sender.platform;
  await markChatUnreachable(deps.db, platform, chatId, deps.clock()).then(
    (count) => count > 0 && deps.logger.warn({ platform, chatId }, "chat identity marked unreachable"),
    (dbErr: unknown) => deps.logger.error({ err: dbErr, platform }, "could not mark a chat identity unreachable"),
  );
}

/**
 * Sends a reply's files to a chat, or, when the chat cannot take files or
 * sending them fails, the reply's `unavailable` sentence (best effort). Files
 * are not retried from the outbox: their bytes are never stored there.
 */
export async function deliverFiles(deps: Pick<DeliverDeps, "db" | "logger" | "sender" | "clock">, chatId: string, files: OutboundFiles): Promise<void> {
  const { sender, logger } = deps;
  if (files.items.length === 0) return;
  try {
    if (sender.sendFiles) return await sender.sendFiles(chatId, files);
  } catch (err) {
    logger.warn({ err, platform: sender.platform, files: files.items.length }, "could not deliver files");
    if (err instanceof DeliveryError && err.kind === "unreachable") return markUnreachable(deps, chatId);
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

function asDeliveryError(err: unknown): DeliveryError {
  return err instanceof DeliveryError ? err : new DeliveryError("network", err instanceof Error ? err.message : String(err), undefined, { cause: err });
}
