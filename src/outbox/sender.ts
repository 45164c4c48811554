import type { Outbound, OutboundFiles, Platform } from "../core/conversation/types.js";

/** What the platform gave back for a sent message. */
export interface SentMessage {
  /** The platform's id of the (first) message, for replies and edits. */
  messageId: string;
}

/**
 * The port every chat adapter implements for outgoing messages. The outbox
 * dispatcher and the interactive reply path both send through it.
 */
export interface ChatSender {
  readonly platform: Platform;
  /** Sends a message to a chat, splitting it under the platform's length limit. */
  send(chatId: string, message: Outbound): Promise<SentMessage>;
  /** Replaces the text (and buttons) of a message the bot sent. */
  edit?(chatId: string, messageId: string, message: Outbound): Promise<void>;
  /**
   * Posts files to a chat (attached, or as download links where the platform
   * cannot attach). Absent when this chat can receive neither.
   */
  sendFiles?(chatId: string, files: OutboundFiles): Promise<void>;
}

/**
 * Why a delivery failed, as the dispatcher needs to know it:
 * - `rate_limited`: try again after `retryAfterMs` (Telegram 429 retry_after, Slack Retry-After);
 * - `unreachable`: the user blocked the bot or the chat is gone (403); do not retry this channel;
 * - `rejected`: the platform refused this message (400); retrying will not help;
 * - `network`: no answer or a 5xx; retry with backoff.
 */
export type DeliveryErrorKind = "rate_limited" | "unreachable" | "rejected" | "network";

export class DeliveryError extends Error {
  constructor(
    readonly kind: DeliveryErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DeliveryError";
  }
}
