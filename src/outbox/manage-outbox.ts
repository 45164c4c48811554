import type { Db } from "../db/connect.js";

/** The statuses `outbox list --failed` shows: the rows that need a person. */
export const FAILED_STATUSES = ["dead", "unreachable"] as const;

export interface OutboxListItem {
  id: number;
  dedupeKey: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
}

/** Outbox rows, newest first; `failed` keeps only dead and unreachable ones. */
export async function listOutboxMessages(db: Db, options: { failed?: boolean; limit?: number } = {}): Promise<OutboxListItem[]> {
  return db.outboxMessage.findMany({
    where: options.failed ? { status: { in: [...FAILED_STATUSES] } } : {},
    orderBy: { id: "desc" },
    take: options.limit ?? 50,
    select: { id: true, dedupeKey: true, status: true, attempts: true, nextAttemptAt: true, lastError: true },
  });
}

export type RetryResult = { kind: "retried"; channelsReset: number } | { kind: "not_found" } | { kind: "not_failed"; status: string };

/**
 * Puts a dead or unreachable row back in the queue, due now, with its attempts
 * reset. Any other status is refused: a pending or sending row is already on
 * its way, and a sent one would be sent twice. With `resetChannels`, the
 * person's identities marked unreachable are trusted again (the user unblocked
 * the bot), which an unreachable row needs to go anywhere.
 */
export async function retryOutboxMessage(db: Db, id: number, now: Date, options: { resetChannels?: boolean } = {}): Promise<RetryResult> {
  // The write comes first so that SQLite takes its write lock at once (a read
  // first could not be upgraded when another process wrote meanwhile).
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: { in: [...FAILED_STATUSES] } },
      data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null },
    });
    const row = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, personId: true } });
    if (!row) return { kind: "not_found" as const };
    if (count === 0) return { kind: "not_failed" as const, status: row.status };
    await tx.broadcastRecipient.updateMany({ where: { outboxId: id, status: "unreachable" }, data: { status: "queued" } });
    let channelsReset = 0;
    if (options.resetChannels && row.personId !== null) {
      ({ count: channelsReset } = await tx.chatIdentity.updateMany({
        where: { personId: row.personId, unreachableAt: { not: null } },
        data: { unreachableAt: null },
      }));
    }
    return { kind: "retried" as const, channelsReset };
  });
}
