import { randomUUID } from "node:crypto";
import type { Db } from "../../db/connect.js";
import type { Logger } from "../../logger.js";
import type { Clock } from "../../core/clock.js";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { Outbound } from "../../core/conversation/types.js";
import type { Language, Translator } from "../../i18n/translator.js";
import type { ChatSender } from "../../outbox/sender.js";
import type { ChatEvent, InboundEvent, MembershipEvent, UnsupportedEvent } from "./chat-event.js";
import { chatOfUser, languageOfUser, markChatReachable, markChatUnreachable } from "./chat-identity.js";
import { claimUpdate } from "./claim-update.js";
import { deliverReplies, type DeliverDeps } from "./deliver-replies.js";
import { createInOrder } from "./in-order.js";

export interface ChatRuntimeOptions {
  /** The platform-neutral conversation core. */
  core: Conversation;
  /** Sends the replies; its platform is the runtime's. */
  sender: ChatSender;
  db: Db;
  logger: Logger;
  clock: Clock;
  /** Renders the answers to unsupported messages. */
  translator: Translator;
  /** Language of people not registered. Default "vi". */
  defaultLanguage?: Language;
  /** A rate-limited reply waits this long at most before it goes to the outbox. Default 5 000 ms. */
  maxReplyWaitMs?: number;
  /** Called after a reply was put in the outbox (wake the dispatcher). */
  onQueued?: () => void;
}

export interface ChatRuntime {
  /**
   * Acts on one event, after the events queued before it under the same
   * `orderKey`. Rejects only when it could not be handled at all (the
   * database is down), so that the transport can have it delivered again;
   * a reply that could not be sent is not a failure (see deliverReply).
   */
  handle(event: ChatEvent): Promise<void>;
  /** Resolves when every event in hand has been handled. */
  idle(): Promise<void>;
  /** What reply delivery needs, for adapters that route some replies their own way (Slack). */
  readonly delivery: DeliverDeps;
  /** The language of the person behind a platform user, or the default language. */
  languageOf(userId: string): Promise<Language>;
  /** The chat a registered platform user is reached in, or undefined (Slack: their DM). */
  chatOf(userId: string): Promise<string | undefined>;
}

/**
 * The inbound path every chat platform shares. An adapter is its transport
 * (polling, webhook, Bolt's receiver), one `toChatEvent` reading a platform
 * update, and its ChatSender; the runtime does the rest, once: per-key
 * ordering, claims of updates the core does not see, answers to unsupported
 * messages in the person's language, blocked and unblocked chats, and reply
 * delivery with its fallback to the outbox (see deliverReplies).
 */
export function createChatRuntime(options: ChatRuntimeOptions): ChatRuntime {
  const { core, sender, db, logger, clock, translator } = options;
  const platform = sender.platform;
  const defaultLanguage = options.defaultLanguage ?? "vi";
  const delivery: DeliverDeps = { db, logger, sender, clock, maxWaitMs: options.maxReplyWaitMs, onQueued: options.onQueued };
  const order = createInOrder();
  const deliverTo = (replies: Outbound[], chatId: string, key: string) => deliverReplies(delivery, chatId, replies, key);
  const languageOf = (userId: string) => languageOfUser(db, platform, userId, defaultLanguage);

  async function handleInbound(event: InboundEvent): Promise<void> {
    let failed = true;
    try {
      const inbound = typeof event.inbound === "function" ? await event.inbound() : event.inbound;
      const replies = inbound === null ? [] : await core.handle(inbound);
      failed = false;
      if (inbound === null || replies.length === 0) return;
      const key = event.replyKey ?? inbound.updateId ?? inbound.messageId ?? randomUUID();
      await (event.deliver ?? deliverTo)(replies, inbound.chatId, key);
    } finally {
      await event.afterHandled?.(failed);
    }
  }

  async function answerUnsupported(event: UnsupportedEvent): Promise<void> {
    if (!(await claimUpdate(db, platform, event.updateId))) return;
    const text = translator.t(await languageOf(event.userId), event.sentence);
    await (event.deliver ?? deliverTo)([{ text }], event.chatId, event.updateId);
  }

  async function membership(event: MembershipEvent): Promise<void> {
    const { chatId, blocked } = event;
    if (blocked) await markChatUnreachable(db, platform, chatId, clock());
    else await markChatReachable(db, platform, chatId);
    logger.info({ platform, chatId, blocked }, blocked ? `${platform}: a user blocked the bot` : `${platform}: a user unblocked the bot`);
  }

  function handle(event: ChatEvent): Promise<void> {
    switch (event.kind) {
      case "inbound":
        return order.run(event.orderKey, () => handleInbound(event));
      case "unsupported":
        return order.run(event.orderKey, () => answerUnsupported(event));
      case "membership":
        return order.run(event.orderKey, () => membership(event));
      case "ignored":
        logger.debug({ platform, reason: event.reason }, `${platform}: update ignored`);
        return event.afterHandled?.(false) ?? Promise.resolve();
    }
  }

  return { handle, idle: () => order.idle(), delivery, languageOf, chatOf: (userId) => chatOfUser(db, platform, userId) };
}
