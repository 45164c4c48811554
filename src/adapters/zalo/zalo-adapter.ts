import { ZaloClient } from "./zalo-client.js";
import { startZaloPolling, type ZaloPolling } from "./zalo-polling.js";
import { createZaloSender, type ZaloSender } from "./zalo-sender.js";
import { parseUpdate, type BotIdentity, type ParsedUpdate } from "./zalo-update.js";
import { toChatEvent } from "./zalo-chat-event.js";
import { createZaloWebhookListener, ZALO_WEBHOOK_PATH } from "./zalo-webhook.js";
import type { ChatAdapterDeps } from "../adapter-deps.js";
import { createChatRuntime } from "../runtime/chat-runtime.js";
import { openWebhook } from "../open-webhook.js";
import type { FileLinkPublisher } from "../../http/file-links.js";

export interface ZaloAdapterOptions extends ChatAdapterDeps {
  /** ZALO_BOT_TOKEN. */
  token: string;
  /** ZALO_API_ROOT; default https://bot-api.zaloplatforms.com. */
  apiRoot?: string;
  /** PUBLIC_URL: when set, webhook mode at PUBLIC_URL + /webhooks/zalo; otherwise long polling. */
  publicUrl?: string;
  /** ZALO_WEBHOOK_SECRET (8-256 characters); default: a random 32-character secret made at start. */
  webhookSecret?: string;
  /** Long-poll length in seconds. Default 30. */
  pollTimeoutSeconds?: number;
  /** Polling backoff after failures. Default 1 s doubling up to 30 s. */
  backoff?: { initialMs: number; maxMs: number };
  /** Largest webhook body in bytes. Default 256 KiB. */
  maxBodyBytes?: number;
  /** The webhook answers 200 after handling, or after this many ms at most. Default 5 000. */
  ackWithinMs?: number;
  /**
   * Publishes report files as short-lived links (src/http/file-links.ts);
   * without it, replies with files get their `unavailable` sentence instead.
   */
  fileLinks?: FileLinkPublisher;
}

export interface ZaloAdapter {
  readonly mode: "polling" | "webhook";
  /** For the outbox dispatcher: sends to Zalo chats. */
  readonly sender: ZaloSender;
  readonly client: ZaloClient;
  /** Checks the token (getMe), then sets the webhook or deletes it and starts polling. */
  start(): Promise<void>;
  /** Ends polling promptly (or closes the webhook with 503s) and waits for updates in hand. */
  stop(): Promise<void>;
  /** Handles one update payload, wrapped or bare, as the webhook and the poller do. Never throws. */
  handleUpdate(payload: unknown): Promise<void>;
}

/**
 * The Zalo Bot adapter: its transport (long polling by default, or a webhook
 * when a public URL is configured; Zalo refuses getUpdates while a webhook is
 * set), toChatEvent, and its sender; the chat runtime handles the events and
 * delivers the replies.
 */
export function createZaloAdapter(options: ZaloAdapterOptions): ZaloAdapter {
  const { db, logger, bot, clock, translator } = options;
  const defaultLanguage = options.defaultLanguage ?? "vi";
  const client = new ZaloClient({ token: options.token, apiRoot: options.apiRoot });
  const sender = createZaloSender({ client, db, clock, translator, defaultLanguage, fileLinks: options.fileLinks });
  const runtime = createChatRuntime({ core: bot, sender, db, logger, clock, translator, defaultLanguage });
  const mode = options.publicUrl ? "webhook" : "polling";
  let me: BotIdentity = { id: "", name: "" };
  let polling: ZaloPolling | undefined;
  let state: "new" | "running" | "stopped" = "new";

  async function handleParsed(update: ParsedUpdate): Promise<void> {
    if (update.kind === "invalid") return void logger.warn({ platform: "zalo", reason: update.reason }, "zalo: dropped a malformed update");
    await runtime.handle(toChatEvent(update, { me, db, clock })).catch((err: unknown) => {
      const m = update.kind === "message" ? update.message : undefined;
      // Logged without the text: messages are the users' words.
      logger.error({ err, platform: "zalo", event: m?.event, messageId: m?.messageId, chatType: m?.chatType }, "zalo: could not handle an update");
    });
  }

  /** Never throws: parseUpdate reads any payload, and handleParsed logs what failed. */
  const handleUpdate = (payload: unknown): Promise<void> => handleParsed(parseUpdate(payload));

  async function start(): Promise<void> {
    if (state !== "new") throw new Error("the Zalo adapter starts once");
    state = "running";
    const info = await client.getMe();
    me = { id: String(info.id ?? ""), name: info.account_name ?? info.name ?? "" };
    if (mode === "webhook") {
      const url = await openWebhook({
        http: options.http, publicUrl: options.publicUrl!, path: ZALO_WEBHOOK_PATH, secret: options.webhookSecret, randomSecretBytes: 24,
        listener: (secret) =>
          createZaloWebhookListener({
            secret,
            logger,
            maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
            ackWithinMs: options.ackWithinMs ?? 5000,
            isOpen: () => state === "running",
            onUpdate: handleParsed,
          }),
        register: (url, secretToken) => client.setWebhook({ url, secretToken }).then(() => undefined),
      });
      logger.info({ platform: "zalo", mode, url, bot: me.name }, "zalo adapter started");
      return;
    }
    await client.deleteWebhook();
    polling = startZaloPolling({
      client,
      logger,
      timeoutSeconds: options.pollTimeoutSeconds ?? 30,
      backoff: options.backoff ?? { initialMs: 1000, maxMs: 30_000 },
      onUpdate: handleUpdate,
    });
    logger.info({ platform: "zalo", mode, bot: me.name }, "zalo adapter started");
  }

  async function stop(): Promise<void> {
    if (state === "stopped") return;
    state = "stopped";
    await polling?.stop();
    await runtime.idle();
  }

  return { mode, sender, client, start, stop, handleUpdate };
}
