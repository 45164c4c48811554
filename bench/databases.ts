import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { createDb, migrateDatabase, type Db } from "../src/db/connect.js";
import type { DatabaseTarget } from "../src/config.js";
import { systemClock } from "../src/core/clock.js";
import type { CoreDeps } from "../src/core/deps.js";
import { loadReminderPolicy } from "../src/core/reminders/policy.js";

export interface BenchDatabase {
  provider: DatabaseTarget["provider"];
  db: Db;
  file?: string;
  url: string;
  destroy(): Promise<void>;
}

/** The databases to measure on: SQLite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. */
export function benchProviders(): DatabaseTarget["provider"][] {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"];
}

/** A fresh, migrated database for one measurement. */
export async function openBenchDatabase(provider: DatabaseTarget["provider"]): Promise<BenchDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "nhacviec-bench-"));
    const file = join(dir, "bench.db");
    const target: DatabaseTarget = { provider, url: `file:${file}`, file };
    await migrateDatabase(target);
    const { db, close } = createDb(target);
    return { provider, db, file, url: target.url, destroy: async () => { await close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const base = (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL)!;
  const name = `nhacviec_bench_${randomBytes(4).toString("hex")}`;
  await admin(base, `CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { provider, url: url.toString() };
  await migrateDatabase(target);
  const { db, close } = createDb(target);
  return { provider, db, url: target.url, destroy: async () => { await close(); await admin(base, `DROP DATABASE "${name}" WITH (FORCE)`); } };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function coreDeps(db: Db): CoreDeps {
  return { db, clock: systemClock, timeZone: "Asia/Ho_Chi_Minh", logger: pino({ level: "silent" }), policy: loadReminderPolicy() };
}
