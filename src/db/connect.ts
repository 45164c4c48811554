import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "../config.js";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { migrate, type MigrationResult } from "./migrate.js";
import { openSqlDriver } from "./sql-driver.js";

export { Prisma } from "../generated/sqlite/client.js";
export type * from "../generated/sqlite/client.js";

/**
 * The client type the application codes against. Both generated clients come
 * from schemas that differ only in their provider (a test checks it), so the
 * PostgreSQL client has the same shape.
 */
export type Db = SqliteClient;

export interface Database {
  db: Db;
  provider: DatabaseTarget["provider"];
  close(): Promise<void>;
}

/** Creates a Prisma client over the driver adapter for the target. */
export function createDb(target: DatabaseTarget): Database {
  if (target.provider === "sqlite") {
    // Instants as integer milliseconds: SQLite compares them an order of
    // magnitude faster than ISO text in a DATETIME (numeric affinity) column,
    // which is what the stats query does on every row.
    const adapter = new PrismaBetterSQLite3({ url: target.file, timeout: 5000 }, { timestampFormat: "unixepoch-ms" });
    const db = new SqliteClient({ adapter });
    return { db, provider: "sqlite", close: () => db.$disconnect() };
  }
  const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
  const db = new PostgresClient({ adapter }) as unknown as Db;
  return { db, provider: "postgresql", close: () => db.$disconnect() };
}

/** Applies pending migrations with the raw driver, then closes it. */
export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationResult> {
  const driver = await openSqlDriver(target);
  try {
    return await migrate(driver);
  } finally {
    await driver.close();
  }
}
