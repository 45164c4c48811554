import { Writable } from "node:stream";
import type { Db } from "../../../src/db/connect.js";
import type { Clock } from "../../../src/core/clock.js";
import { createBot } from "../../../src/core/conversation/create-bot.js";
import { createTranslator, type Translator } from "../../../src/i18n/translator.js";
import { createHttpServer, type HttpServer } from "../../../src/http/server.js";
import { createLogger, type Logger } from "../../../src/logger.js";
import { testDeps } from "../../helpers/test-deps.js";
import { createTelegramAdapter, type TelegramAdapter, type TelegramAdapterOptions } from "../../../src/adapters/telegram/telegram-adapter.js";
import type { ObservedFakeTelegram } from "./observed-fake.js";
import { telegramUser, type TelegramUser } from "./user-updates.js";

export const translator: Translator = createTranslator();

/** A logger whose JSON lines are kept, to check what reaches the logs. */
export function keptLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  return { logger: createLogger({ logLevel: "debug", logFormat: "json" }, stream), lines };
}

export interface AdapterUnderTest {
  adapter: TelegramAdapter;
  http: HttpServer;
  logs: string[];
  clock: Clock;
  /** Stops the adapter and the HTTP server. */
  stop(): Promise<void>;
}

/**
 * The real adapter over the real core and database, talking to `fake` over
 * HTTP. With `webhook`, the shared HTTP server is started on a free loopback
 * port and used as PUBLIC_URL.
 */
export async function startAdapter(
  db: Db,
  fake: ObservedFakeTelegram,
  options: { webhook?: boolean; clock?: Clock } & Partial<TelegramAdapterOptions> = {},
): Promise<AdapterUnderTest> {
  const { webhook, clock, ...overrides } = options;
  const { logger, lines } = keptLogger();
  const deps = testDeps(db, clock);
  const http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
  const publicUrl = webhook ? (await http.start()).url : undefined;
  const adapter = createTelegramAdapter({
    db, logger, http, token: fake.token, apiRoot: fake.apiRoot, clock: deps.clock, translator, publicUrl,
    bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    backoff: { initialMs: 20, maxMs: 200 },
    ...overrides,
  });
  await adapter.start();
  return {
    adapter, http, logs: lines, clock: deps.clock,
    async stop() {
      await adapter.stop();
      if (webhook) await http.stop();
    },
  };
}

/** Gives a demo person (by handle) a Telegram account in a private chat with the bot. */
export async function linkTelegram(db: Db, fake: ObservedFakeTelegram, handle: string, userId: number): Promise<{ user: TelegramUser; personId: number }> {
  const person = await db.person.findUniqueOrThrow({ where: { handle } });
  const id = String(userId);
  await db.chatIdentity.upsert({
    where: { platform_externalUserId: { platform: "telegram", externalUserId: id } },
    create: { personId: person.id, platform: "telegram", externalUserId: id, chatId: id, displayName: person.name },
    update: { unreachableAt: null },
  });
  fake.addChat(userId);
  return { user: telegramUser(userId, person.name), personId: person.id };
}
