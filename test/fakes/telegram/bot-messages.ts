import type { RecordedCall } from "../telegram-bot-api.js";
import type { BotMessageRef } from "./user-updates.js";

/** An inline button as the user sees it, with the callback_data a press sends back. */
export interface InlineButton {
  label: string;
  data: string;
}

/** A message the bot sent (or an edit of one), read from the fake's accepted calls. */
export interface BotMessage {
  method: "sendMessage" | "editMessageText";
  chatId: number;
  messageId: number;
  /** The text as the user sees it (entities parsed). */
  text: string;
  buttons: InlineButton[];
  /** Position of the call in `fake.calls`. */
  index: number;
}

/** The messages the bot sent or edited in a chat, from `calls[from]` on. */
export function botMessages(calls: readonly RecordedCall[], chatId: number | string, from = 0): BotMessage[] {
  const out: BotMessage[] = [];
  for (let index = from; index < calls.length; index++) {
    const call = calls[index]!;
    if ((call.method !== "sendMessage" && call.method !== "editMessageText") || String(call.params.chat_id) !== String(chatId)) continue;
    const result = call.result as { message_id: number; text?: string };
    const markup = call.params.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
    out.push({
      method: call.method,
      chatId: Number(chatId),
      messageId: call.method === "sendMessage" ? result.message_id : Number(call.params.message_id),
      text: result.text ?? "",
      buttons: (markup?.inline_keyboard ?? []).flat().map((b) => ({ label: b.text, data: b.callback_data ?? "" })),
      index,
    });
  }
  return out;
}

/** A bot message as a reply or a button press refers to it. */
export function refOf(message: BotMessage, bot: { id: number; first_name: string; username: string }): BotMessageRef {
  const chat = message.chatId < 0 ? { id: message.chatId, type: "supergroup" as const, title: `Group ${message.chatId}` } : { id: message.chatId, type: "private" as const };
  return { message_id: message.messageId, chat, text: message.text, from: { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username } };
}
