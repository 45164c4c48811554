import type { CallbackQuery, Message, Update } from "grammy/types";
import type { Inbound } from "../../core/conversation/types.js";
import { cleanDisplayName, cleanText } from "../../core/text/clean-text.js";

/** Who the bot is, from getMe: its numeric id and @username (without the @). */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Kinds of message the bot does not read, answered politely in private chats. */
export type UnsupportedKind = "photo" | "sticker" | "document" | "voice" | "other";

/** What one Telegram update means for the adapter. */
export type TelegramEvent =
  /** A text or a button press for the core. `callbackQueryId` must always be answered. */
  | { kind: "inbound"; inbound: Inbound; callbackQueryId?: string }
  /** A photo, sticker, file… in a private chat. */
  | { kind: "unsupported"; chatId: string; userId: string; updateId: string; what: UnsupportedKind }
  /** The user blocked (true) or unblocked (false) the bot in their private chat. */
  | { kind: "membership"; chatId: string; blocked: boolean }
  /** Nothing to do; a button press without a message still needs its answer. */
  | { kind: "ignored"; reason: string; callbackQueryId?: string };

/**
 * The key an update is remembered by (ProcessedUpdate.updateId). Update ids
 * are per bot, so the bot id is part of it: a new token never collides with
 * the updates of the old one.
 */
export function updateKey(me: BotIdentity, updateId: number): string {
  return `${me.id}:${updateId}`;
}

/**
 * Reads an update. Texts and button presses become the core's Inbound; in
 * groups only texts meant for this bot do (see `addressedText`). Edited
 * messages, channel posts and the other update kinds are ignored. `now` is
 * the time of a button press, which Telegram does not give. Texts, button
 * data and names are cleaned (src/core/text/clean-text.ts): a NUL or a lone
 * surrogate in an update never reaches the database.
 */
export function toEvent(update: Update, me: BotIdentity, now: Date): TelegramEvent {
  if (update.message) return fromMessage(update.message, updateKey(me, update.update_id), me);
  if (update.callback_query) return fromCallback(update.callback_query, updateKey(me, update.update_id), now);
  if (update.my_chat_member) {
    const { chat, new_chat_member } = update.my_chat_member;
    if (chat.type !== "private") return { kind: "ignored", reason: "group membership" };
    return { kind: "membership", chatId: String(chat.id), blocked: new_chat_member.status === "kicked" };
  }
  if (update.edited_message) return { kind: "ignored", reason: "edited message" };
  return { kind: "ignored", reason: "update kind not handled" };
}

function fromMessage(message: Message, updateId: string, me: BotIdentity): TelegramEvent {
  const { chat, from } = message;
  if (!from || from.is_bot) return { kind: "ignored", reason: "not from a person" };
  if (chat.type === "channel") return { kind: "ignored", reason: "channel" };
  const chatType = chat.type === "private" ? "private" : "group";
  if (message.text === undefined) {
    const what = unsupportedKind(message);
    if (chatType === "group" || what === null) return { kind: "ignored", reason: "not a text" };
    return { kind: "unsupported", chatId: String(chat.id), userId: String(from.id), updateId, what };
  }
  const replyTo = message.reply_to_message;
  const typed = cleanText(message.text);
  const text = chatType === "private" ? typed : addressedText(typed, me, replyTo?.from?.id === me.id);
  if (text === null) return { kind: "ignored", reason: "group text not for the bot" };
  const inbound: Inbound = {
    platform: "telegram",
    userId: String(from.id),
    chatId: String(chat.id),
    chatType,
    messageId: String(message.message_id),
    updateId,
    text,
    at: new Date(message.date * 1000),
    ...(replyTo ? { replyToMessageId: String(replyTo.message_id) } : {}),
    ...displayName(from),
  };
  return { kind: "inbound", inbound };
}

function fromCallback(query: CallbackQuery, updateId: string, now: Date): TelegramEvent {
  const message = query.message;
  if (!message || query.data === undefined) return { kind: "ignored", reason: "button without a message or data", callbackQueryId: query.id };
  const chatType = message.chat.type === "private" ? "private" : "group";
  const inbound: Inbound = {
    platform: "telegram",
    userId: String(query.from.id),
    chatId: String(message.chat.id),
    chatType,
    // The message that carries the button: the core edits it to show the new state.
    messageId: String(message.message_id),
    updateId,
    action: cleanText(query.data),
    at: now,
    ...displayName(query.from),
  };
  return { kind: "inbound", inbound, callbackQueryId: query.id };
}

/**
 * The part of a group text meant for this bot, or null:
 * - a command, unless it names another bot (`/thongke@other_bot`); the core
 *   strips `@this_bot` itself;
 * - a reply to one of the bot's messages;
 * - a text mentioning `@this_bot`, without the mention.
 * Everything else in a group is people talking to each other.
 */
export function addressedText(text: string, me: BotIdentity, repliesToBot: boolean): string | null {
  const command = /^\/[^\s@]+(?:@(\S+))?/.exec(text);
  if (command) return command[1] === undefined || sameName(command[1], me.username) ? text : null;
  if (repliesToBot) return text;
  const mention = new RegExp(`(^|\\s)@${escapeRegExp(me.username)}\\b`, "i");
  if (me.username !== "" && mention.test(text)) return text.replace(mention, "$1").replace(/\s+/g, " ").trim();
  return null;
}

function unsupportedKind(message: Message): UnsupportedKind | null {
  if (message.photo) return "photo";
  if (message.sticker) return "sticker";
  if (message.document || message.animation) return "document";
  if (message.voice || message.audio || message.video_note) return "voice";
  const other = message.video ?? message.location ?? message.contact ?? message.poll ?? message.dice ?? message.venue;
  // Service messages (pins, title changes…) are not the user talking to the bot.
  return other ? "other" : null;
}

function displayName(from: { first_name: string; last_name?: string }): { displayName?: string } {
  const name = cleanDisplayName([from.first_name, from.last_name].filter((part) => typeof part === "string" && part !== "").join(" "));
  return name ? { displayName: name } : {};
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
