import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, migrationsDir, readMigrations, MigrationError } from "../../src/db/migrate.js";
import { openSqlDriver, type SqlDriver } from "../../src/db/sql-driver.js";
import { createEmptyDatabase, providers } from "../helpers/test-database.js";
import { describeSchema } from "../helpers/introspect.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDriver(provider: (typeof providers)[number]): Promise<SqlDriver> {
  const { target, drop } = await createEmptyDatabase(provider);
  const driver = await openSqlDriver(target);
  cleanups.push(drop, () => driver.close());
  return driver;
}

/** The SQL that `prisma migrate diff --from-empty` writes for the schema file today. */
function diffFromEmpty(provider: string): string {
  const env = { ...process.env, PRISMA_PROVIDER: provider, PRISMA_DATASOURCE_URL: provider === "sqlite" ? "file:/tmp/nhacviec-diff.db" : (process.env.TEST_DATABASE_URL ?? "") };
  return execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"],
    { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** A copy of the real migrations folder that a test may change. */
function copyOfMigrations(provider: SqlDriver["provider"]): string {
  const dir = mkdtempSync(join(tmpdir(), "nhacviec-migrations-"));
  cpSync(migrationsDir(provider), dir, { recursive: true });
  return dir;
}

describe.each(providers)("migrations on %s", (provider) => {
  it("build the same schema as `prisma migrate diff --from-empty` of the schema file", async () => {
    const migrated = await emptyDriver(provider);
    const result = await migrate(migrated);
    expect(result.applied.length).toBeGreaterThan(0);

    const reference = await emptyDriver(provider);
    await reference.exec(diffFromEmpty(provider));

    expect(await describeSchema(migrated)).toEqual(await describeSchema(reference));
  });

  it("record Prisma's _prisma_migrations rows with the file checksums, and apply nothing twice", async () => {
    const driver = await emptyDriver(provider);
    await migrate(driver);
    const again = await migrate(driver);
    expect(again.applied).toEqual([]);
    const rows = await driver.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: unknown }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations(migrationsDir(provider));
    expect(rows.map((r) => [r.migration_name, r.checksum, Number(r.applied_steps_count)])).toEqual(
      files.map((f) => [f.name, f.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at != null)).toBe(true);
  });

  it("refuse to run when an applied migration was edited since", async () => {
    const driver = await emptyDriver(provider);
    const dir = copyOfMigrations(provider);
    await migrate(driver, dir);
    const first = readMigrations(dir)[0]!;
    appendFileSync(join(dir, first.name, "migration.sql"), "\n-- edited\n");
    const err = await migrate(driver, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as MigrationError).code).toBe("edited");
    expect((err as MigrationError).message).toContain(first.name);
  });

  it("roll back a failing migration whole and leave no record of it", async () => {
    const driver = await emptyDriver(provider);
    const dir = copyOfMigrations(provider);
    mkdirSync(join(dir, "99990101000000_broken"));
    writeFileSync(
      join(dir, "99990101000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nCREATE TABLE "Broken" (this is not sql);\n`,
    );
    const err = await migrate(driver, dir).catch((e: unknown) => e);
    expect((err as MigrationError).code).toBe("failed");
    const names = await driver.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((n) => n.migration_name)).not.toContain("99990101000000_broken");
    const half =
      provider === "sqlite"
        ? await driver.query(`SELECT name FROM sqlite_master WHERE name = 'Half'`)
        : await driver.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toEqual([]);
  });
});

describe.runIf(providers.includes("postgresql"))("migrations on postgresql, several instances", () => {
  it("let three instances that start together apply each migration exactly once", async () => {
    const { target, drop } = await createEmptyDatabase("postgresql");
    cleanups.push(drop);
    const drivers = await Promise.all([1, 2, 3].map(() => openSqlDriver(target)));
    cleanups.push(...drivers.map((d) => () => d.close()));
    const results = await Promise.all(drivers.map((d) => migrate(d)));
    const appliedCount = results.reduce((n, r) => n + r.applied.length, 0);
    expect(appliedCount).toBe(readMigrations(migrationsDir("postgresql")).length);
    const rows = await drivers[0]!.query(`SELECT id FROM "_prisma_migrations"`);
    expect(rows.length).toBe(appliedCount);
  });
});
