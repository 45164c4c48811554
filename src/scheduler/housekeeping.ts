import type { Db } from "../db/connect.js";

const DAY_MS = 86_400_000;

/**
 * How long an inbound update id is remembered, so that a redelivery takes
 * effect once. Platforms redeliver within a day at most (Telegram keeps an
 * update 24 hours, Slack and Zalo retry within minutes); a month is ample.
 */
export const PROCESSED_UPDATE_RETENTION_MS = 30 * DAY_MS;

/** What one housekeeping pass deleted. */
export interface HousekeepingResult {
  processedUpdates: number;
  sessions: number;
}

/**
 * Deletes what no longer serves: update ids older than the retention, and
 * chat sessions (pending questions) that have expired. Idempotent; safe to
 * run from several instances at once.
 */
export async function pruneHousekeeping(db: Db, now: Date): Promise<HousekeepingResult> {
  const processed = await db.processedUpdate.deleteMany({ where: { processedAt: { lt: new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS) } } });
  const sessions = await db.chatSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return { processedUpdates: processed.count, sessions: sessions.count };
}
