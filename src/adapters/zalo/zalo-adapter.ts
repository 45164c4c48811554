import { randomBytes } from "node:crypto";
import { Prisma } from "../../db/connect.js";
import type { Inbound } from "../../core/conversation/types.js";
import { findActor } from "../../core/conversation/actor.js";
import type { Language, Translator } from "../../i18n/translator.js";
import { deliverReplies } from "../deliver-replies.js";
import { findChoice } from "./zalo-choices.js";
import { ZaloClient } from "./zalo-client.js";
import { startZaloPolling, type ZaloPolling } from "./zalo-polling.js";
import { createZaloSender, type ZaloSender } from "./zalo-sender.js";
import { addressedText, parseUpdate, type BotIdentity, type ParsedUpdate, type ZaloIncoming } from "./zalo-update.js";
import { createZaloWebhookListener, ZALO_WEBHOOK_PATH } from "./zalo-webhook.js";
import type { ChatAdapterDeps } from "../adapter-deps.js";
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
 * The Zalo Bot adapter: turns Zalo updates into the core's Inbound and sends
 * the replies back through deliverReplies. Exactly one way in: long polling
 * by default, or a webhook when a public URL is configured (Zalo refuses
 * getUpdates while a webhook is set).
 */
export function createZaloAdapter(options: ZaloAdapterOptions): ZaloAdapter {
  const { db, logger, bot, clock, translator } = options;
  const defaultLanguage = options.defaultLanguage ?? "vi";
  const client = new ZaloClient({ token: options.token, apiRoot: options.apiRoot });
  const sender = createZaloSender({ client, db, clock, translator, defaultLanguage, fileLinks: options.fileLinks });
  const mode = options.publicUrl ? "webhook" : "polling";
  const queues = new Map<string, Promise<void>>();
  let me: BotIdentity = { id: "", name: "" };
  let polling: ZaloPolling | undefined;
  let state: "new" | "running" | "stopped" = "new";

  /** Per chat, one update at a time and in order: a typed "1" must see the choices of the prompt before it. */
  function inChatOrder(chatId: string, task: () => Promise<void>): Promise<void> {
    const run = (queues.get(chatId) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    queues.set(chatId, tail);
    void tail.then(() => queues.get(chatId) === tail && queues.delete(chatId));
    return run;
  }

  async function handleParsed(update: ParsedUpdate): Promise<void> {
    if (update.kind === "ignored") return void logger.debug({ platform: "zalo", event: update.event }, "zalo: event not handled");
    if (update.kind === "invalid") return void logger.warn({ platform: "zalo", reason: update.reason }, "zalo: dropped a malformed update");
    const m = update.message;
    await inChatOrder(m.chatId, async () => {
      try {
        if (m.event === "message.text.received") await handleText(m);
        else await answerUnsupported(m);
      } catch (err) {
        // Logged without the text: messages are the users' words.
        logger.error({ err, platform: "zalo", event: m.event, messageId: m.messageId, chatType: m.chatType }, "zalo: could not handle an update");
      }
    });
  }

  async function handleText(m: ZaloIncoming): Promise<void> {
    let text = m.text ?? "";
    if (m.chatType === "group") {
      const addressed = addressedText(text, me, m.replyTo?.fromId !== undefined && m.replyTo.fromId === me.id);
      if (addressed === null) return;
      text = addressed;
    }
    const choice = await findChoice(db, m.chatId, text, clock());
    const inbound: Inbound = {
      platform: "zalo",
      userId: m.userId,
      chatId: m.chatId,
      chatType: m.chatType,
      messageId: m.messageId,
      // Zalo has no update id; a redelivered event repeats its message_id, which the core drops.
      updateId: m.messageId,
      at: m.at ?? clock(),
      ...(m.displayName ? { displayName: m.displayName } : {}),
      ...(m.replyTo?.messageId ? { replyToMessageId: m.replyTo.messageId } : {}),
      ...(choice ? { action: choice.action } : { text }),
    };
    const replies = await bot.handle(inbound);
    await deliverReplies({ db, logger, sender }, m.chatId, replies);
  }

  /** Images, stickers, voice and hidden content: a polite answer in private chats, silence in groups. */
  async function answerUnsupported(m: ZaloIncoming): Promise<void> {
    if (m.chatType === "group") return;
    if (!(await claim(m.messageId))) return;
    const language = (await findActor(db, "zalo", m.userId))?.language ?? defaultLanguage;
    await deliverReplies({ db, logger, sender }, m.chatId, [{ text: unsupportedText(translator, language, m.event) }]);
  }

  /** Records the event as handled, like the core does for texts; false when it already was. */
  async function claim(messageId: string): Promise<boolean> {
    try {
      await db.processedUpdate.create({ data: { platform: "zalo", updateId: messageId } });
      return true;
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
      throw err;
    }
  }

  async function handleUpdate(payload: unknown): Promise<void> {
    try {
      await handleParsed(parseUpdate(payload));
    } catch (err) {
      logger.error({ err, platform: "zalo" }, "zalo: update handling failed");
    }
  }

  async function start(): Promise<void> {
    if (state !== "new") throw new Error("the Zalo adapter starts once");
    state = "running";
    const info = await client.getMe();
    me = { id: String(info.id ?? ""), name: info.account_name ?? info.name ?? "" };
    if (mode === "webhook") {
      const url = `${options.publicUrl!.replace(/\/+$/, "")}${ZALO_WEBHOOK_PATH}`;
      const secret = options.webhookSecret ?? randomBytes(24).toString("base64url");
      // Mounted before setWebhook, so the first delivery finds the route.
      options.http.mount(
        ZALO_WEBHOOK_PATH,
        createZaloWebhookListener({
          secret,
          logger,
          maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
          ackWithinMs: options.ackWithinMs ?? 5000,
          isOpen: () => state === "running",
          onUpdate: handleParsed,
        }),
      );
      await client.setWebhook({ url, secretToken: secret });
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
    await Promise.all([...queues.values()]);
  }

  return { mode, sender, client, start, stop, handleUpdate };
}

function unsupportedText(translator: Translator, language: Language, event: ZaloIncoming["event"]): string {
  if (event === "message.image.received") return translator.t(language, "zalo-unsupported-image");
  if (event === "message.sticker.received") return translator.t(language, "zalo-unsupported-sticker");
  return translator.t(language, "zalo-unsupported");
}
