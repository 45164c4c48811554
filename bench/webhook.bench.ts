import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pino from "pino";
import type { Db } from "../src/db/connect.js";
import { loadDemo } from "../src/demo/load-demo.js";
import { createBot } from "../src/core/conversation/create-bot.js";
import { createStatsCache } from "../src/core/stats/stats-cache.js";
import { createTranslator } from "../src/i18n/translator.js";
import { createHttpServer } from "../src/http/server.js";
import { createTelegramAdapter } from "../src/adapters/telegram/telegram-adapter.js";
import { TELEGRAM_WEBHOOK_PATH } from "../src/adapters/telegram/telegram-webhook.js";
import type { LoadPlan, LoadResult } from "../test/fakes/telegram/webhook-load.js";
import type { BenchDatabase } from "./databases.js";
import { coreDeps } from "./databases.js";
import { measure, ms, report } from "./harness.js";

const SECRET = "bench_webhook_secret_0123456789";
const USERS = 300;
const FIRST_USER_ID = 500_000;
const PLAN = { users: USERS, firstUserId: FIRST_USER_ID, text: "/thongke", concurrency: 16, warmupMs: 2_000, durationMs: 10_000 };
/** One update at a time: the adapter's own cost per update, next to the core's. */
const SEQUENTIAL = { ...PLAN, concurrency: 1, durationMs: 5_000 };

/**
 * The Telegram webhook under load: the adapter in webhook mode on the demo
 * data, with USERS registered users sending /thongke (distinct update ids)
 * over loopback, PLAN.concurrency at a time, for a bounded time. A request
 * ends when the update has been handled and its answer accepted by the fake
 * Bot API. The fake and the load generator run in a separate process, as
 * Telegram would. Targets: ≥ 300 updates/s, p99 < 100 ms. The core's own
 * time per /thongke is measured alongside, as the baseline.
 */
export async function benchWebhook(target: BenchDatabase): Promise<void> {
  // As src/app.ts builds them: with the stats cache.
  const deps = { ...coreDeps(target.db), statsCache: createStatsCache() };
  await loadDemo(deps);
  await registerUsers(target.db, USERS);
  const translator = createTranslator();
  const bot = createBot({ ...deps, translator, defaultLanguage: "vi" });
  const uncached = createBot({ ...deps, statsCache: undefined, translator, defaultLanguage: "vi" });
  let n = 0;
  const thongke = (core: typeof bot) => () =>
    core.handle({ platform: "telegram", userId: String(FIRST_USER_ID + (n++ % USERS)), chatId: "0", chatType: "private", text: "/thongke", updateId: `baseline:${n}`, at: new Date() });
  const core = await measure("core", thongke(bot), 100, 10);
  const coreUncached = await measure("core without the stats cache", thongke(uncached), 100, 10);

  const peer = await startPeer();
  const logger = pino({ level: "silent" });
  const http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
  const { url } = await http.start();
  const adapter = createTelegramAdapter({
    db: target.db, logger, http, bot, token: peer.token, apiRoot: peer.apiRoot, publicUrl: url, webhookSecret: SECRET, clock: deps.clock, translator,
  });
  await adapter.start();
  try {
    const webhook = `${url}${TELEGRAM_WEBHOOK_PATH}`;
    // The machine's load (1-minute average) before and after the measured runs: the figures mean little without it.
    const load = [loadAverage()];
    const one = summarize(await peer.run({ ...SEQUENTIAL, url: webhook, secret: SECRET }), SEQUENTIAL.durationMs);
    const result = await peer.run({ ...PLAN, url: webhook, secret: SECRET });
    load.push(loadAverage());
    const many = summarize(result, PLAN.durationMs);
    report(`Telegram webhook, /thongke from ${USERS} users, ${PLAN.concurrency} in flight, ${PLAN.durationMs / 1000} s (${target.provider})`, [
      `${many.rate.toFixed(0)} updates/s (target ≥ 300); ${result.latencies.length} measured, ${result.failures} failed, ${result.answers} answers sent in all`,
      `latency p50 ${ms(many.p50)}, p99 ${ms(many.p99)} (target < 100 ms), max ${ms(many.max)}`,
      `one at a time: p50 ${ms(one.p50)} per update through the webhook, against the core alone: median ${ms(core.medianMs)}, p95 ${ms(core.p95Ms)}`,
      `ratio webhook / core ${(one.p50 / core.medianMs).toFixed(2)}×; the core alone allows at most ${(1000 / core.medianMs).toFixed(0)} /thongke per second on one thread`,
      `the core without the stats cache: median ${ms(coreUncached.medianMs)}, p95 ${ms(coreUncached.p95Ms)}`,
      `load average during the run: ${load.join(" → ")}`,
    ]);
  } finally {
    await adapter.stop();
    await http.stop();
    await peer.close();
  }
}

function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}

function summarize(load: LoadResult, durationMs: number) {
  const at = (q: number) => load.latencies[Math.min(load.latencies.length - 1, Math.floor(q * load.latencies.length))] ?? NaN;
  return { rate: load.latencies.length / (durationMs / 1000), p50: at(0.5), p99: at(0.99), max: load.latencies.at(-1) ?? NaN };
}

/** Makes `count` people with a Telegram identity: the demo people first, then focal officers spread over the agencies. */
async function registerUsers(db: Db, count: number): Promise<void> {
  const agencies = await db.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const existing = await db.person.count();
  for (let i = existing; i < count; i++) {
    await db.person.create({ data: { name: `Cán bộ thử tải ${i}`, roles: { create: { role: "focal", agencyId: agencies[i % agencies.length]!.id } } } });
  }
  const people = await db.person.findMany({ orderBy: { id: "asc" }, take: count, select: { id: true } });
  await db.chatIdentity.createMany({
    data: people.map((p, i) => ({ personId: p.id, platform: "telegram", externalUserId: String(FIRST_USER_ID + i), chatId: String(FIRST_USER_ID + i) })),
  });
}

/** Starts test/fakes/telegram/webhook-load.ts in a child process. */
async function startPeer() {
  const script = fileURLToPath(new URL("../test/fakes/telegram/webhook-load.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async <T>() => {
    const line = await lines.next();
    if (line.done) throw new Error("the load generator ended early");
    return JSON.parse(line.value) as T;
  };
  const { apiRoot, token } = await next<{ apiRoot: string; token: string }>();
  return {
    apiRoot,
    token,
    async run(plan: LoadPlan): Promise<LoadResult> {
      child.stdin!.write(`${JSON.stringify(plan)}\n`);
      return next<LoadResult>();
    },
    async close() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin!.end();
      await exited;
    },
  };
}
