import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlDriver } from "./sql-driver.js";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/** Why the runner refused to migrate. */
export class MigrationError extends Error {
  constructor(
    readonly code: "edited" | "failed_before" | "failed",
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/** prisma/<provider>/migrations, relative to the package root. */
export function migrationsDir(provider: SqlDriver["provider"]): string {
  return fileURLToPath(new URL(`../../prisma/${provider}/migrations/`, import.meta.url));
}

/** Reads the migration folders in name order, as Prisma does. */
export function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      // Prisma's checksum: SHA-256 of the file's bytes, hex.
      return { name, sql, checksum: createHash("sha256").update(sql, "utf8").digest("hex") };
    });
}

const CREATE_TABLE = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
  )`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`,
};

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Applies pending migrations, each in its own transaction, and records them in
 * Prisma's `_prisma_migrations` table so that `prisma migrate status` agrees.
 * Refuses to run when an applied migration was edited since, or when an
 * earlier attempt failed half-way. On PostgreSQL an advisory lock makes
 * instances that start together take turns.
 */
export async function migrate(driver: SqlDriver, dir = migrationsDir(driver.provider)): Promise<MigrationResult> {
  const files = readMigrations(dir);
  return driver.withLock(async () => {
    await driver.exec(CREATE_TABLE[driver.provider]);
    const rows = await driver.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at != null) continue;
      if (row.finished_at == null) {
        throw new MigrationError(
          "failed_before",
          row.migration_name,
          `Migration ${row.migration_name} started earlier but did not finish. Repair the database, then mark it rolled back.`,
        );
      }
      applied.set(row.migration_name, row);
    }
    for (const file of files) {
      const row = applied.get(file.name);
      if (row && row.checksum !== file.checksum) {
        throw new MigrationError(
          "edited",
          file.name,
          `Migration ${file.name} was already applied, but its migration.sql has been edited since. ` +
            `Restore the original file and write the change as a new migration.`,
        );
      }
    }
    const pending = files.filter((f) => !applied.has(f.name));
    for (const file of pending) await applyOne(driver, file);
    return { applied: pending.map((f) => f.name), alreadyApplied: files.length - pending.length };
  });
}

async function applyOne(driver: SqlDriver, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await driver.transaction(async () => {
      await driver.exec(file.sql);
      await driver.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, 1)`,
        [id, file.checksum, file.name, now, new Date().toISOString()],
      );
    });
  } catch (cause) {
    throw new MigrationError("failed", file.name, `Migration ${file.name} failed and was rolled back: ${String(cause)}`, {
      cause,
    });
  }
}
