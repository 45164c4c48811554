import type { Inbound, Outbound } from "../../core/conversation/types.js";

/**
 * Sends an event's replies its own way (Slack: a response_url, a thread).
 * `chatId` is the chat the runtime would send to, `key` names the replies in
 * the outbox should one of them have to wait there.
 */
export type DeliverRoute = (replies: Outbound[], chatId: string, key: string) => Promise<void>;

/** Called once the event is done, `failed` when it could not be handled (Telegram answers a button press). */
export type AfterHandled = (failed: boolean) => Promise<void>;

interface Ordered {
  /** Events with the same key are handled one at a time, in arrival order: a chat, or on Slack a user. */
  orderKey: string;
}

/** A text or a button press for the core. */
export interface InboundEvent extends Ordered {
  kind: "inbound";
  /**
   * The core's input. A function when reading it needs I/O that must wait for
   * the event's turn (the choices a typed number stands for, the user's DM);
   * null from it means there is nothing left to do.
   */
  inbound: Inbound | (() => Promise<Inbound | null>);
  /** Names the replies in the outbox. Default: the inbound's updateId, else its messageId. */
  replyKey?: string;
  /** Default: the replies go to the inbound's chat. */
  deliver?: DeliverRoute;
  afterHandled?: AfterHandled;
}

/** A photo, sticker, file… that the bot does not read: answered politely, once per update. */
export interface UnsupportedEvent extends Ordered {
  kind: "unsupported";
  chatId: string;
  userId: string;
  /** The platform's id of the update: the answer goes out once per id. */
  updateId: string;
  /** Locale key of the answer; the runtime renders it in the person's language. */
  sentence: string;
  deliver?: DeliverRoute;
}

/** The user blocked (true) or unblocked (false) the bot in their private chat. */
export interface MembershipEvent extends Ordered {
  kind: "membership";
  chatId: string;
  blocked: boolean;
}

/** Nothing to do (logged at debug level). */
export interface IgnoredEvent {
  kind: "ignored";
  reason: string;
  afterHandled?: AfterHandled;
}

/** What one platform update means, on every platform: each adapter's `toChatEvent` gives one. */
export type ChatEvent = InboundEvent | UnsupportedEvent | MembershipEvent | IgnoredEvent;
