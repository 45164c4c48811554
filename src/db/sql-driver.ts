import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "../config.js";

/**
 * The few raw operations the migration runner needs, on either database.
 * Prisma's client cannot run multi-statement scripts, and the Prisma CLI
 * cannot migrate PostgreSQL offline, so migrations use the drivers directly.
 */
export interface SqlDriver {
  readonly provider: DatabaseTarget["provider"];
  /** Runs a statement with positional parameters ($1, $2, … on both databases). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(script: string): Promise<void>;
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Serialises migrators across processes (PostgreSQL advisory lock). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens a driver for the target. Creates the SQLite file's folder. */
export async function openSqlDriver(target: DatabaseTarget): Promise<SqlDriver> {
  return target.provider === "sqlite" ? openSqlite(target.file) : openPostgres(target.url);
}

function openSqlite(file: string): SqlDriver {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  // WAL lets the bot read while another process (the CLI) writes.
  db.pragma("journal_mode = WAL");
  const toSqlite = (sql: string) => sql.replace(/\$\d+/g, "?");
  return {
    provider: "sqlite",
    async query<T>(sql: string, params: unknown[] = []) {
      const stmt = db.prepare(toSqlite(sql));
      if (stmt.reader) return stmt.all(...params) as T[];
      stmt.run(...params);
      return [];
    },
    async exec(script) {
      db.exec(script);
    },
    async transaction(fn) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn();
        db.exec("COMMIT");
        return result;
      } catch (err) {
        db.exec("ROLLBACK");
        throw err;
      }
    },
    // BEGIN IMMEDIATE already excludes other writers on SQLite.
    withLock: (fn) => fn(),
    async close() {
      db.close();
    },
  };
}

/** The key Prisma's own migrate command locks, so the CLI and the app exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

async function openPostgres(url: string): Promise<SqlDriver> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    provider: "postgresql",
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await client.query(sql, params);
      return res.rows as T[];
    },
    async exec(script) {
      await client.query(script);
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const result = await fn();
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    },
    async withLock(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      }
    },
    async close() {
      await client.end();
    },
  };
}
