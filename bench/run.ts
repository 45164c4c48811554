/**
 * `npm run bench [name]`: every performance target, each measured against its
 * baseline in the same run (ratios, because machines are noisy).
 * PostgreSQL is measured too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 */
import { benchProviders, openBenchDatabase, type BenchDatabase } from "./databases.js";
import { benchStats } from "./stats.bench.js";
import { benchThongke } from "./thongke.bench.js";
import { benchImport } from "./import.bench.js";
import { benchDispatch } from "./dispatch.bench.js";
import { benchPlanning } from "./planning.bench.js";
import { benchReport } from "./report.bench.js";
import { benchWebhook } from "./webhook.bench.js";

const only = process.argv[2];

/** name → measurement; `sqliteOnly` ones run once, on SQLite. */
const benches: { name: string; run: (target: BenchDatabase) => Promise<void>; sqliteOnly?: boolean }[] = [
  { name: "stats", run: benchStats },
  { name: "thongke", run: benchThongke },
  { name: "import", run: benchImport },
  { name: "planning", run: benchPlanning },
  { name: "dispatch", run: benchDispatch },
  { name: "report", run: benchReport },
  { name: "webhook", run: benchWebhook, sqliteOnly: true },
];

for (const bench of benches) {
  if (only && !bench.name.includes(only)) continue;
  for (const provider of bench.sqliteOnly ? (["sqlite"] as const) : benchProviders()) {
    const target = await openBenchDatabase(provider);
    try {
      await bench.run(target);
    } finally {
      await target.destroy();
    }
  }
}
