import type { Db } from "../db/connect.js";
import type { Platform } from "../core/conversation/types.js";

/** After the person's preferred platform, identities are tried in this order. */
export const FALLBACK_ORDER: readonly Platform[] = ["telegram", "zalo", "slack", "console"];

/** A chat to send to. */
export interface OutboxTarget {
  platform: Platform;
  chatId: string;
}

export type ChannelResolution = { target: OutboxTarget } | { unreachable: string };

/** The addressing columns of an outbox row. */
export interface RowAddress {
  id: number;
  personId: number | null;
  platform: string | null;
  chatId: string | null;
}

/**
 * Decides where each row goes now:
 * - a row with platform + chatId goes to that chat, if a sender for the platform is configured;
 * - a row with a person goes to their identity on their preferred platform if it is
 *   reachable (unreachableAt null) and configured, else to their first other reachable
 *   identity in FALLBACK_ORDER;
 * - otherwise the row is unreachable, with the reason (it is then recorded as such,
 *   never dropped).
 * One query covers all the people of the batch.
 */
export async function resolveChannels(db: Db, rows: RowAddress[], available: ReadonlySet<Platform>): Promise<Map<number, ChannelResolution>> {
  const personIds = [...new Set(rows.filter((r) => !isDirect(r) && r.personId !== null).map((r) => r.personId!))];
  const people =
    personIds.length === 0
      ? []
      : await db.person.findMany({
          where: { id: { in: personIds } },
          select: {
            id: true,
            preferredPlatform: true,
            identities: { where: { unreachableAt: null }, select: { platform: true, chatId: true }, orderBy: { id: "asc" } },
          },
        });
  const byId = new Map(people.map((p) => [p.id, p]));
  const result = new Map<number, ChannelResolution>();
  for (const row of rows) {
    if (isDirect(row)) {
      const platform = row.platform as Platform;
      result.set(row.id, available.has(platform) ? { target: { platform, chatId: row.chatId! } } : { unreachable: `no sender for platform ${platform}` });
      continue;
    }
    const person = row.personId === null ? undefined : byId.get(row.personId);
    if (!person) {
      result.set(row.id, { unreachable: row.personId === null ? "no recipient" : `person ${row.personId} not found` });
      continue;
    }
    const rank = (platform: string) =>
      platform === person.preferredPlatform ? -1 : FALLBACK_ORDER.includes(platform as Platform) ? FALLBACK_ORDER.indexOf(platform as Platform) : FALLBACK_ORDER.length;
    const best = person.identities
      .filter((i) => available.has(i.platform as Platform))
      .sort((a, b) => rank(a.platform) - rank(b.platform))[0];
    result.set(row.id, best ? { target: { platform: best.platform as Platform, chatId: best.chatId } } : { unreachable: "no reachable chat identity" });
  }
  return result;
}

function isDirect(row: RowAddress): boolean {
  return row.platform !== null && row.chatId !== null;
}
