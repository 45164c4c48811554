import type { Db, Prisma } from "../db/connect.js";
import type { OutboxTarget } from "./resolve-channel.js";
import type { DueRow } from "./claim.js";

/**
 * A row this instance claimed. Every outcome is written with a guard on the
 * claim (id, owner, attempt number), so a late writer never overwrites a
 * newer state: a row retried by hand meanwhile is left alone.
 */
export interface Held {
  row: DueRow;
  attempt: number;
  instanceId: string;
}

const heldBy = (h: Held) => ({ id: h.row.id, lockedBy: h.instanceId, attempts: h.attempt });

/**
 * Records a delivered message, in one transaction: the row becomes sent with
 * where it went, every part is linked to the row's task (so that a reply or a
 * button press on any part finds the task), and a broadcast recipient fed by
 * this row is marked sent through that channel.
 *
 * Also accepted when the row was meanwhile marked dead with an unknown outcome
 * (its lease ran out during a slow call): the message did arrive, and saying
 * so is the truth. Returns false when the claim had been taken away entirely.
 */
export async function recordSent(db: Db, held: Held, target: OutboxTarget, messageIds: string[], taskId: number | null, now: Date): Promise<boolean> {
  const [row] = await db.$transaction([
    db.outboxMessage.updateMany({
      where: { ...heldBy(held), status: { in: ["sending", "dead"] } },
      data: {
        status: "sent",
        sentPlatform: target.platform,
        sentChatId: target.chatId,
        platformMessageId: held.row.platformMessageId ?? messageIds[0] ?? null,
        sentAt: now,
        lockedUntil: null,
        lastError: null,
      },
    }),
    ...linkOps(db, held.row.id, target, messageIds, taskId),
    db.broadcastRecipient.updateMany({
      where: { outboxId: held.row.id, status: { in: ["queued", "unreachable"] } },
      data: { status: "sent", channel: target.platform },
    }),
  ]);
  return row.count === 1;
}

/**
 * Records the first parts of a long message that were delivered before a
 * failure, and keeps only the rest as the row's payload, so that a retry sends
 * the rest and never the delivered parts again. The row stays held; the
 * failure is settled next.
 */
export async function recordPartial(db: Db, held: Held, target: OutboxTarget, delivered: string[], remainingPayload: string, taskId: number | null): Promise<void> {
  await db.$transaction([
    db.outboxMessage.updateMany({
      where: { ...heldBy(held), status: "sending" },
      data: {
        payload: remainingPayload,
        sentPlatform: target.platform,
        sentChatId: target.chatId,
        platformMessageId: held.row.platformMessageId ?? delivered[0] ?? null,
      },
    }),
    ...linkOps(db, held.row.id, target, delivered, taskId),
  ]);
  held.row.payload = remainingPayload;
  held.row.platformMessageId = held.row.platformMessageId ?? delivered[0] ?? null;
}

/**
 * Puts a held row back in the queue for `at`. `countAttempt` false gives the
 * attempt back: a rate limit or a dead channel says nothing about the message.
 */
export async function reschedule(db: Db, held: Held, options: { at: Date; lastError: string; countAttempt: boolean }): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { ...heldBy(held), status: "sending" },
    data: {
      status: "pending",
      nextAttemptAt: options.at,
      lastError: options.lastError,
      attempts: options.countAttempt ? held.attempt : held.attempt - 1,
      lockedBy: null,
      lockedUntil: null,
    },
  });
}

/** Ends a held row as dead (rejected, or out of attempts) or unreachable (no channel left). */
export async function finishHeld(db: Db, held: Held, status: "dead" | "unreachable", lastError: string): Promise<void> {
  await finish(db, { ...heldBy(held), status: "sending" }, status, lastError);
}

/**
 * Ends a row that was never claimed because no channel reaches its recipient.
 * Guarded like a claim, so only one instance records it. Returns true when recorded.
 */
export async function finishUnreachable(db: Db, row: DueRow, lastError: string): Promise<boolean> {
  return finish(db, { id: row.id, status: "pending", attempts: row.attempts, payload: row.payload }, "unreachable", lastError);
}

/** The row's final state and, when unreachable, its broadcast recipient's, together or not at all. */
async function finish(db: Db, where: Prisma.OutboxMessageWhereInput, status: "dead" | "unreachable", lastError: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({ where, data: { status, lastError, lockedUntil: null } });
    if (count === 1 && status === "unreachable") {
      const id = where.id as number;
      await tx.broadcastRecipient.updateMany({ where: { outboxId: id, status: "queued" }, data: { status: "unreachable" } });
    }
    return count === 1;
  });
}

/** Marks the identity behind a chat as unreachable (the user blocked the bot, the chat is gone). */
export async function markIdentityUnreachable(db: Db, target: OutboxTarget, now: Date): Promise<number> {
  const { count } = await db.chatIdentity.updateMany({
    where: { platform: target.platform, chatId: target.chatId, unreachableAt: null },
    data: { unreachableAt: now, failureCount: { increment: 1 } },
  });
  return count;
}

function linkOps(db: Db, outboxId: number, target: OutboxTarget, messageIds: string[], taskId: number | null) {
  if (taskId === null) return [];
  return messageIds.map((platformMessageId) =>
    db.messageLink.upsert({
      where: { platform_chatId_platformMessageId: { platform: target.platform, chatId: target.chatId, platformMessageId } },
      create: { platform: target.platform, chatId: target.chatId, platformMessageId, taskId, outboxId },
      update: { taskId, outboxId },
    }),
  );
}
