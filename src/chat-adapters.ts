import type { App } from "./app.js";
import type { Platform } from "./core/conversation/types.js";
import type { ChatSender } from "./outbox/sender.js";
import type { HttpServer } from "./http/server.js";
import type { FileLinks } from "./http/file-links.js";
import { createZaloAdapter } from "./adapters/zalo/zalo-adapter.js";
import { createTelegramAdapter } from "./adapters/telegram/telegram-adapter.js";
import { createSlackAdapter } from "./adapters/slack/slack-adapter.js";

/** A chat adapter as the bot process drives it. */
export interface StartableAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds every chat platform that has a token and registers its sender for
 * the outbox; the caller starts them once the HTTP server listens.
 */
export function createChatAdapters(
  app: App,
  http: HttpServer,
  senders: Map<Platform, ChatSender>,
  fileLinks: FileLinks | undefined,
): StartableAdapter[] {
  const { config, logger } = app;
  const env = config.env;
  const common = { db: app.deps.db, logger, bot: app.bot, http, clock: app.deps.clock, translator: app.translator, defaultLanguage: config.defaultLanguage };
  const adapters = [];
  if (env.TELEGRAM_BOT_TOKEN) {
    const telegram = createTelegramAdapter({ ...common, token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, publicUrl: env.PUBLIC_URL, webhookSecret: env.TELEGRAM_WEBHOOK_SECRET });
    senders.set("telegram", telegram.sender);
    adapters.push(telegram);
  }
  if (env.SLACK_BOT_TOKEN) {
    const slack = createSlackAdapter({ ...common, botToken: env.SLACK_BOT_TOKEN, signingSecret: env.SLACK_SIGNING_SECRET, appToken: env.SLACK_APP_TOKEN, apiUrl: env.SLACK_API_URL });
    senders.set("slack", slack.sender);
    adapters.push(slack);
  }
  if (env.ZALO_BOT_TOKEN) {
    const zalo = createZaloAdapter({ ...common, token: env.ZALO_BOT_TOKEN, apiRoot: env.ZALO_API_ROOT, publicUrl: env.PUBLIC_URL, webhookSecret: env.ZALO_WEBHOOK_SECRET, fileLinks });
    senders.set("zalo", zalo.sender);
    adapters.push(zalo);
  }
  return adapters;
}
