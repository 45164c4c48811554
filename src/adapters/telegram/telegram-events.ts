import type { Api } from "grammy";
import { Prisma, type Db } from "../../db/connect.js";
import type { Logger } from "../../logger.js";
import type { Clock } from "../../core/clock.js";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { Inbound } from "../../core/conversation/types.js";
import { findActor } from "../../core/conversation/actor.js";
import type { Language, Translator } from "../../i18n/translator.js";
import type { ChatSender } from "../../outbox/sender.js";
import { markIdentityUnreachable } from "../../outbox/settle.js";
import { deliverReplies } from "../deliver-replies.js";
import type { TelegramEvent, UnsupportedKind } from "./to-inbound.js";

export interface TelegramEventsDeps {
  db: Db;
  logger: Logger;
  /** Makes an error safe to log (no token). */
  safe(err: unknown): unknown;
  core: Conversation;
  /** The bot's client, for answerCallbackQuery. */
  api: Api;
  /** Sends direct replies (bounded 429 retries, 403 marks the identity). */
  replies: ChatSender;
  translator: Translator;
  defaultLanguage: Language;
  clock: Clock;
}

export interface TelegramEvents {
  /** Acts on one event. Throws only when it could not be handled at all (the database is down): the update is then delivered again. */
  handle(event: TelegramEvent): Promise<void>;
  /** Resolves when every event in hand has been handled. */
  idle(): Promise<void>;
}

/**
 * What the adapter does with each kind of update. A chat's updates are
 * handled one at a time and in order (webhook deliveries can overlap): a
 * button press must see the state its message was sent in.
 */
export function createTelegramEvents(deps: TelegramEventsDeps): TelegramEvents {
  const { db, logger } = deps;
  const queues = new Map<string, Promise<void>>();

  function inChatOrder(chatId: string, task: () => Promise<void>): Promise<void> {
    const run = (queues.get(chatId) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    queues.set(chatId, tail);
    void tail.then(() => queues.get(chatId) === tail && queues.delete(chatId));
    return run;
  }

  async function handleInbound(inbound: Inbound, callbackQueryId: string | undefined): Promise<void> {
    let failed = true;
    try {
      const replies = await deps.core.handle(inbound);
      failed = false;
      await deliverReplies({ db, logger, sender: deps.replies }, inbound.chatId, replies);
    } finally {
      if (callbackQueryId !== undefined) await answer(callbackQueryId, failed);
    }
  }

  /** Every button press is answered, or the user's client shows a spinner until it times out. */
  async function answer(callbackQueryId: string, failed: boolean): Promise<void> {
    const text = failed ? { text: deps.translator.t(deps.defaultLanguage, "telegram-button-failed") } : {};
    await deps.api.answerCallbackQuery(callbackQueryId, text).catch((err: unknown) => {
      // A press repeated after a restart is too old to answer: nothing is lost.
      logger.debug({ err: deps.safe(err), platform: "telegram" }, "telegram: could not answer a button press");
    });
  }

  /** Photos, stickers, files…: a polite answer, once per update. */
  async function answerUnsupported(event: Extract<TelegramEvent, { kind: "unsupported" }>): Promise<void> {
    if (!(await claim(event.updateId))) return;
    const language = (await findActor(db, "telegram", event.userId))?.language ?? deps.defaultLanguage;
    const key = UNSUPPORTED_KEYS[event.what];
    await deliverReplies({ db, logger, sender: deps.replies }, event.chatId, [{ text: deps.translator.t(language, key) }]);
  }

  /** Records the update as handled, as the core does for texts; false when it already was. */
  async function claim(updateId: string): Promise<boolean> {
    try {
      await db.processedUpdate.create({ data: { platform: "telegram", updateId } });
      return true;
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
      throw err;
    }
  }

  /** Telegram says when a user blocks or unblocks the bot: reminders stop or resume going there. */
  async function membership(chatId: string, blocked: boolean): Promise<void> {
    if (blocked) {
      await markIdentityUnreachable(db, { platform: "telegram", chatId }, deps.clock());
    } else {
      await db.chatIdentity.updateMany({ where: { platform: "telegram", chatId, unreachableAt: { not: null } }, data: { unreachableAt: null } });
    }
    logger.info({ platform: "telegram", chatId, blocked }, blocked ? "telegram: a user blocked the bot" : "telegram: a user unblocked the bot");
  }

  async function handle(event: TelegramEvent): Promise<void> {
    switch (event.kind) {
      case "inbound":
        return inChatOrder(event.inbound.chatId, () => handleInbound(event.inbound, event.callbackQueryId));
      case "unsupported":
        return inChatOrder(event.chatId, () => answerUnsupported(event));
      case "membership":
        return inChatOrder(event.chatId, () => membership(event.chatId, event.blocked));
      case "ignored":
        logger.debug({ platform: "telegram", reason: event.reason }, "telegram: update ignored");
        if (event.callbackQueryId !== undefined) await answer(event.callbackQueryId, false);
        return;
    }
  }

  return {
    handle,
    async idle() {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
  };
}

const UNSUPPORTED_KEYS: Record<UnsupportedKind, string> = {
  photo: "telegram-unsupported-photo",
  sticker: "telegram-unsupported-sticker",
  document: "telegram-unsupported-document",
  voice: "telegram-unsupported-voice",
  other: "telegram-unsupported",
};
