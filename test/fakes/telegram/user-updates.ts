import { randomBytes } from "node:crypto";

/** A Telegram user as updates carry them. */
export interface TelegramUser {
  id: number;
  is_bot: false;
  first_name: string;
  last_name?: string;
  language_code?: string;
}

/** A chat as updates carry them. */
export interface TelegramChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
}

/** A message the bot sent, as a button press or a reply refers to it. */
export interface BotMessageRef {
  message_id: number;
  chat: TelegramChat;
  text?: string;
  from?: { id: number; is_bot: true; first_name: string; username?: string };
}

// People's message ids, far above the fake's own (which number the bot's messages from 1).
let nextMessageId = 5_000_000;
const now = () => Math.floor(Date.now() / 1000);

export function telegramUser(id: number, firstName = `Người dùng ${id}`, lastName?: string): TelegramUser {
  return { id, is_bot: false, first_name: firstName, ...(lastName ? { last_name: lastName } : {}), language_code: "vi" };
}

export function privateChat(user: TelegramUser): TelegramChat {
  return { id: user.id, type: "private", first_name: user.first_name };
}

/** A message from `from`, in their private chat unless `chat` is given; `content` is `{ text }`, `{ photo }`… */
export function messageUpdate(from: TelegramUser, content: Record<string, unknown>, options: { chat?: TelegramChat; replyTo?: BotMessageRef } = {}) {
  const message = {
    message_id: nextMessageId++,
    date: now(),
    chat: options.chat ?? privateChat(from),
    from,
    ...content,
    ...(options.replyTo ? { reply_to_message: { date: now(), ...options.replyTo } } : {}),
  };
  return { message };
}

export function textUpdate(from: TelegramUser, text: string, options: { chat?: TelegramChat; replyTo?: BotMessageRef } = {}) {
  return messageUpdate(from, { text }, options);
}

/** A press on a button (its callback_data) of a message the bot sent. */
export function callbackUpdate(from: TelegramUser, message: BotMessageRef, data: string) {
  return {
    callback_query: {
      id: randomBytes(8).toString("hex"),
      from,
      message: { date: now(), text: "", ...message },
      chat_instance: String(message.chat.id),
      data,
    },
  };
}

export const photoContent = () => ({
  photo: [{ file_id: "AgAD-small", file_unique_id: "s1", width: 90, height: 60 }, { file_id: "AgAD-large", file_unique_id: "l1", width: 1280, height: 853 }],
});
export const stickerContent = () => ({
  sticker: { file_id: "CAAD-sticker", file_unique_id: "st1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" },
});
