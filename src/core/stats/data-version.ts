import type { Db } from "../../db/connect.js";

/**
 * The database's data version: a value that changes with every committed
 * write to the Task or Agency table, whoever makes it (database triggers,
 * migration add_data_version), and that no two states of those tables share.
 * Null when the row is missing: then nothing may be cached. Raw SQL, because
 * it runs on every /thongke and Prisma's query builder costs several times
 * the query itself.
 */
export async function readDataVersion(db: Db): Promise<string | null> {
  const rows = await db.$queryRaw<{ value: string }[]>`SELECT "value" FROM "DataVersion" WHERE "id" = 1`;
  return rows[0]?.value ?? null;
}
