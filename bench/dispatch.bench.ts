import pino from "pino";
import type { BenchDatabase } from "./databases.js";
import { report } from "./harness.js";
import { startFakeTelegram } from "../test/fakes/telegram-bot-api.js";
import { systemClock } from "../src/core/clock.js";
import { enqueueMessage } from "../src/outbox/enqueue.js";
import { TelegramSender } from "../src/adapters/telegram/telegram-sender.js";
import { createDispatcher } from "../src/outbox/dispatcher.js";

const MESSAGES = 600;
/** Telegram's overall ceiling, messages per second. */
const CEILING = 30;
/** 429s in the first seconds are "warm-up"; the target is none after it. */
const WARM_UP_MS = 2_000;

/**
 * The outbox against a fake Telegram Bot API that enforces Telegram's limits:
 * 600 messages to 600 chats, sent by one dispatcher over real HTTP, once with
 * a local round trip and once with 100 ms added to every answer (a far-away
 * Bot API). Reports throughput against the 30 msg/s ceiling (target ≥ 90 %),
 * 429s after warm-up (target 0) and duplicates or losses (target 0).
 */
export async function benchDispatch(target: BenchDatabase): Promise<void> {
  const lines: string[] = [];
  for (const latencyMs of [0, 100]) {
    await target.db.outboxMessage.deleteMany();
    lines.push(await measureOnce(target, latencyMs));
  }
  report(`outbox dispatch, ${MESSAGES} messages to ${MESSAGES} chats, fake Telegram enforcing its limits (${target.provider})`, lines);
}

async function measureOnce(target: BenchDatabase, latencyMs: number): Promise<string> {
  const fake = await startFakeTelegram();
  try {
    fake.setResponseDelay(latencyMs);
    const now = new Date();
    for (let i = 0; i < MESSAGES; i++) {
      fake.addChat(1_000_000 + i);
      await enqueueMessage(target.db, {
        dedupeKey: `bench:${i}`,
        platform: "telegram",
        chatId: String(1_000_000 + i),
        kind: "notice",
        message: { text: `Nhắc việc ${i}: báo cáo tiến độ trước 17:00` },
        notBefore: now,
        now,
      });
    }
    const dispatcher = createDispatcher({
      db: target.db,
      clock: systemClock,
      logger: pino({ level: "silent" }),
      senders: new Map([["telegram", new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot })]]),
      instanceId: "bench",
      maxAttempts: 8,
    });
    const started = Date.now();
    let result = await dispatcher.runOnce();
    // A 429 reschedules its row after retry_after: keep passing until every row is settled.
    while ((await target.db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) > 0) {
      await new Promise((r) => setTimeout(r, 100));
      const more = await dispatcher.runOnce();
      result = { sent: result.sent + more.sent, retried: result.retried + more.retried, dead: result.dead + more.dead, unreachable: result.unreachable + more.unreachable };
    }
    const seconds = (Date.now() - started) / 1000;
    // Between the first and the last accepted message, without start-up and the final bookkeeping.
    const accepted = fake.sentMessages().map((c) => c.at);
    const steady = (accepted.length - 1) / ((accepted.at(-1)! - accepted[0]!) / 1000);

    const texts = fake.sentMessages().map((c) => String(c.params.text));
    const distinct = new Set(texts).size;
    const throughput = MESSAGES / seconds;
    const limited = fake.refusals.filter((r) => r.errorCode === 429);
    const late429 = limited.filter((r) => r.at - started >= WARM_UP_MS).length;
    return [
      `+${latencyMs} ms per answer: ${seconds.toFixed(1)} s, ${throughput.toFixed(1)} msg/s = ${((throughput / CEILING) * 100).toFixed(1)} % of ${CEILING}/s (target ≥ 90 %); ` +
        `steady ${steady.toFixed(1)} msg/s`,
      `    429s: ${limited.length} in all, ${late429} after the first ${WARM_UP_MS / 1000} s (target 0); ` +
        `duplicates ${texts.length - distinct}, lost ${MESSAGES - distinct} (target 0); rows sent ${result.sent}, dead ${result.dead}`,
    ].join("\n");
  } finally {
    await fake.close();
  }
}
