import type { Db } from "../db/connect.js";

type Tx = Pick<Db, "auditLog">;

/** Writes one audit row: who did what to which record, with before/after snapshots. */
export async function audit(
  db: Tx,
  entry: { actorId?: number | null; actorLabel?: string; action: string; entity: string; entityId?: string | number; before?: unknown; after?: unknown; at: Date },
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      createdAt: entry.at,
    },
  });
}
