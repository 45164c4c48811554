import type { Db } from "../db/connect.js";
import type { Outbound, Platform } from "../core/conversation/types.js";

/** A Prisma client or an interactive transaction. */
export type DbClient = Pick<Db, "$executeRaw" | "outboxMessage">;

export interface EnqueueInput {
  /**
   * Unique per logical message, e.g. `digest:<person>:<date>:<window>`,
   * `escalation:<task>:<level>`. Enqueueing the same key again does nothing.
   */
  dedupeKey: string;
  /** The recipient; the dispatcher picks their reachable channel at send time. */
  personId?: number;
  /** Or a fixed chat (a reply to a group, a console chat). */
  platform?: Platform;
  chatId?: string;
  /** digest | escalation | broadcast | extension | notice | reply */
  kind: string;
  message: Outbound;
  taskId?: number;
  /** Do not send before this instant (the send window). */
  notBefore: Date;
  /** The current instant (from the injected clock), recorded as createdAt. */
  now: Date;
}

/**
 * Writes a message to the outbox unless its dedupe key is already there.
 * Returns true when a row was created. Safe inside a transaction on both
 * databases (ON CONFLICT DO NOTHING, never a unique-violation error) and
 * under several instances.
 */
export async function enqueueMessage(db: DbClient, input: EnqueueInput): Promise<boolean> {
  const count = await db.$executeRaw`
    INSERT INTO "OutboxMessage" ("dedupeKey", "personId", "platform", "chatId", "kind", "payload", "taskId",
      "status", "attempts", "nextAttemptAt", "createdAt")
    VALUES (${input.dedupeKey}, ${input.personId ?? null}, ${input.platform ?? null}, ${input.chatId ?? null},
      ${input.kind}, ${JSON.stringify(input.message)}, ${input.taskId ?? null}, 'pending', 0, ${input.notBefore}, ${input.now})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return count > 0;
}
