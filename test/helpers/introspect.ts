import type { SqlDriver } from "../../src/db/sql-driver.js";

/**
 * A normalized, comparable description of a database's schema: tables,
 * columns, indexes and foreign keys. Prisma's migrations table is left out.
 */
export async function describeSchema(driver: SqlDriver): Promise<string[]> {
  return driver.provider === "sqlite" ? describeSqlite(driver) : describePostgres(driver);
}

async function describeSqlite(driver: SqlDriver): Promise<string[]> {
  const tables = await driver.query<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
  );
  const out: string[] = [];
  for (const { name } of tables) {
    for (const c of await driver.query<Record<string, unknown>>(`PRAGMA table_info("${name}")`)) {
      out.push(`column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
    }
    for (const i of await driver.query<{ name: string; unique: number }>(`PRAGMA index_list("${name}")`)) {
      const cols = await driver.query<{ name: string }>(`PRAGMA index_info("${i.name}")`);
      out.push(`index ${name}.${i.name} unique=${i.unique} (${cols.map((c) => c.name).join(",")})`);
    }
    for (const f of await driver.query<Record<string, unknown>>(`PRAGMA foreign_key_list("${name}")`)) {
      out.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} update=${f.on_update} delete=${f.on_delete}`);
    }
  }
  return out.sort();
}

async function describePostgres(driver: SqlDriver): Promise<string[]> {
  const columns = await driver.query<Record<string, unknown>>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const indexes = await driver.query<Record<string, unknown>>(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const constraints = await driver.query<Record<string, unknown>>(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'
       AND conrelid::regclass::text <> '_prisma_migrations'
       -- Constraint triggers (the data version's) are written by hand in the migrations; a schema file cannot hold them.
       AND contype <> 't'`,
  );
  return [
    ...columns.map(
      (c) =>
        `column ${c.table_name}.${c.column_name} ${c.data_type}(${c.character_maximum_length ?? c.numeric_precision ?? ""}) nullable=${c.is_nullable} default=${c.column_default}`,
    ),
    ...indexes.map((i) => `index ${i.tablename}.${i.indexname} ${i.indexdef}`),
    ...constraints.map((c) => `constraint ${c.tbl}.${c.conname} ${c.def}`),
  ].sort();
}
