/**
 * `npm run bench`: every performance target, each measured against its
 * baseline in the same run (ratios, because machines are noisy).
 * PostgreSQL is measured too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 */
import { benchProviders, openBenchDatabase } from "./databases.js";
import { benchStats } from "./stats.bench.js";

const only = process.argv[2];

async function run(name: string, fn: () => Promise<void>): Promise<void> {
  if (only && !name.includes(only)) return;
  await fn();
}

for (const provider of benchProviders()) {
  await run(`stats-${provider}`, async () => {
    const target = await openBenchDatabase(provider);
    try {
      await benchStats(target);
    } finally {
      await target.destroy();
    }
  });
}
