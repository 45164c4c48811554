import type { Db } from "../db/connect.js";

/** The columns the dispatcher needs of a row it may send. */
export const DUE_COLUMNS = {
  id: true,
  dedupeKey: true,
  personId: true,
  platform: true,
  chatId: true,
  kind: true,
  payload: true,
  taskId: true,
  attempts: true,
  platformMessageId: true,
} as const;

export interface DueRow {
  id: number;
  dedupeKey: string;
  personId: number | null;
  platform: string | null;
  chatId: string | null;
  kind: string;
  payload: string;
  taskId: number | null;
  attempts: number;
  /** Set when earlier parts of a long message were delivered. */
  platformMessageId: string | null;
}

/** The lastError of a row whose send was interrupted, so that its outcome is unknown. */
export const UNKNOWN_OUTCOME =
  "unknown outcome: the sender stopped while the platform was being called; check the chat, then `nhacviec outbox retry` if it did not arrive";

/** Pending rows that are due, oldest first, except those already in hand. */
export async function findDueRows(db: Db, now: Date, take: number, exclude: number[]): Promise<DueRow[]> {
  return db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, ...(exclude.length > 0 ? { id: { notIn: exclude } } : {}) },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take,
    select: DUE_COLUMNS,
  });
}

/**
 * Claims a row just before sending it: pending → sending, attempts + 1, a
 * lease for this instance. One guarded UPDATE, so of several instances or
 * overlapping passes exactly one gets the row (the others see count 0). The
 * guard also holds the attempts and payload that were read: a row that another
 * instance changed meanwhile (a partial delivery rewrites the payload) is not
 * sent from a stale copy. Returns true when this instance holds the row.
 */
export async function claimRow(db: Db, row: DueRow, options: { now: Date; instanceId: string; leaseMs: number }): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id: row.id, status: "pending", attempts: row.attempts, payload: row.payload, nextAttemptAt: { lte: options.now } },
    data: {
      status: "sending",
      attempts: row.attempts + 1,
      lockedBy: options.instanceId,
      lockedUntil: new Date(options.now.getTime() + options.leaseMs),
    },
  });
  return count === 1;
}

/**
 * Rows left in "sending" past their lease: their sender died (or hung) between
 * claiming and recording the outcome, so the platform may or may not have the
 * message. They are never sent again (that could send twice); they become
 * dead with UNKNOWN_OUTCOME, listed by `nhacviec outbox list --failed`, for a
 * person to check and retry. Returns the ids resolved by this call.
 */
export async function resolveExpiredLeases(db: Db, now: Date): Promise<number[]> {
  const stale = await db.outboxMessage.findMany({
    where: { status: "sending", OR: [{ lockedUntil: { lt: now } }, { lockedUntil: null }] },
    select: { id: true },
    take: 500,
  });
  const resolved: number[] = [];
  for (const { id } of stale) {
    // Guarded again: the owner may have finished in the meantime.
    const { count } = await db.outboxMessage.updateMany({
      where: { id, status: "sending", OR: [{ lockedUntil: { lt: now } }, { lockedUntil: null }] },
      data: { status: "dead", lastError: UNKNOWN_OUTCOME, lockedUntil: null },
    });
    if (count === 1) resolved.push(id);
  }
  return resolved;
}
