/**
 * Shapes of the Zalo Bot Platform API (bot.zapps.me, bot-api.zaloplatforms.com).
 * Only the fields nhacviec reads are typed; everything from the wire is still
 * validated at runtime (see zalo-update.ts), because the platform documents
 * little and may add fields.
 */

/** The longest text sendMessage accepts, in characters. */
export const ZALO_MAX_TEXT = 2000;

/** Every answer of the API: `{ ok, result }` or `{ ok: false, error_code, description }`. */
export interface ZaloEnvelope<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
}

/** getMe. The documented field is `account_name`; older answers used `name`. */
export interface ZaloBotInfo {
  id: string;
  account_name?: string;
  name?: string;
  account_type?: string;
  can_join_groups?: boolean;
}

/** setWebhook, deleteWebhook and getWebhookInfo. An empty url means no webhook. */
export interface ZaloWebhookInfo {
  url: string;
  updated_at?: number;
}

/** sendMessage and sendPhoto. */
export interface ZaloSentMessage {
  message_id: string;
  date?: number;
}

/** The events the platform documents; others are ignored as future ones. */
export const ZALO_EVENTS = [
  "message.text.received",
  "message.image.received",
  "message.sticker.received",
  "message.voice.received",
  "message.unsupported.received",
] as const;
export type ZaloEventName = (typeof ZALO_EVENTS)[number];

/** The sender of a message. */
export interface ZaloUser {
  id: string;
  display_name?: string;
  name?: string;
  is_bot?: boolean;
}

/** The message inside an update; which content field is set depends on the event. */
export interface ZaloMessage {
  message_id: string;
  from: ZaloUser;
  chat: { id: string; chat_type?: "PRIVATE" | "GROUP" };
  /** Milliseconds since the epoch. */
  date?: number;
  text?: string;
  photo_url?: string;
  caption?: string;
  sticker?: string;
}

/** One update, as getUpdates returns it and as the webhook posts it (bare or inside `{ ok, result }`). */
export interface ZaloUpdate {
  event_name: string;
  message?: ZaloMessage;
}
