import type { Db } from "../../db/connect.js";

/** The KeyValue row that holds the long-polling offset. */
export const OFFSET_KEY = "telegram:offset";

/**
 * The getUpdates offset, kept in the database so that a restart neither asks
 * for updates already handled (replay) nor skips any (loss). The value records
 * the bot id too: update ids are per bot, and an offset of another bot (the
 * token was changed) would make Telegram drop the new bot's first updates.
 */
export interface OffsetStore {
  /** The next update id to ask for; 0 (everything not yet confirmed) when none is stored. */
  load(): Promise<number>;
  /** Records that every update below `offset` was handled. */
  save(offset: number): Promise<void>;
}

/** An OffsetStore in the KeyValue table, for the bot with this id. */
export function createOffsetStore(db: Db, botId: number): OffsetStore {
  return {
    async load() {
      const row = await db.keyValue.findUnique({ where: { key: OFFSET_KEY } });
      if (!row) return 0;
      const stored = parseOffset(row.value);
      return stored && stored.botId === botId ? stored.offset : 0;
    },
    async save(offset) {
      const value = JSON.stringify({ botId, offset });
      await db.keyValue.upsert({ where: { key: OFFSET_KEY }, create: { key: OFFSET_KEY, value }, update: { value } });
    },
  };
}

function parseOffset(value: string): { botId: number; offset: number } | null {
  try {
    const parsed = JSON.parse(value) as { botId?: unknown; offset?: unknown };
    return Number.isSafeInteger(parsed.botId) && Number.isSafeInteger(parsed.offset) ? (parsed as { botId: number; offset: number }) : null;
  } catch {
    return null;
  }
}
