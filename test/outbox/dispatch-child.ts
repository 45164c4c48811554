/**
 * A dispatcher process for the crash tests: the real composition (database,
 * TelegramSender over HTTP, dispatcher loop) in a child process that a test
 * can SIGKILL at a chosen point and start again. It logs JSON lines to stdout
 * synchronously, so a line printed before a kill is never lost.
 *
 * Environment: DATABASE_URL, TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN,
 * INSTANCE_ID, LEASE_MS, MAX_IN_FLIGHT, OVERALL_PER_SECOND (Telegram's overall
 * rate for this process). SIGTERM stops it gracefully.
 */
import pino from "pino";
import { parseDatabaseUrl } from "../../src/config.js";
import { createDb } from "../../src/db/connect.js";
import { systemClock } from "../../src/core/clock.js";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { DEFAULT_PACING } from "../../src/outbox/pacing.js";

const env = process.env;
const logger = pino({ level: "debug" }, pino.destination({ fd: 1, sync: true }));
const { db, close } = createDb(parseDatabaseUrl(env.DATABASE_URL));
const sender = new TelegramSender({ token: env.TELEGRAM_BOT_TOKEN!, apiRoot: env.TELEGRAM_API_ROOT! });
const dispatcher = createDispatcher({
  db,
  clock: systemClock,
  logger,
  senders: new Map([["telegram", sender]]),
  instanceId: env.INSTANCE_ID ?? `child-${process.pid}`,
  maxAttempts: 5,
  leaseMs: Number(env.LEASE_MS ?? 60_000),
  maxInFlight: Number(env.MAX_IN_FLIGHT ?? 8),
  idleMs: 100,
  pacing: env.OVERALL_PER_SECOND
    ? { ...DEFAULT_PACING, telegram: { ...DEFAULT_PACING.telegram, overall: { perSecond: Number(env.OVERALL_PER_SECOND), burst: 1 } } }
    : DEFAULT_PACING,
});

process.once("SIGTERM", () => {
  void dispatcher.stop().then(async () => {
    await close();
    logger.info("child: stopped");
    process.exit(0);
  });
});

await db.$queryRawUnsafe("SELECT 1");
dispatcher.start();
logger.info("child: started");
