import Database from "better-sqlite3";
import pg from "pg";
import { computeStats } from "../src/core/stats/compute-stats.js";
import type { BenchDatabase } from "./databases.js";
import { compare, ms, report } from "./harness.js";
import { seedTasks } from "./fixtures.js";
import { coreDeps } from "./databases.js";

/** The hand-written baseline: one GROUP BY with conditional sums, through the bare driver. */
export const BASELINE_SQL = `
  SELECT "agencyId",
    COUNT(*) AS total,
    SUM(CASE WHEN "completedAt" <= $1 AND ("deadline" IS NULL OR "completedAt" <= "deadline") THEN 1 ELSE 0 END) AS on_time,
    SUM(CASE WHEN "completedAt" <= $1 AND "completedAt" > "deadline" THEN 1 ELSE 0 END) AS late,
    SUM(CASE WHEN ("completedAt" IS NULL OR "completedAt" > $1) AND "deadline" < $1 THEN 1 ELSE 0 END) AS overdue
  FROM "Task" WHERE "status" <> 'cancelled' AND "assignedAt" <= $1 GROUP BY "agencyId"`;

/** Opens the baseline query on its own driver connection: `run()` executes it as of `asOf`. */
export async function openStatsBaseline(target: BenchDatabase, asOf: Date): Promise<{ run: () => Promise<unknown>; close: () => Promise<void> }> {
  if (target.provider === "sqlite") {
    const raw = new Database(target.file!, { readonly: true });
    // Instants are stored as integer milliseconds (src/db/connect.ts).
    const stmt = raw.prepare(BASELINE_SQL.replaceAll("$1", "@c"));
    return { run: async () => stmt.all({ c: asOf.getTime() }), close: async () => void raw.close() };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return { run: () => client.query(BASELINE_SQL, [asOf]), close: () => client.end() };
}

export async function benchStats(target: BenchDatabase): Promise<void> {
  await seedTasks(target.db, { tasks: 100_000, agencies: 60 });
  const asOf = new Date("2026-06-30T16:59:59.999Z");
  const deps = coreDeps(target.db);
  const baseline = await openStatsBaseline(target, asOf);
  const check = await computeStats(deps, { asOf });
  if (check.total.total === 0) throw new Error("stats returned nothing");
  const result = await compare(["computeStats", () => computeStats(deps, { asOf })], ["hand-written GROUP BY", baseline.run]);
  await baseline.close();
  report(`stats, all agencies, 100,000 tasks / 60 agencies (${target.provider})`, [
    `computeStats median ${ms(result.subject.medianMs)}, p95 ${ms(result.subject.p95Ms)}`,
    `GROUP BY     median ${ms(result.baseline.medianMs)}, p95 ${ms(result.baseline.p95Ms)}`,
    `ratio ${result.ratio.toFixed(2)}× (target ≤ 1.5×)${target.provider === "sqlite" ? `; median ${result.subject.medianMs < 50 ? "<" : "≥"} 50 ms target` : ""}`,
  ]);
}
