import { BotError, Bot, GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { menuCommands } from "./commands-menu.js";
import { createOffsetStore } from "./offset-store.js";
import { ALLOWED_UPDATES, startTelegramPolling, type TelegramPolling } from "./telegram-polling.js";
import { TelegramSender } from "./telegram-sender.js";
import { toDeliveryError } from "./telegram-errors.js";
import { DeliveryError } from "../../outbox/sender.js";
import type { BotIdentity } from "./to-inbound.js";
import { toChatEvent } from "./telegram-chat-event.js";
import { createTelegramWebhookListener, TELEGRAM_WEBHOOK_PATH } from "./telegram-webhook.js";
import type { ChatAdapterDeps } from "../adapter-deps.js";
import { createChatRuntime } from "../runtime/chat-runtime.js";
import { openWebhook } from "../open-webhook.js";

export interface TelegramAdapterOptions extends ChatAdapterDeps {
  /** TELEGRAM_BOT_TOKEN. Never logged. */
  token: string;
  /** TELEGRAM_API_ROOT, e.g. a local telegram-bot-api server; no trailing slash. Default https://api.telegram.org. */
  apiRoot?: string;
  /** PUBLIC_URL: when set, webhook mode at PUBLIC_URL + /webhooks/telegram; otherwise long polling. */
  publicUrl?: string;
  /** TELEGRAM_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -); default: a random secret made at start. */
  webhookSecret?: string;
  /** Long-poll length in seconds. Default 30. */
  pollTimeoutSeconds?: number;
  /** Backoff after polling or handling failures. Default 1 s doubling up to 30 s. */
  backoff?: { initialMs: number; maxMs: number };
  /** Tries per update in polling mode before it is given up. Default 5. */
  maxHandleAttempts?: number;
  /** Largest webhook body in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** 429 handling of direct replies (the outbox paces its own sends). Default 3 retries, waits of at most 10 s. */
  replyRetry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

export interface TelegramAdapter {
  readonly mode: "polling" | "webhook";
  /** For the outbox dispatcher: sends, edits and files, without retries of its own (the dispatcher paces and retries). */
  readonly sender: TelegramSender;
  /**
   * Calls getMe once (a wrong token fails here), publishes the command menu,
   * then sets the webhook, or deletes it and starts long polling.
   */
  start(): Promise<void>;
  /** Stops taking updates (polling ends, the webhook answers 503) and waits for those in hand. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The Telegram adapter, on grammY: its transport (long polling by default,
 * or a webhook when a public URL is configured), toChatEvent, and its
 * senders; the chat runtime handles the events and delivers the replies.
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { db, logger, token } = options;
  const mode = options.publicUrl ? "webhook" : "polling";
  const pollTimeoutSeconds = options.pollTimeoutSeconds ?? 30;
  const backoff = options.backoff ?? { initialMs: 1000, maxMs: 30_000 };
  const grammy = new Bot(token, { client: { apiRoot: options.apiRoot, timeoutSeconds: pollTimeoutSeconds + 30 } });
  grammy.api.config.use(autoRetry({ ...(options.replyRetry ?? { maxRetryAttempts: 3, maxDelaySeconds: 10 }), rethrowHttpErrors: true, rethrowInternalServerErrors: true }));
  const sender = new TelegramSender({ token, apiRoot: options.apiRoot });
  /** grammY's and the HTTP client's errors can quote the request URL, and so the token. */
  const safe = (err: unknown): unknown => {
    const inner = err instanceof BotError ? err.error : err;
    return inner instanceof GrammyError || inner instanceof HttpError ? toDeliveryError(inner, token) : inner;
  };
  // Direct replies go through the bot's client, whose auto-retry already waits out short 429s
  // (replyRetry): the runtime then waits no more, and a longer limit sends the reply to the outbox.
  const runtime = createChatRuntime({
    core: options.bot, sender: new TelegramSender({ api: grammy.api }), db, logger, clock: options.clock, translator: options.translator, defaultLanguage: options.defaultLanguage,
    maxReplyWaitMs: 0,
  });
  let me: BotIdentity = { id: 0, username: "" };
  let polling: TelegramPolling | undefined;
  let state: "new" | "running" | "stopped" = "new";

  grammy.use((ctx) => runtime.handle(toChatEvent(ctx.update, { me, now: options.clock(), answer })));

  /** Every button press is answered, or the user's client shows a spinner until it times out. */
  async function answer(callbackQueryId: string, failed: boolean): Promise<void> {
    const text = failed ? { text: options.translator.t(options.defaultLanguage ?? "vi", "telegram-button-failed") } : {};
    await grammy.api.answerCallbackQuery(callbackQueryId, text).catch((err: unknown) => {
      // A press repeated after a restart is too old to answer: nothing is lost.
      logger.debug({ err: safe(err), platform: "telegram" }, "telegram: could not answer a button press");
    });
  }

  async function handleUpdate(update: Update): Promise<void> {
    try {
      await grammy.handleUpdate(update);
    } catch (err) {
      logger.error({ err: safe(err), platform: "telegram", updateId: update.update_id }, "telegram: could not handle an update");
      throw err;
    }
  }

  async function publishMenu(): Promise<void> {
    try {
      await grammy.api.setMyCommands(menuCommands(options.bot.commands, options.translator, "vi"));
      await grammy.api.setMyCommands(menuCommands(options.bot.commands, options.translator, "en"), { language_code: "en" });
    } catch (err) {
      logger.warn({ err: safe(err), platform: "telegram" }, "telegram: could not publish the command menu");
    }
  }

  async function start(): Promise<void> {
    if (state !== "new") throw new Error("the Telegram adapter starts once");
    state = "running";
    try {
      // One getMe, failing fast: bot.init() would retry a network error forever, hiding a wrong API root.
      grammy.botInfo = await grammy.api.getMe();
      me = { id: grammy.botInfo.id, username: grammy.botInfo.username };
      await publishMenu();
      await (mode === "webhook" ? startWebhook() : startPolling());
    } catch (err) {
      state = "stopped";
      // Thrown to the composition root, which logs it: without the token that the HTTP error's URL holds.
      const failure = safe(err);
      throw failure instanceof DeliveryError ? new Error(`Telegram adapter could not start: ${failure.message}`) : err;
    }
    logger.info({ platform: "telegram", mode, bot: me.username }, "telegram adapter started");
  }

  async function startWebhook(): Promise<void> {
    const url = await openWebhook({
      http: options.http, publicUrl: options.publicUrl!, path: TELEGRAM_WEBHOOK_PATH, secret: options.webhookSecret, randomSecretBytes: 32,
      listener: (secret) => createTelegramWebhookListener({ secret, logger, maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024, isOpen: () => state === "running", onUpdate: handleUpdate }),
      register: (url, secret) => grammy.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false }).then(() => undefined),
    });
    logger.info({ platform: "telegram", url }, "telegram webhook set");
  }

  async function startPolling(): Promise<void> {
    await grammy.api.deleteWebhook({ drop_pending_updates: false });
    const offsets = createOffsetStore(db, me.id);
    polling = startTelegramPolling({
      api: grammy.api, offsets, offset: await offsets.load(), logger, safe, timeoutSeconds: pollTimeoutSeconds, backoff,
      maxAttempts: options.maxHandleAttempts ?? 5, handle: handleUpdate,
    });
  }

  async function stop(): Promise<void> {
    if (state === "stopped") return;
    state = "stopped";
    await polling?.stop();
    await runtime.idle();
  }

  return { mode, sender, start, stop };
}
