import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "../../src/config.js";
import { createDb, migrateDatabase, type Database } from "../../src/db/connect.js";

export type Provider = DatabaseTarget["provider"];

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const providers: Provider[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"];

export interface TestDatabase extends Database {
  target: DatabaseTarget;
  /** Disconnects and deletes the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, empty database of the provider: a temporary SQLite file, or a new
 * PostgreSQL database created next to TEST_DATABASE_URL. Not migrated.
 */
export async function createEmptyDatabase(provider: Provider): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "nhacviec-test-"));
    const file = join(dir, "test.db");
    return { target: { provider, url: `file:${file}`, file }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `nhacviec_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    target: { provider, url: url.toString() },
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** A fresh, migrated database with a Prisma client. */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const { target, drop } = await createEmptyDatabase(provider);
  await migrateDatabase(target);
  const database = createDb(target);
  return {
    ...database,
    target,
    async destroy() {
      await database.close();
      await drop();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
