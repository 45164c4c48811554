import { createBot } from "../src/core/conversation/create-bot.js";
import { createTranslator } from "../src/i18n/translator.js";
import type { BenchDatabase } from "./databases.js";
import { coreDeps } from "./databases.js";
import { compare, ms, report } from "./harness.js";
import { seedTasks } from "./fixtures.js";
import { openStatsBaseline } from "./stats.bench.js";

/** `/thongke` end to end (parse → query → render) against the bare stats query, at 100,000 tasks. */
export async function benchThongke(target: BenchDatabase): Promise<void> {
  await seedTasks(target.db, { tasks: 100_000, agencies: 60 });
  const asOf = new Date();
  const deps = { ...coreDeps(target.db), translator: createTranslator(), defaultLanguage: "vi" as const };
  const person = await target.db.person.create({ data: { name: "Lãnh đạo", handle: "bench-leader" } });
  await target.db.roleGrant.create({ data: { personId: person.id, role: "leader" } });
  await target.db.chatIdentity.create({ data: { personId: person.id, platform: "console", externalUserId: "bench-leader", chatId: "console" } });
  const bot = createBot(deps);
  let n = 0;
  const thongke = async () => {
    const replies = await bot.handle({ platform: "console", userId: "bench-leader", chatId: "console", chatType: "private", messageId: `b${++n}`, text: "/thongke", at: new Date() });
    if (!replies[0]?.text.includes("100.000")) throw new Error(`unexpected reply: ${replies[0]?.text}`);
  };
  const baseline = await openStatsBaseline(target, asOf);
  const result = await compare(["/thongke", thongke], ["stats GROUP BY", baseline.run]);
  await baseline.close();
  report(`/thongke end to end, 100,000 tasks / 60 agencies (${target.provider})`, [
    `/thongke  median ${ms(result.subject.medianMs)}, p95 ${ms(result.subject.p95Ms)}`,
    `GROUP BY  median ${ms(result.baseline.medianMs)}, p95 ${ms(result.baseline.p95Ms)}`,
    `ratio ${result.ratio.toFixed(2)}× (target ≤ 1.5×)`,
  ]);
}
