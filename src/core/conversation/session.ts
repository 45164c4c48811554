import type { Db } from "../../db/connect.js";
import type { Inbound } from "./types.js";

/** What the bot is waiting for in a chat. */
export type PendingState =
  /** The next text is a progress update for this task (after "Cập nhật"). */
  | { kind: "await_update"; taskId: number }
  /** The next text is "<date> <reason>" for an extension of this task. */
  | { kind: "await_extension"; taskId: number }
  /** Free text waiting for the user to pick its task. */
  | { kind: "pick_task"; text: string; sourceKey: string | null };

/** How long a pending state lasts. */
export const SESSION_TTL_MS = 30 * 60_000;

const keyOf = (inbound: Pick<Inbound, "platform" | "chatId" | "userId">) => `${inbound.platform}:${inbound.chatId}:${inbound.userId}`;

export async function readPending(db: Db, inbound: Inbound, now: Date): Promise<PendingState | null> {
  const row = await db.chatSession.findUnique({ where: { key: keyOf(inbound) } });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return JSON.parse(row.data) as PendingState;
}

export async function writePending(db: Db, inbound: Inbound, state: PendingState, now: Date): Promise<void> {
  const key = keyOf(inbound);
  const data = JSON.stringify(state);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.chatSession.upsert({ where: { key }, create: { key, data, expiresAt, updatedAt: now }, update: { data, expiresAt, updatedAt: now } });
}

export async function clearPending(db: Db, inbound: Inbound): Promise<void> {
  await db.chatSession.deleteMany({ where: { key: keyOf(inbound) } });
}

/** A stable key for effects of one inbound message, so a redelivered message records nothing twice. */
export function sourceKeyOf(inbound: Inbound): string | null {
  if (inbound.updateId) return `${inbound.platform}:u:${inbound.updateId}`;
  if (inbound.messageId) return `${inbound.platform}:${inbound.chatId}:m:${inbound.messageId}`;
  return null;
}
